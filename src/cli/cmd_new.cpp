// SPDX-License-Identifier: MIT
// `sputnik new TYPE ID`: a commented skeleton of a kb entry, for the people who keep a corpus.
#include <fmt/format.h>

#include <fstream>
#include <memory>
#include <sstream>

#include "cli/commands.hpp"
#include "core/kb/loader.hpp"
#include "core/kb/skeleton.hpp"

namespace sputnik::cli {
namespace {

struct NewArgs {
  std::string type, id;
  std::filesystem::path file;
};

// Where `id` is already defined in the kb (or in the file it would be added to), if anywhere.
std::optional<std::string> existing_definition(const catalog::KbDirs& dirs, const NewArgs& args) {
  const auto loaded = kb::load_kb(dirs);
  const auto where = [](const model::Location& at) { return fmt::format("{}:{}", at.file, at.line); };
  for (const auto& e : loaded.corpus.entries)
    if (e.id == args.id) return where(e.where);
  for (const auto& a : loaded.corpus.analogies)
    if (a.id == args.id) return where(a.where);
  for (const auto& s : loaded.corpus.sources)
    if (s.id == args.id) return where(s.where);
  for (const auto& e : loaded.corpus.eras)
    if (e.id == args.id) return where(e.where);
  for (const auto& c : loaded.corpus.countries)
    if (c.id == args.id) return where(c.where);
  if (std::ifstream in{args.file}; !args.file.empty() && in) {
    std::stringstream text;
    text << in.rdbuf();
    if (text.str().find(fmt::format("id = \"{}\"", args.id)) != std::string::npos) return args.file.string();
  }
  return std::nullopt;
}

int run_new(const GlobalOptions& global, const NewArgs& args) {
  const auto kind = kb::parse_skeleton_kind(args.type);
  if (!kind)
    return report(make_error(ErrorCode::usage, fmt::format("cannot make a '{}'", args.type),
                             "TYPE is one of: " + kb::skeleton_kinds()));
  if (!util::is_slug(args.id))
    return report(make_error(ErrorCode::usage, fmt::format("'{}' is not an id", args.id),
                             "an id is a slug: lower-case letters, digits and single '-', at most 64 (kb/README.md)"));
  if (auto at = existing_definition(kb_dirs(global), args))
    return report(make_error(ErrorCode::usage, fmt::format("the id '{}' exists already, at {}", args.id, *at),
                             "ids are unique across the whole kb: choose another"));
  const std::string text = kb::skeleton(*kind, args.id);
  if (args.file.empty()) {
    write_stdout(text);
    return 0;
  }
  std::ofstream out(args.file, std::ios::app | std::ios::binary);
  out << "\n" << text;
  if (!out.flush())
    return report(make_error(ErrorCode::io, fmt::format("cannot write {}", args.file.string()),
                             "check the directory exists and is writable"));
  fmt::print(stderr, "sputnik: added {} '{}' to {}; fill it in, then run `sputnik validate --strict`\n", args.type,
             args.id, args.file.string());
  return 0;
}

}  // namespace

void add_new_command(CLI::App& app, Run& run) {
  auto args = std::make_shared<NewArgs>();
  CLI::App* cmd = app.add_subcommand("new", "a commented skeleton of a new kb entry, to fill in");
  cmd->add_option("type", args->type, "what to add: " + kb::skeleton_kinds())->required();
  cmd->add_option("id", args->id, "its id: a slug unique across the kb")->required();
  cmd->add_option("--file", args->file, "append to this kb file instead of printing");
  cmd->footer(
      "Every required field is there, empty, with its vocabulary and the date syntax as comments,\n"
      "and a [[source]] stub; `sputnik validate` fails until the entry is filled in, so nothing\n"
      "half-written reaches a catalog. An id that exists is refused (exit 2).\n\n"
      "Examples:\n"
      "  sputnik new moment sputnik-3-1958\n"
      "  sputnik new spillover weather-satellites --file kb/moments/sputnik.toml\n"
      "  sputnik new analogy analogy-explorer-1-qwen3 --file my-kb/links.toml");
  cmd->callback([&run, args] { run.exit_code = run_new(run.global, *args); });
}

}  // namespace sputnik::cli
