// SPDX-License-Identifier: MIT
// `sputnik complete WHAT`: candidates for the shell completion scripts (completions/),
// one per line. Hidden from --help: people use it through their shell.
#include <algorithm>
#include <memory>

#include "cli/commands.hpp"
#include "core/model/vocab.hpp"
#include "core/views/ids.hpp"

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
  const views::IdKind kind = what == "eras"        ? views::IdKind::era
                             : what == "moments"   ? views::IdKind::moment
                             : what == "ai-events" ? views::IdKind::ai_event
                                                   : views::IdKind::any;
  auto ids = views::ids_of_kind(*catalog, kind);
  if (!ids) return report(ids.error());
  print_lines(*ids);
  return 0;
}

// The formats a command offers (every command is set up for the completer), or all of them.
std::vector<std::string> format_names(const std::string& command) {
  std::vector<std::string> out;
  const auto& offered = formats_by_command();
  for (const auto& info : render::all_formats()) {
    const bool wanted =
        command.empty()
            ? std::any_of(offered.begin(), offered.end(),
                          [&](const auto& entry) {
                            return std::find(entry.second.begin(), entry.second.end(), info.format) !=
                                   entry.second.end();
                          })
            : offered.count(command) && std::count(offered.at(command).begin(), offered.at(command).end(), info.format);
    if (wanted) out.emplace_back(info.name);
  }
  return out;
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
        return report(make_error(ErrorCode::usage, "no command '" + args.command + "'",
                                 "`sputnik complete commands` lists them"));
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
    print_lines(format_names(args.command));
    return 0;
  }
  if (args.what == "statuses") {
    auto statuses = model::statuses().ids();
    statuses.push_back("all");
    print_lines(statuses);
    return 0;
  }
  return catalog_candidates(global, args.what);
}

}  // namespace

void add_complete_command(CLI::App& app, Run& run) {
  auto args = std::make_shared<CompleteArgs>();
  CLI::App* cmd = app.add_subcommand("complete", "candidates for shell completion, one per line");
  cmd->group("");  // hidden: used by completions/sputnik.bash and _sputnik
  cmd->add_option("what", args->what,
                  "commands, options, ids, moments, ai-events, eras, categories, statuses or formats")
      ->required()
      ->check(CLI::IsMember(
          {"commands", "options", "ids", "moments", "ai-events", "eras", "categories", "statuses", "formats"}));
  cmd->add_option("command", args->command, "for options and formats: the command they belong to");
  cmd->callback([&app, &run, args] { run.exit_code = run_complete(app, run.global, *args); });
}

}  // namespace sputnik::cli
