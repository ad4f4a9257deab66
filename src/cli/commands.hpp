// SPDX-License-Identifier: MIT
#pragma once
// The command table: each command adds its subcommand, options and handler.
#include <CLI/CLI.hpp>

#include "cli/context.hpp"

namespace sputnik::cli {

/// Where a command's exit code is left by its handler.
struct Run {
  GlobalOptions global;
  int exit_code = 0;
};

void add_build_command(CLI::App& app, Run& run);
void add_check_command(CLI::App& app, Run& run);
void add_validate_command(CLI::App& app, Run& run);
void add_search_command(CLI::App& app, Run& run);
void add_show_command(CLI::App& app, Run& run);
void add_spillovers_command(CLI::App& app, Run& run);
void add_eras_command(CLI::App& app, Run& run);
void add_stats_command(CLI::App& app, Run& run);
void add_analogy_commands(CLI::App& app, Run& run);  // analogy, narrative, compare, similar
void add_timeline_command(CLI::App& app, Run& run);
void add_new_command(CLI::App& app, Run& run);       // a kb entry skeleton
void add_annotate_command(CLI::App& app, Run& run);  // an article checked against the corpus
void add_complete_command(CLI::App& app, Run& run);  // hidden, for shell completion

}  // namespace sputnik::cli
