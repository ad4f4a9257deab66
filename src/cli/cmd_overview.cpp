// SPDX-License-Identifier: MIT
// `sputnik eras` and `sputnik stats`: two overviews of the catalog with the same options.
#include <memory>

#include "cli/commands.hpp"
#include "core/render/overview_render.hpp"
#include "core/views/overview.hpp"

namespace sputnik::cli {
namespace {

struct OverviewArgs {
  Format format = Format::text;
  model::Lang lang = model::Lang::en;
};

int run_eras(const GlobalOptions& global, const OverviewArgs& args) {
  auto catalog = open_catalog(global);
  if (!catalog) return report(catalog.error());
  auto overview = views::era_overview(catalog->store);
  if (!overview) return report(overview.error());
  write_stdout(render::render_as(render::era_formats(), args.format, *overview, make_style(global, args.lang)));
  return 0;
}

int run_stats(const GlobalOptions& global, const OverviewArgs& args) {
  auto catalog = open_catalog(global);
  if (!catalog) return report(catalog.error());
  auto stats = views::corpus_stats(catalog->store);
  if (!stats) return report(stats.error());
  write_stdout(render::render_as(render::stats_formats(), args.format, *stats, make_style(global, args.lang)));
  return 0;
}

template <class View>
CLI::App* add_overview_command(CLI::App& app, const char* name, const char* description, OverviewArgs& args,
                               render::FormatTable<View> formats) {
  CLI::App* cmd = app.add_subcommand(name, description);
  add_format_option(*cmd, args.format, formats);
  add_lang_option(*cmd, args.lang);
  return cmd;
}

}  // namespace

void add_eras_command(CLI::App& app, Run& run) {
  auto args = std::make_shared<OverviewArgs>();
  CLI::App* cmd = add_overview_command(app, "eras", "the named eras and the decades, with counts of what each holds",
                                       *args, render::era_formats());
  cmd->footer(
      "Counts are of entries dated inside each era's years (eras may overlap), so they match\n"
      "`sputnik spillovers --era ERA`. Myths are counted apart from spillovers.\n\n"
      "Examples:\n  sputnik eras\n  sputnik eras --format csv > eras.csv");
  cmd->callback([&run, args] { run.exit_code = run_eras(run.global, *args); });
}

void add_stats_command(CLI::App& app, Run& run) {
  auto args = std::make_shared<OverviewArgs>();
  CLI::App* cmd = add_overview_command(app, "stats", "corpus counts and the years from each shock to its spillovers",
                                       *args, render::stats_formats());
  cmd->footer(
      "Lag is the spillover's year minus its moment's year, along the main line of descent;\n"
      "myths are left out of the lag figures.\n\n"
      "Examples:\n  sputnik stats\n  sputnik stats --format json | jq .counts");
  cmd->callback([&run, args] { run.exit_code = run_stats(run.global, *args); });
}

}  // namespace sputnik::cli
