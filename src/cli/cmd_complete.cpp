// SPDX-License-Identifier: MIT
// `sputnik complete WHAT`: candidates for the shell completion scripts (completions/),
// one per line. Hidden from --help: people use it through their shell.
#include <algorithm>
#include <memory>

#include "cli/commands.hpp"
#include "core/model/vocab.hpp"
#include "core/store/listing.hpp"
#include "core/store/timeline.hpp"

namespace sputnik::cli {
namespace {

struct CompleteArgs {
  std::string what, command;
};

void print_lines(const std::vector<std::string>& lines) {
  for (const auto& l : lines) write_stdout(l + "\n");
}

std::vector<std::string> option_names(const CLI::App& app) {
  std::vector<std::string> out;
  for (const CLI::Option* opt : app.get_options()) {
    for (const auto& name : opt->get_lnames()) out.push_back("--" + name);
    for (const auto& name : opt->get_snames()) out.push_back("-" + name);
  }
  return out;
}

// Ids from the catalog (built on first use, like any read command).
int catalog_candidates(const GlobalOptions& global, const std::string& what) {
  auto catalog = open_catalog(global);
  if (!catalog) return report(catalog.error());
  std::vector<std::string> out;
  if (what == "eras") {
    auto eras = store::all_eras(catalog->store);
    if (!eras) return report(eras.error());
    for (const auto& e : *eras) out.push_back(e.id);
  } else if (what == "moments" || what == "ai-events") {
    auto entries = what == "moments" ? store::moment_entries(catalog->store) : store::ai_race_entries(catalog->store);
    if (!entries) return report(entries.error());
    for (const auto& e : *entries) out.push_back(e.id);
  } else {  // ids: every entry and analogy
    auto ids = catalog->index.matching_ids("", {});
    if (!ids) return report(ids.error());
    out = std::move(*ids);
    std::sort(out.begin(), out.end());
  }
  print_lines(out);
  return 0;
}

int run_complete(const CLI::App& app, const GlobalOptions& global, const CompleteArgs& args) {
  if (args.what == "commands") {
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); }))
      write_stdout(sub->get_name() + "\n");
    return 0;
  }
  if (args.what == "options") {
    const CLI::App* target = &app;
    if (!args.command.empty()) {
      try {
        target = app.get_subcommand(args.command);
      } catch (const CLI::OptionNotFound&) {
        return report(make_error(ErrorCode::usage, "no command '" + args.command + "'", "`sputnik complete commands` lists them"));
      }
    }
    print_lines(option_names(*target));
    return 0;
  }
  if (args.what == "categories") {
    print_lines(model::categories().ids());
    return 0;
  }
  if (args.what == "formats") {
    print_lines({"text", "json", "jsonl", "csv", "md", "ids", "timelinejs", "mermaid", "markwhen", "marp", "html", "svg", "pptx"});
    return 0;
  }
  return catalog_candidates(global, args.what);
}

}  // namespace

void add_complete_command(CLI::App& app, Run& run) {
  auto args = std::make_shared<CompleteArgs>();
  CLI::App* cmd = app.add_subcommand("complete", "candidates for shell completion, one per line");
  cmd->group("");  // hidden: used by completions/sputnik.bash and _sputnik
  cmd->add_option("what", args->what, "commands, options, ids, moments, ai-events, eras, categories or formats")
      ->required()
      ->check(CLI::IsMember({"commands", "options", "ids", "moments", "ai-events", "eras", "categories", "formats"}));
  cmd->add_option("command", args->command, "for options: the command whose options to list");
  cmd->callback([&app, &run, args] { run.exit_code = run_complete(app, run.global, *args); });
}

}  // namespace sputnik::cli
