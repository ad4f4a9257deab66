// SPDX-License-Identifier: MIT
// sputnik: parse the command line, dispatch, map errors to exit codes. The work is in src/core.
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <exception>
#include <fmt/format.h>

#include "cli/commands.hpp"

namespace {

using namespace sputnik::cli;

void add_global_options(CLI::App& app, Run& run) {
  app.add_option("--kb", run.global.kb, "the kb directory (default: $SPUTNIK_KB, else the shipped kb/)")
      ->envname("SPUTNIK_KB");
  app.add_option("--catalog", run.global.catalog,
                 "the catalog directory (default: $SPUTNIK_CATALOG, else a per-user cache kept current)")
      ->envname("SPUTNIK_CATALOG");
  app.add_option("--color", run.global.color, "colour: auto, always or never (NO_COLOR is respected)")
      ->transform(CLI::CheckedTransformer(std::map<std::string, ColorMode>{
          {"auto", ColorMode::auto_detect}, {"always", ColorMode::always}, {"never", ColorMode::never}}))
      ->default_str("auto");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"sputnik — technology \"Sputnik moments\", their spillovers, and the AI race", "sputnik"};
  app.set_version_flag("--version", "sputnik " SPUTNIK_VERSION);
  app.require_subcommand(1);
  app.fallthrough();
  app.footer("Run `sputnik COMMAND --help` for a command's options and examples.");
  Run run;
  add_global_options(app, run);
  add_build_command(app, run);
  add_validate_command(app, run);
  add_search_command(app, run);
  add_show_command(app, run);
  add_spillovers_command(app, run);
  add_eras_command(app, run);
  add_stats_command(app, run);
  add_analogy_commands(app, run);
  add_timeline_command(app, run);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  } catch (const std::exception& e) {
    fmt::print(stderr, "sputnik: internal error: {}\n", e.what());
    return 70;
  }
  return run.exit_code;
}
