// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include "cli/commands.hpp"

namespace sputnik::cli {
namespace {

int run_check(const GlobalOptions& global) {
  const auto kb = kb_dirs(global);
  const auto dir = global.catalog.empty() ? catalog::default_catalog_dir(kb) : global.catalog;
  auto checked = catalog::check(dir);
  if (!checked) return report(checked.error());
  fmt::print("catalog {} is intact: {} files, {} bytes match their hashes; SQLite and Xapian checks passed\n",
             checked->generation.string(), checked->files, checked->bytes);
  return 0;
}

}  // namespace

void add_check_command(CLI::App& app, Run& run) {
  CLI::App* cmd = app.add_subcommand("check", "read the whole catalog and verify it is intact");
  cmd->footer(
      "Every open already checks that the catalog's files have the sizes they were built with.\n"
      "`check` reads everything: each file against the hash recorded at build time, SQLite's\n"
      "integrity check and Xapian's table check. Exit 0 if intact, 4 if damaged — then run\n"
      "`sputnik build`.\n\n"
      "Examples:\n"
      "  sputnik check                 # the default catalog\n"
      "  sputnik --catalog cat check   # a catalog of your own");
  cmd->callback([&run] { run.exit_code = run_check(run.global); });
}

}  // namespace sputnik::cli
