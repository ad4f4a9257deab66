// SPDX-License-Identifier: MIT
// The AI-race link: `analogy`, `narrative`, `compare` and `similar`.
#include <fmt/format.h>

#include <memory>

#include "cli/commands.hpp"
#include "core/render/analogy_render.hpp"
#include "core/views/analogy.hpp"

namespace sputnik::cli {
namespace {

struct LinkArgs {
  std::vector<std::string> ids;
  std::string t0 = views::kDefaultAiT0, as_of;
  std::vector<std::string> types;
  unsigned limit = 10;
  std::size_t width = 0;  ///< 0 = the terminal's
  Format format = Format::text;
  model::Lang lang = model::Lang::en;
};

render::Style style_of(const GlobalOptions& global, const LinkArgs& args) {
  render::Style style = make_style(global, args.lang);
  if (args.width > 0) style.width = args.width;
  return style;
}

Result<model::Date> as_of_date(const std::string& text) {
  if (text.empty()) return views::today();
  auto date = model::parse_date(text);
  if (!date || date->precision != model::Precision::day)
    return make_error(ErrorCode::usage, fmt::format("invalid --as-of '{}'", text), "give a day: --as-of 2026-11-28");
  return date;
}

// The moments and the AI-race event the command names, as the catalog spells them; the
// exit status of the first that is unknown, after saying which ids were probably meant.
std::optional<int> resolve_ids(const catalog::Catalog& catalog, LinkArgs& args, const std::string& command,
                               bool moments, bool t0) {
  if (moments)
    for (std::size_t i = 0; i < args.ids.size(); ++i) {
      std::string line = "sputnik " + command;
      for (std::size_t j = 0; j < args.ids.size(); ++j) line += " " + (i == j ? std::string("{id}") : args.ids[j]);
      if (t0 && args.t0 != views::kDefaultAiT0) line += " --t0 " + args.t0;
      if (auto failed =
              resolve_id(catalog, args.ids[i], {views::IdKind::moment, line, ErrorCode::usage}, args.lang, args.format))
        return failed;
    }
  if (!t0) return std::nullopt;
  std::string line = "sputnik " + command;
  for (const auto& id : args.ids) line += " " + id;
  return resolve_id(catalog, args.t0, {views::IdKind::ai_event, line + " --t0 {id}", ErrorCode::usage}, args.lang,
                    args.format);
}

int run_analogy(const GlobalOptions& global, LinkArgs args) {
  auto as_of = as_of_date(args.as_of);
  if (!as_of) return report(as_of.error());
  auto catalog = open_catalog(global);
  if (!catalog) return report(catalog.error());
  if (auto failed = resolve_ids(*catalog, args, "analogy", true, true)) return *failed;
  auto view = views::analogy_view(*catalog, args.ids.at(0), args.t0, *as_of);
  if (!view) return report(view.error());
  write_stdout(render::render_as(render::analogy_formats(), args.format, *view, style_of(global, args)));
  return 0;
}

int run_narrative(const GlobalOptions& global, LinkArgs args) {
  auto catalog = open_catalog(global);
  if (!catalog) return report(catalog.error());
  if (auto failed = resolve_ids(*catalog, args, "narrative", false, true)) return *failed;
  auto story = views::narrative(*catalog, args.t0);
  if (!story) return report(story.error());
  write_stdout(render::render_as(render::narrative_formats(), args.format, *story, style_of(global, args)));
  return 0;
}

int run_compare(const GlobalOptions& global, LinkArgs args) {
  auto catalog = open_catalog(global);
  if (!catalog) return report(catalog.error());
  if (auto failed = resolve_ids(*catalog, args, "compare", true, false)) return *failed;
  auto a = views::moment_profile(*catalog, args.ids.at(0));
  if (!a) return report(a.error());
  auto b = views::moment_profile(*catalog, args.ids.at(1));
  if (!b) return report(b.error());
  write_stdout(
      render::render_as(render::compare_formats(), args.format, render::CompareOutput{*a, *b}, style_of(global, args)));
  return 0;
}

int run_similar(const GlobalOptions& global, LinkArgs args) {
  auto catalog = open_catalog(global);
  if (!catalog) return report(catalog.error());
  if (auto failed =
          resolve_id(*catalog, args.ids.at(0), {views::IdKind::any, "sputnik similar {id}", ErrorCode::no_match},
                     args.lang, args.format))
    return *failed;
  std::vector<model::EntryType> types;
  for (const auto& t : args.types) types.push_back(*model::parse_type(t));
  auto result = catalog->index.similar(args.ids.at(0), types, args.limit, args.lang);
  if (!result && result.error().code == ErrorCode::no_match) {
    // The catalog's database is the record of which ids exist; an id it has and the index
    // lacks means the index is damaged, not that the id was mistyped.
    auto kind = catalog->store.kind_of(args.ids.at(0));
    if (!kind) return report(kind.error());
    if (*kind)
      return report(make_error(
          ErrorCode::catalog,
          fmt::format("the index has no entry '{}' although the catalog lists it: it is damaged", args.ids.at(0)),
          "run `sputnik build` to rebuild it from the kb"));
  }
  if (!result) return report(result.error());
  write_stdout(render::render_as(render::similar_formats(), args.format, render::SimilarOutput{args.ids.at(0), *result},
                                 style_of(global, args)));
  if (result->hits.empty()) {
    fmt::print(stderr, "sputnik: nothing shares enough words with '{}'\n", util::terminal_safe(args.ids.at(0)));
    return static_cast<int>(ErrorCode::no_match);
  }
  return 0;
}

template <class View>
void add_layout_options(CLI::App& cmd, LinkArgs& args, render::FormatTable<View> formats) {
  add_format_option(cmd, args.format, formats);
  add_lang_option(cmd, args.lang);
  cmd.add_option("-w,--width", args.width, "text width in columns (default: the terminal's, or 80)")
      ->check(CLI::Range(std::size_t{40}, std::size_t{400}));
}

void add_t0_option(CLI::App& cmd, LinkArgs& args) {
  cmd.add_option("--t0", args.t0, "the AI-race event to count from")->capture_default_str();
}

}  // namespace

void add_analogy_commands(CLI::App& app, Run& run) {
  {
    auto args = std::make_shared<LinkArgs>();
    CLI::App* cmd =
        app.add_subcommand("analogy", "a historical shock beside the AI race, phase by phase and month by month");
    cmd->add_option("moment", args->ids, "the moment id (sputnik-1, gagarin-1961, fifth-generation-1982, …)")
        ->required()
        ->expected(1);
    add_t0_option(*cmd, *args);
    cmd->add_option("--as-of", args->as_of, "count 'now' from this day instead of today (YYYY-MM-DD)");
    add_layout_options(*cmd, *args, render::analogy_formats());
    cmd->footer(
        "History on the left counts from its shock; the AI race on the right counts from --t0, so\n"
        "rows line up by offset. Each analogy link shows why it fits and where it breaks. The closing\n"
        "section lists what came later in the history: an analogy, not a forecast.\n\n"
        "Examples:\n  sputnik analogy sputnik-1\n  sputnik analogy sputnik-1 --t0 chatgpt-2022 --width 120\n"
        "  sputnik analogy fifth-generation-1982 --format md --lang ja");
    cmd->callback([&run, args] { run.exit_code = run_analogy(run.global, *args); });
  }
  {
    auto args = std::make_shared<LinkArgs>();
    CLI::App* cmd = app.add_subcommand("narrative", "the AI race from its start to now, with its historical parallels");
    add_t0_option(*cmd, *args);
    add_layout_options(*cmd, *args, render::narrative_formats());
    cmd->footer("Examples:\n  sputnik narrative\n  sputnik narrative --lang ja --format md > ai-race.md");
    cmd->callback([&run, args] { run.exit_code = run_narrative(run.global, *args); });
  }
  {
    auto args = std::make_shared<LinkArgs>();
    CLI::App* cmd = app.add_subcommand(
        "compare", "two historical shocks side by side: speed and size of response, spillovers, lags");
    cmd->add_option("moments", args->ids, "two moment ids")->required()->expected(2);
    add_layout_options(*cmd, *args, render::compare_formats());
    cmd->footer(
        "Examples:\n  sputnik compare sputnik-1 fifth-generation-1982\n  sputnik compare oil-shock-1973 "
        "japan-dram-1980s --format json");
    cmd->callback([&run, args] { run.exit_code = run_compare(run.global, *args); });
  }
  {
    auto args = std::make_shared<LinkArgs>();
    CLI::App* cmd = app.add_subcommand("similar", "entries most like this one, with the words they share");
    cmd->add_option("id", args->ids, "an entry or analogy id")->required()->expected(1);
    cmd->add_option("-t,--type", args->types, "only this type (repeatable)")
        ->check(CLI::IsMember({"moment", "response", "spillover", "ai_event", "ai-event", "analogy"}));
    cmd->add_option("-n,--limit", args->limit, "at most this many results")
        ->check(CLI::Range(1u, 1000u))
        ->capture_default_str();
    add_layout_options(*cmd, *args, render::similar_formats());
    cmd->footer(
        "Relevance feedback: the entry's most telling words (no ids or field terms) become the query.\n\n"
        "Examples:\n  sputnik similar sputnik-1 --type moment\n  sputnik similar deepseek-r1 --format json");
    cmd->callback([&run, args] { run.exit_code = run_similar(run.global, *args); });
  }
}

}  // namespace sputnik::cli
