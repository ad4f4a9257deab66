// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include <memory>

#include "cli/commands.hpp"

namespace sputnik::cli {
namespace {

struct BuildArgs {
  bool force = false;
  bool wait = false;
  unsigned shards = 0;  // as the current catalog
  unsigned threads = 0;
};

int run_build(const GlobalOptions& global, const BuildArgs& args) {
  const auto kb = kb_dirs(global);
  const auto dir = global.catalog.empty() ? catalog::default_catalog_dir(kb) : global.catalog;
  std::vector<kb::Diagnostic> problems;
  catalog::BuildOptions options{kb, dir, args.force};
  options.wait_for_lock = args.wait;
  options.shards = args.shards;
  options.threads = args.threads;
  show_build_progress(options);
  auto built = catalog::build(options, problems);
  if (!built) {
    print_problems(problems);
    return report(built.error());
  }
  if (built->up_to_date) {
    fmt::print("catalog {} is up to date with {}\n", dir.string(), catalog::describe(kb));
  } else {
    fmt::print("built {}: {} entries, {} analogies, {} sources from {} files in {}\n", dir.string(), built->entries,
               built->analogies, built->sources, built->files, catalog::describe(kb));
  }
  return 0;
}

}  // namespace

void add_build_command(CLI::App& app, Run& run) {
  auto args = std::make_shared<BuildArgs>();  // owned by the callback, not a global
  CLI::App* cmd = app.add_subcommand("build", "compile the kb into a catalog (validated, atomic)");
  cmd->add_flag("-f,--force", args->force, "rebuild even if the kb has not changed");
  cmd->add_flag("-w,--wait", args->wait, "if another build is writing the catalog, wait for it instead of failing");
  cmd->add_option("--shards", args->shards,
                  "split the Xapian index into N shards listed by a stub (each can be served by xapian-tcpsrv); "
                  "default: as many as the current catalog has, 1 for a new one")
      ->check(CLI::Range(1u, 256u));
  cmd->add_option("-j,--threads", args->threads, "indexing threads (default: one per core)")
      ->check(CLI::Range(1u, 256u));
  cmd->footer(
      "The catalog (SQLite + Xapian) is written into a new generation and switched in with\n"
      "one rename, so a failed or killed build leaves the previous catalog as it was.\n\n"
      "Examples:\n"
      "  sputnik build                          # the shipped kb into the per-user cache\n"
      "  sputnik build --kb my-kb --catalog cat # a kb of your own into ./cat\n"
      "  sputnik build --shards 2 --catalog cat # two index shards, e.g. for two search servers");
  cmd->callback([&run, args] { run.exit_code = run_build(run.global, *args); });
}

}  // namespace sputnik::cli
