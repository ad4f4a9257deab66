// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include <memory>

#include "cli/commands.hpp"
#include "core/model/vocab.hpp"
#include "core/render/spillover_render.hpp"
#include "core/util/text.hpp"
#include "core/views/spillovers.hpp"

namespace sputnik::cli {
namespace {

struct SpilloversArgs {
  std::string era, moment, query, sort = "year", group_by = "none";
  std::vector<std::string> categories, statuses;
  unsigned limit = 0;  ///< 0 = no limit
  bool reverse = false, facets = false;
  Format format = Format::text;
  model::Lang lang = model::Lang::en;
};

// `--status all` means every status; none given means the default (no myths).
std::vector<std::string> expand_statuses(const std::vector<std::string>& typed) {
  if (typed.empty()) return views::SpilloverQuery().statuses;
  std::vector<std::string> out;
  for (const auto& s : typed) {
    if (s == "all") return model::statuses().ids();
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  }
  return out;
}

Result<views::SpilloverQuery> make_query(const SpilloversArgs& args) {
  views::SpilloverQuery q;
  if (!args.era.empty()) {
    auto era = model::parse_era_spec(args.era);
    if (!era) return era.error();
    q.era = std::move(*era);
  }
  q.categories = args.categories;
  q.moment = args.moment;
  q.statuses = expand_statuses(args.statuses);
  q.text = args.query;
  q.sort = *views::parse_spillover_sort(args.sort);
  q.reverse = args.reverse;
  q.group_by = *views::parse_group_by(args.group_by);
  if (args.limit > 0) q.limit = args.limit;
  q.lang = args.lang;
  q.facets = args.facets;
  if (q.facets && (args.format == Format::csv || args.format == Format::jsonl || args.format == Format::ids))
    return make_error(
        ErrorCode::usage,
        fmt::format("--facets cannot be written as {} (one row per line)", render::format_name(args.format)),
        "use --format json or md for rows and facets together");
  return q;
}

int run_spillovers(const GlobalOptions& global, const SpilloversArgs& args) {
  auto q = make_query(args);
  if (!q) return report(q.error());
  auto catalog = open_catalog(global);
  if (!catalog) return report(catalog.error());
  if (!q->moment.empty())
    if (auto failed = resolve_id(*catalog, q->moment,
                                 {views::IdKind::moment, "sputnik spillovers --moment {id}", ErrorCode::usage},
                                 args.lang, args.format))
      return *failed;
  auto list = views::list_spillovers(*catalog, *q);
  if (!list) return report(list.error());
  write_stdout(render::render_as(render::spillover_formats(), args.format, render::SpilloverOutput{*list, *q},
                                 make_style(global, args.lang)));
  return list->rows.empty() ? static_cast<int>(ErrorCode::no_match) : 0;
}

}  // namespace

void add_spillovers_command(CLI::App& app, Run& run) {
  auto args = std::make_shared<SpilloversArgs>();
  CLI::App* cmd =
      app.add_subcommand("spillovers", "technologies that came out of the shocks, by era, category or moment");
  cmd->add_option("--era", args->era,
                  "a decade (1960s), a named era (space-race) or years (1958..1975, 1958.., ..1975)");
  cmd->add_option("-c,--category", args->categories, "only this category (repeatable; any case, NASA's old names too)");
  cmd->add_option("-m,--moment", args->moment,
                  "only what descends from this moment, directly or through its responses");
  cmd->add_option("--status", args->statuses, "fact, disputed, myth or all (repeatable; default: fact and disputed)")
      ->check(CLI::IsMember({"fact", "disputed", "myth", "all"}));
  cmd->add_option("-q,--query", args->query, "full-text filter in `sputnik search` syntax");
  cmd->add_option("--sort", args->sort, "year, lag (years from the shock) or name")
      ->check(CLI::IsMember({"year", "lag", "name"}))
      ->capture_default_str();
  cmd->add_flag("-r,--reverse", args->reverse, "reverse the sort order");
  cmd->add_option("--group-by", args->group_by, "none, era, decade, category or moment")
      ->check(CLI::IsMember({"none", "era", "decade", "category", "moment"}))
      ->capture_default_str();
  cmd->add_option("-n,--limit", args->limit, "at most this many rows, cut after sorting (0 = all)")
      ->capture_default_str();
  cmd->add_flag("--facets", args->facets, "also count the result per type, era, decade, category and country");
  add_format_option(*cmd, args->format, render::spillover_formats());
  add_lang_option(*cmd, args->lang);
  cmd->footer(
      "Every row shows the year, the spillover, its category, the years from the shock (LAG), its status,\n"
      "and the moment and response it descends from. Myths are hidden unless --status myth or all asks\n"
      "for them, and are always labelled MYTH.\n\n"
      "Examples:\n"
      "  sputnik spillovers --era space-race --group-by decade\n"
      "  sputnik spillovers --era 1960s --category \"Information Technology\"\n"
      "  sputnik spillovers --moment sputnik-1 --sort lag --format md\n"
      "  sputnik spillovers --status myth\n"
      "  sputnik spillovers --query solar --format csv > solar.csv\n\n"
      "Exit status: 0 rows listed, 1 nothing matched, 2 bad options or era, 4 catalog problem.");
  cmd->callback([&run, args] { run.exit_code = run_spillovers(run.global, *args); });
}

}  // namespace sputnik::cli
