// SPDX-License-Identifier: MIT
#include "core/render/overview_render.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/render/json.hpp"
#include "core/render/messages.hpp"
#include "core/render/table.hpp"
#include "core/util/text.hpp"

namespace sputnik::render {
namespace {

using model::Lang;
using nlohmann::ordered_json;

// People read headers in their language; CSV consumers get field names.
std::vector<Column> count_columns(bool field_names, Lang lang) {
  if (field_names)
    return {{"moments", true}, {"responses", true}, {"spillovers", true}, {"myths", true}, {"ai_events", true}};
  std::vector<Column> columns;
  for (Msg m : {Msg::col_moments, Msg::col_responses, Msg::col_spillovers, Msg::col_myths, Msg::col_ai_events})
    columns.push_back({say(lang, m), true});
  return columns;
}

std::vector<std::string> count_cells(const store::PeriodCounts& c) {
  return {std::to_string(c.moments), std::to_string(c.responses), std::to_string(c.spillovers), std::to_string(c.myths),
          std::to_string(c.ai_events)};
}

ordered_json counts_json(const store::PeriodCounts& c) {
  return {{"moments", c.moments},
          {"responses", c.responses},
          {"spillovers", c.spillovers},
          {"myths", c.myths},
          {"ai_events", c.ai_events}};
}

// A period table: the label columns first, then the counts.
Table period_table(std::vector<Column> label_columns, Lang lang, bool field_names = false) {
  Table table{std::move(label_columns), {}};
  for (auto& column : count_columns(field_names, lang)) table.columns.push_back(std::move(column));
  return table;
}

// The terminal has no room for ids beside names; --era accepts the name too.
Table era_table(const views::EraOverview& overview, Lang lang, bool with_id) {
  Table table = period_table({{say(lang, Msg::col_era), false, true}, {say(lang, Msg::col_years)}}, lang);
  if (with_id) table.columns.insert(table.columns.begin() + 1, Column{"ID"});
  for (const auto& row : overview.eras) {
    Row r{{row.era.name.pick(lang), fmt::format("{}–{}", row.era.start, row.era.end)}};
    if (with_id) r.cells.insert(r.cells.begin() + 1, row.era.id);
    for (auto& cell : count_cells(row.counts)) r.cells.push_back(std::move(cell));
    table.rows.push_back(std::move(r));
  }
  return table;
}

Table decade_table(const views::EraOverview& overview, Lang lang) {
  Table table = period_table({{say(lang, Msg::col_decade)}}, lang);
  for (const auto& row : overview.decades) {
    Row r{{row.label}};
    for (auto& cell : count_cells(row.counts)) r.cells.push_back(std::move(cell));
    table.rows.push_back(std::move(r));
  }
  return table;
}

std::string percent(int part, int whole) { return whole > 0 ? fmt::format("{:.0f}%", 100.0 * part / whole) : "—"; }

std::string median_text(double m) {
  return m == static_cast<int>(m) ? fmt::format("{}", static_cast<int>(m)) : fmt::format("{:.1f}", m);
}

// The summary over every spillover has no kb label of its own.
std::string lag_label(const views::LagSummary& s, Lang lang) {
  return s.label.empty() ? say(lang, Msg::all_spillovers) : s.label.pick(lang);
}

std::string shout(std::string s) { return util::ascii_upper(s); }

// Terminal tables shout their headers; in a document the first one is in sentence case.
Table lag_table(const std::vector<views::LagSummary>& rows, Msg first, Lang lang, bool for_document) {
  const std::string first_header = say(lang, first);
  Table table{{{for_document ? first_header : shout(first_header), false, true},
               {shout(say(lang, Msg::col_n)), true},
               {shout(say(lang, Msg::col_median)), true},
               {shout(say(lang, Msg::col_min)), true},
               {shout(say(lang, Msg::col_max)), true}},
              {}};
  for (const auto& s : rows)
    table.rows.push_back({{lag_label(s, lang), std::to_string(s.count), median_text(s.median), std::to_string(s.min),
                           std::to_string(s.max)}});
  return table;
}

ordered_json lag_json(const views::LagSummary& s) {
  return {{"key", s.key},     {"label", {{"en", lag_label(s, Lang::en)}, {"ja", lag_label(s, Lang::ja)}}},
          {"count", s.count}, {"median", s.median},
          {"min", s.min},     {"max", s.max}};
}

std::vector<std::string> count_lines(const views::CorpusStats& stats, Lang lang) {
  const auto& c = stats.counts;
  return {say(lang, Msg::stats_counts, fmt::arg("moments", c.moments), fmt::arg("responses", c.responses),
              fmt::arg("spillovers", c.spillovers()), fmt::arg("facts", c.facts), fmt::arg("disputed", c.disputed),
              fmt::arg("myths", c.myths), fmt::arg("ai_events", c.ai_events), fmt::arg("analogies", c.analogies)),
          say(lang, Msg::stats_sources, fmt::arg("sources", c.sources), fmt::arg("primary", c.primary_sources),
              fmt::arg("primary_share", percent(c.primary_sources, c.sources)),
              fmt::arg("cited", c.entries_with_primary_source), fmt::arg("entries", c.entries),
              fmt::arg("cited_share", percent(c.entries_with_primary_source, c.entries))),
          say(lang, Msg::stats_eras, fmt::arg("eras", c.eras), fmt::arg("countries", c.countries))};
}

// The corpus's own "as of", when the kb states it.
std::vector<std::string> corpus_lines(const views::CorpusStats& stats, Lang lang) {
  auto lines = count_lines(stats, lang);
  if (stats.ai_race_recorded_to)
    lines.push_back(say(lang, Msg::recorded_to, fmt::arg("to", stats.ai_race_recorded_to->to_kb_string())));
  return lines;
}

}  // namespace

std::string render_eras_text(const views::EraOverview& overview, const Style& style) {
  return style.bold(say(style.lang, Msg::named_eras)) + "\n" +
         render_text_table(era_table(overview, style.lang, false), style) + "\n" +
         style.bold(say(style.lang, Msg::decades)) + "\n" +
         render_text_table(decade_table(overview, style.lang), style) +
         style.dim(say(style.lang, Msg::eras_footer) + "\n");
}

namespace {
ordered_json era_json(const views::EraRow& row) {
  return {{"id", row.era.id},
          {"name", text_json(row.era.name)},
          {"start", row.era.start},
          {"end", row.era.end},
          {"counts", counts_json(row.counts)}};
}
ordered_json decade_json(const views::DecadeRow& row) {
  return {{"decade", row.label}, {"start", row.decade}, {"counts", counts_json(row.counts)}};
}
}  // namespace

std::string render_eras_json(const views::EraOverview& overview) {
  ordered_json eras = ordered_json::array(), decades = ordered_json::array();
  for (const auto& row : overview.eras) eras.push_back(era_json(row));
  for (const auto& row : overview.decades) decades.push_back(decade_json(row));
  return ordered_json{{"format_version", kErasFormatVersion}, {"eras", eras}, {"decades", decades}}.dump(2) + "\n";
}

std::string render_eras_jsonl(const views::EraOverview& overview) {
  const auto with_kind = [](ordered_json j, const char* kind) {
    j["kind"] = kind;
    return j;
  };
  return json_lines(
             overview.eras, [&](const views::EraRow& r) { return with_kind(era_json(r), "era"); }, kErasFormatVersion) +
         json_lines(
             overview.decades, [&](const views::DecadeRow& r) { return with_kind(decade_json(r), "decade"); },
             kErasFormatVersion);
}

std::string render_eras_csv(const views::EraOverview& overview, Lang lang) {
  Table table = period_table({{"kind"}, {"id"}, {"name"}, {"start", true}, {"end", true}}, lang, true);
  const auto add = [&](std::vector<std::string> labels, const store::PeriodCounts& counts) {
    for (auto& cell : count_cells(counts)) labels.push_back(std::move(cell));
    table.rows.push_back({std::move(labels)});
  };
  for (const auto& row : overview.eras)
    add({"era", row.era.id, row.era.name.pick(lang), std::to_string(row.era.start), std::to_string(row.era.end)},
        row.counts);
  for (const auto& row : overview.decades) {
    const int last = row.decade >= 0 ? row.decade + 9 : row.decade;
    const int first = row.decade >= 0 ? row.decade : row.decade - 9;
    add({"decade", row.label, row.label, std::to_string(first), std::to_string(last)}, row.counts);
  }
  return render_csv(table);
}

std::string render_eras_markdown(const views::EraOverview& overview, Lang lang) {
  return "### " + say(lang, Msg::named_eras) + "\n\n" + render_markdown_table(era_table(overview, lang, true)) +
         "\n### " + say(lang, Msg::decades) + "\n\n" + render_markdown_table(decade_table(overview, lang));
}

std::string render_stats_text(const views::CorpusStats& stats, const Style& style) {
  const Lang lang = style.lang;
  std::string out = style.bold(say(lang, Msg::stats_corpus)) + "\n";
  for (const auto& line : corpus_lines(stats, lang)) out += paragraph(line, 2, style);
  out += "\n" + style.bold(say(lang, Msg::stats_lag_by_moment)) + "\n";
  out += render_text_table(lag_table(stats.by_moment, Msg::col_moment, lang, false), style);
  out += "\n" + style.bold(say(lang, Msg::stats_lag_by_category)) + "\n";
  auto by_category = stats.by_category;
  by_category.push_back(stats.overall);
  out += render_text_table(lag_table(by_category, Msg::col_category, lang, false), style);
  return out;
}

std::string render_stats_json(const views::CorpusStats& stats) {
  const auto& c = stats.counts;
  ordered_json by_moment = ordered_json::array(), by_category = ordered_json::array();
  for (const auto& s : stats.by_moment) by_moment.push_back(lag_json(s));
  for (const auto& s : stats.by_category) by_category.push_back(lag_json(s));
  ordered_json counts = {
      {"moments", c.moments},
      {"responses", c.responses},
      {"spillovers", {{"total", c.spillovers()}, {"fact", c.facts}, {"disputed", c.disputed}, {"myth", c.myths}}},
      {"ai_events", c.ai_events},
      {"analogies", c.analogies},
      {"sources", c.sources},
      {"primary_sources", c.primary_sources},
      {"entries", c.entries},
      {"entries_with_primary_source", c.entries_with_primary_source},
      {"eras", c.eras},
      {"countries", c.countries}};
  return ordered_json{
             {"format_version", kStatsFormatVersion},
             {"counts", counts},
             {"ai_race_recorded_to", stats.ai_race_recorded_to
                                         ? nlohmann::ordered_json(stats.ai_race_recorded_to->to_kb_string())
                                         : nlohmann::ordered_json(nullptr)},
             {"lag", {{"by_moment", by_moment}, {"by_category", by_category}, {"overall", lag_json(stats.overall)}}}}
             .dump(2) +
         "\n";
}

std::string render_stats_csv(const views::CorpusStats& stats, Lang lang) {
  Table table{
      {{"table"}, {"key"}, {"label"}, {"count", true}, {"median_lag", true}, {"min_lag", true}, {"max_lag", true}}, {}};
  const auto& c = stats.counts;
  const std::pair<const char*, int> counts[] = {{"moments", c.moments},
                                                {"responses", c.responses},
                                                {"spillovers", c.spillovers()},
                                                {"facts", c.facts},
                                                {"disputed", c.disputed},
                                                {"myths", c.myths},
                                                {"ai_events", c.ai_events},
                                                {"analogies", c.analogies},
                                                {"sources", c.sources},
                                                {"primary_sources", c.primary_sources},
                                                {"entries", c.entries},
                                                {"entries_with_primary_source", c.entries_with_primary_source},
                                                {"eras", c.eras},
                                                {"countries", c.countries}};
  for (const auto& [key, n] : counts) table.rows.push_back({{"counts", key, key, std::to_string(n), "", "", ""}});
  const auto add = [&](const char* name, const views::LagSummary& s) {
    table.rows.push_back({{name, s.key, lag_label(s, lang), std::to_string(s.count), median_text(s.median),
                           std::to_string(s.min), std::to_string(s.max)}});
  };
  for (const auto& s : stats.by_moment) add("lag_by_moment", s);
  for (const auto& s : stats.by_category) add("lag_by_category", s);
  add("lag_overall", stats.overall);
  return render_csv(table);
}

std::string render_stats_markdown(const views::CorpusStats& stats, Lang lang) {
  std::string out = "### " + say(lang, Msg::stats_corpus) + "\n\n";
  for (const auto& line : corpus_lines(stats, lang)) out += "- " + markdown_cell(line) + "\n";
  out += "\n### " + say(lang, Msg::stats_lag_by_moment_md) + "\n\n" +
         render_markdown_table(lag_table(stats.by_moment, Msg::col_moment, lang, true));
  auto by_category = stats.by_category;
  by_category.push_back(stats.overall);
  out += "\n### " + say(lang, Msg::stats_lag_by_category) + "\n\n" +
         render_markdown_table(lag_table(by_category, Msg::col_category, lang, true));
  return out;
}

FormatTable<views::EraOverview> era_formats() {
  using V = views::EraOverview;
  static const ViewFormat<V> kRows[] = {
      {Format::text, [](const V& v, const Style& s) { return render_eras_text(v, s); }},
      {Format::json, [](const V& v, const Style&) { return render_eras_json(v); }},
      {Format::jsonl, [](const V& v, const Style&) { return render_eras_jsonl(v); }},
      {Format::csv, [](const V& v, const Style& s) { return render_eras_csv(v, s.lang); }},
      {Format::md, [](const V& v, const Style& s) { return render_eras_markdown(v, s.lang); }},
  };
  return kRows;
}

FormatTable<views::CorpusStats> stats_formats() {
  using V = views::CorpusStats;
  static const ViewFormat<V> kRows[] = {
      {Format::text, [](const V& v, const Style& s) { return render_stats_text(v, s); }},
      {Format::json, [](const V& v, const Style&) { return render_stats_json(v); }},
      {Format::csv, [](const V& v, const Style& s) { return render_stats_csv(v, s.lang); }},
      {Format::md, [](const V& v, const Style& s) { return render_stats_markdown(v, s.lang); }},
  };
  return kRows;
}

}  // namespace sputnik::render
