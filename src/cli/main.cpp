// SPDX-License-Identifier: MIT
// sputnik: parse the command line, dispatch, map errors to exit codes. The work is in src/core.
#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <exception>
#include <filesystem>

#include "cli/commands.hpp"
#include "cli/config.hpp"
#include "core/util/result.hpp"
#include "core/util/text.hpp"

namespace {

using namespace sputnik::cli;

void add_global_options(CLI::App& app, Run& run) {
  app.add_option(
         "--kb", run.global.kb,
         "a kb directory; repeat for several (default: $SPUTNIK_KB, else the config's kb, else the shipped kb/)")
      ->envname("SPUTNIK_KB");
  app.add_option("--config", run.global.config, "read this config file instead of the default (see CONFIG below)");
  app.add_flag("--no-pager", run.global.no_pager, "never send long output through $PAGER");
  app.add_option("--catalog", run.global.catalog,
                 "the catalog directory (default: $SPUTNIK_CATALOG, else a per-user cache kept current)")
      ->envname("SPUTNIK_CATALOG");
  app.add_option("--index", run.global.index,
                 "search this Xapian index instead of the catalog's: a shard directory or a stub file listing "
                 "shards and `remote HOST:PORT` servers (see `sputnik build --shards`)")
      ->envname("SPUTNIK_INDEX");
  app.add_option("--color", run.global.color, "colour: auto, always or never (NO_COLOR is respected)")
      ->transform(CLI::CheckedTransformer(std::map<std::string, ColorMode>{
          {"auto", ColorMode::auto_detect}, {"always", ColorMode::always}, {"never", ColorMode::never}}))
      ->default_str("auto");
}

// Settings below flags and environment variables: they become the options' starting values.
int load_user_config(int argc, char** argv, Run& run) {
  const auto flag = config_flag(argc, argv);
  auto config = load_config(flag ? *flag : default_config_path(), flag.has_value());
  if (!config) {
    fmt::print(stderr, "sputnik: {}\nhint: {}\n", sputnik::util::terminal_safe(config.error().message),
               config.error().hint);
    return 2;
  }
  if (config->catalog) run.global.catalog = *config->catalog;
  if (config->color)
    run.global.color = *config->color == "always"  ? ColorMode::always
                       : *config->color == "never" ? ColorMode::never
                                                   : ColorMode::auto_detect;
  if (config->pager) run.global.no_pager = !*config->pager;
  set_user_config(std::move(*config));
  return 0;
}

constexpr const char* kFooter =
    "Run `sputnik COMMAND --help` for a command's options and examples.\n\n"
    "CONFIG: $XDG_CONFIG_HOME/sputnik/config.toml (else ~/.config/sputnik/config.toml) or --config FILE:\n"
    "  lang = \"ja\"                 default --lang\n"
    "  format = \"json\"             default --format, where the command has it\n"
    "  color = \"never\"             auto, always or never\n"
    "  pager = false                 like --no-pager\n"
    "  catalog = \"~/sputnik-cat\"    like --catalog\n"
    "  kb = [\"/srv/kb\"]              replaces the shipped kb\n"
    "  extra_kb = [\"~/notes/kb\"]     your own entries, beside the shipped kb\n"
    "Precedence: flags > environment (SPUTNIK_KB, SPUTNIK_CATALOG, NO_COLOR, PAGER) > config > defaults.";

// Setting up every command's options, validators and help takes about 1 ms, as long as
// the search that follows; so only the command named on the line is set up — all of them
// when none is named or the name is unknown (help and errors list them), and for the
// hidden completer.
struct CommandSetup {
  std::vector<std::string_view> names;
  void (*add)(CLI::App&, Run&);
};

const std::vector<CommandSetup>& command_setups() {
  static const std::vector<CommandSetup> setups = {
      {{"build"}, add_build_command},
      {{"validate"}, add_validate_command},
      {{"check"}, add_check_command},
      {{"search"}, add_search_command},
      {{"show"}, add_show_command},
      {{"spillovers"}, add_spillovers_command},
      {{"eras"}, add_eras_command},
      {{"stats"}, add_stats_command},
      {{"analogy", "narrative", "compare", "similar"}, add_analogy_commands},
      {{"timeline"}, add_timeline_command},
      {{"new"}, add_new_command},
      {{"annotate"}, add_annotate_command},
      {{"complete"}, add_complete_command}};
  return setups;
}

// The first word that is not a global option or its value.
std::string_view named_command(int argc, char** argv) {
  static constexpr std::string_view kTakeValues[] = {"--kb", "--config", "--catalog", "--index", "--color"};
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") return {};
    if (!arg.starts_with('-')) return arg;
    if (std::find(std::begin(kTakeValues), std::end(kTakeValues), arg) != std::end(kTakeValues)) ++i;
  }
  return {};
}

void add_commands(CLI::App& app, Run& run, std::string_view named) {
  const auto& setups = command_setups();
  const auto names = [named](const CommandSetup& c) {
    return std::find(c.names.begin(), c.names.end(), named) != c.names.end();
  };
  const auto chosen = std::find_if(setups.begin(), setups.end(), names);
  for (const auto& setup : setups)
    if (chosen == setups.end() || named == "complete" || &setup == &*chosen) setup.add(app, run);
}

}  // namespace

int main(int argc, char** argv) {
  // Under a file-size limit (ulimit -f) a write would otherwise kill us with SIGXFSZ;
  // ignored, it fails with EFBIG and the build reports which file could not be written.
  std::signal(SIGXFSZ, SIG_IGN);
  CLI::App app{"sputnik — technology \"Sputnik moments\", their spillovers, and the AI race", "sputnik"};
  app.set_version_flag("--version", "sputnik " SPUTNIK_VERSION);
  app.require_subcommand(1);
  app.fallthrough();
  app.footer(kFooter);
  Run run;
  if (const int bad = load_user_config(argc, argv, run); bad != 0) return bad;
  add_global_options(app, run);
  add_commands(app, run, named_command(argc, argv));
  // Flags are parsed before any command's callback runs, so --no-pager is known here.
  app.parse_complete_callback([&run] { begin_output(!run.global.no_pager); });
  try {
    app.parse(argc, argv);
    finish_output();
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  } catch (const std::filesystem::filesystem_error& e) {
    // Paths are checked where they enter; one that changes under us (deleted, replaced by
    // a loop) mid-command is still a path problem, said as one, not an internal error.
    finish_output();
    fmt::print(stderr, "sputnik: {}: {}\n", sputnik::util::terminal_safe(e.path1().string()), e.code().message());
    return static_cast<int>(sputnik::ErrorCode::io);
  } catch (const std::exception& e) {
    finish_output();  // what the command printed before failing is still shown
    fmt::print(stderr, "sputnik: internal error: {}\n", e.what());
    return 70;
  }
  return run.exit_code;
}
