// SPDX-License-Identifier: MIT
#include <fmt/format.h>
#include <map>

#include <memory>

#include "cli/commands.hpp"
#include "core/kb/check.hpp"
#include "core/kb/health.hpp"

namespace sputnik::cli {
namespace {

struct ValidateArgs {
  bool strict = false;
};

std::string counts_line(const model::Corpus& corpus) {
  std::map<model::EntryType, std::size_t> by_type;
  for (const auto& e : corpus.entries) ++by_type[e.type];
  return fmt::format("{} moments, {} responses, {} spillovers, {} AI-race events, {} analogies, {} sources",
                     by_type[model::EntryType::moment], by_type[model::EntryType::response],
                     by_type[model::EntryType::spillover], by_type[model::EntryType::ai_event], corpus.analogies.size(),
                     corpus.sources.size());
}

int run_validate(const GlobalOptions& global, const ValidateArgs& args) {
  const auto dirs = kb_dirs(global);
  auto loaded = kb::check(dirs, {.strict = args.strict, .fingerprint_seed = {}});
  const auto& problems = loaded.problems;
  print_problems(problems);
  // The health summary comes with the verdict either way: a failing kb still shows its shape.
  const std::string health =
      args.strict ? kb::format_health(kb::health(loaded.corpus), make_style(global, model::Lang::en).width) : "";
  if (!problems.empty()) {
    write_stdout(health);
    fmt::print(stderr, "sputnik: {} has {} problem{}{}\n", catalog::describe(dirs), problems.size(),
               problems.size() == 1 ? "" : "s", args.strict ? " (strict)" : "");
    return static_cast<int>(ErrorCode::data);
  }
  fmt::print("{} is valid{}: {} files; {}\n", catalog::describe(dirs), args.strict ? " (strict)" : "",
             loaded.files.size(), counts_line(loaded.corpus));
  write_stdout(health);
  return 0;
}

}  // namespace

void add_validate_command(CLI::App& app, Run& run) {
  auto args = std::make_shared<ValidateArgs>();  // owned by the callback, not a global
  CLI::App* cmd = app.add_subcommand("validate", "check the kb and report every problem as file:line:col");
  cmd->add_flag("--strict", args->strict,
                "also apply the rules of evidence (kb/README.md) and print a summary of corpus health");
  cmd->footer(
      "Checks syntax, required fields, ids, references, dates, sources and Japanese text,\n"
      "and prints every problem as `file:line:col: field: message`. Exit 0 when valid, 3 if not.\n\n"
      "Examples:\n"
      "  sputnik validate\n"
      "  sputnik validate --kb my-kb --strict");
  cmd->callback([&run, args] { run.exit_code = run_validate(run.global, *args); });
}

}  // namespace sputnik::cli
