// SPDX-License-Identifier: MIT
#include "core/render/spillover_render.hpp"
#include "core/render/json.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <numeric>

#include "core/model/date.hpp"
#include "core/model/vocab.hpp"
#include "core/render/facet_render.hpp"
#include "core/render/messages.hpp"
#include "core/render/table.hpp"
#include "core/util/text.hpp"

namespace sputnik::render {
namespace {

using model::Lang;
using nlohmann::ordered_json;
using store::SpilloverRow;

std::string year_cell(const SpilloverRow& row) { return model::year_label(row.year, row.precision, row.date); }

std::string lag_cell(const SpilloverRow& row) {
  if (!row.lag_years) return "—";
  return *row.lag_years > 0 ? fmt::format("+{}", *row.lag_years) : std::to_string(*row.lag_years);
}

// Myths are always labelled, loudly, so a pasted list can never present one as fact.
std::string status_cell(const std::string& status, Lang lang) {
  const std::string label(model::statuses().label(status, lang));
  return status == model::status::myth ? util::ascii_upper(label) : label;
}

std::string category_cell(const std::string& category, Lang lang) {
  return std::string(model::categories().label(category, lang));
}

std::string group_label(const views::SpilloverGroup& group, Lang lang) {
  return group.label.empty() ? say(lang, Msg::no_named_era) : group.label.pick(lang);
}

// "Space Race (1957–1975)" for a named era, else the decade or years as typed.
std::string era_label(const views::SpilloverList& list, const views::SpilloverQuery& query, Lang lang) {
  if (list.named_era) return list.named_era->heading(lang);
  return query.era ? query.era->text : std::string();
}

std::string descent(const SpilloverRow& row, Lang lang) {
  std::string out = row.moment_title.pick(lang);
  if (!row.response_id.empty()) out += " › " + row.response_title.pick(lang);
  return out;
}

struct Headers {
  std::string year, name, category, lag, status, from;
};
// Terminal tables shout their headers; documents use sentence case.
Headers headers(Lang lang, bool for_document) {
  const auto h = [&](Msg m) { return for_document ? say(lang, m) : util::ascii_upper(say(lang, m)); };
  return {h(Msg::col_year), h(Msg::col_spillover), h(Msg::col_category),
          h(Msg::col_lag),  h(Msg::col_status),    h(Msg::col_descends_from)};
}

// The rows in display order, each with the heading of the group it opens (if any).
std::vector<std::pair<const SpilloverRow*, std::string>> ordered_rows(const views::SpilloverList& list, Lang lang) {
  std::vector<std::pair<const SpilloverRow*, std::string>> out;
  if (list.groups.empty()) {
    for (const auto& row : list.rows) out.emplace_back(&row, "");
    return out;
  }
  for (const auto& group : list.groups)
    for (std::size_t i = 0; i < group.rows.size(); ++i)
      out.emplace_back(&list.rows[group.rows[i]],
                       i == 0 ? fmt::format("{} · {}", group_label(group, lang), group.rows.size()) : "");
  return out;
}

std::string group_of(const views::SpilloverList& list, std::size_t row_index) {
  for (const auto& group : list.groups)
    for (std::size_t i : group.rows)
      if (i == row_index) return group.key;
  return {};
}

std::string summary_line(const views::SpilloverList& list, const views::SpilloverQuery& query) {
  const Lang lang = query.lang;
  std::vector<std::string> parts;
  parts.push_back(
      list.rows.size() == list.total
          ? say(lang, Msg::spill_count, fmt::arg("n", list.total),
                fmt::arg("s", plural_s(static_cast<long long>(list.total))))
          : say(lang, Msg::spill_count_limited, fmt::arg("shown", list.rows.size()), fmt::arg("total", list.total)));
  if (query.era) parts.push_back(say(lang, Msg::spill_era, fmt::arg("era", era_label(list, query, lang))));
  if (!query.categories.empty())
    parts.push_back(say(lang, Msg::spill_categories, fmt::arg("categories", util::join(query.categories, ", "))));
  if (!query.moment.empty()) parts.push_back(say(lang, Msg::spill_from, fmt::arg("moment", query.moment)));
  if (!query.text.empty()) parts.push_back(say(lang, Msg::spill_matching, fmt::arg("text", query.text)));
  parts.push_back(say(lang, Msg::spill_statuses, fmt::arg("statuses", util::join(query.statuses, ", "))));
  const bool myths_hidden =
      std::find(query.statuses.begin(), query.statuses.end(), model::status::myth) == query.statuses.end();
  return util::join(parts, " · ") + (myths_hidden ? say(lang, Msg::spill_myths_hidden) : std::string());
}

ordered_json query_json(const views::SpilloverList& list, const views::SpilloverQuery& query) {
  ordered_json era = nullptr;
  if (query.era)
    era = {{"spec", query.era->text},
           {"from", list.years.from ? ordered_json(*list.years.from) : ordered_json(nullptr)},
           {"to", list.years.to ? ordered_json(*list.years.to) : ordered_json(nullptr)},
           {"label", era_label(list, query, query.lang)}};
  return {{"era", era},
          {"categories", query.categories},
          {"moment", query.moment.empty() ? ordered_json(nullptr) : ordered_json(query.moment)},
          {"statuses", query.statuses},
          {"text", query.text.empty() ? ordered_json(nullptr) : ordered_json(query.text)},
          {"sort", query.sort == views::SpilloverSort::lag    ? "lag"
                   : query.sort == views::SpilloverSort::name ? "name"
                                                              : "year"},
          {"reverse", query.reverse},
          {"group_by", std::string(views::group_by_name(query.group_by))},
          {"limit", query.limit ? ordered_json(*query.limit) : ordered_json(nullptr)}};
}

ordered_json row_json(const SpilloverRow& row) {
  const auto link = [](const std::string& id, const model::Text& title) {
    return id.empty() ? ordered_json(nullptr) : ordered_json{{"id", id}, {"title", text_json(title)}};
  };
  return {{"id", row.id},
          {"year", row.year},
          {"date", row.date},
          {"precision", std::string(model::precision_name(row.precision))},
          {"title", text_json(row.title)},
          {"category", row.category},
          {"status", row.status},
          {"moment", link(row.moment_id, row.moment_title)},
          {"response", link(row.response_id, row.response_title)},
          {"lag_years", row.lag_years ? ordered_json(*row.lag_years) : ordered_json(nullptr)},
          {"era", row.era.empty() ? ordered_json(nullptr) : ordered_json(row.era)},
          {"decade", model::decade_label(row.decade)},
          {"country", row.country.empty() ? ordered_json(nullptr) : ordered_json(row.country)}};
}

// A row with the key of the group it is listed under, when grouped.
ordered_json row_json_in_group(const views::SpilloverList& list, std::size_t i) {
  ordered_json row = row_json(list.rows[i]);
  if (!list.groups.empty()) row["group"] = group_of(list, i);
  return row;
}

}  // namespace

std::string render_spillovers_text(const views::SpilloverList& list, const views::SpilloverQuery& query,
                                   const Style& style) {
  const Headers h = headers(style.lang, false);
  Table table{{{h.year}, {h.name, false, true}, {h.category}, {h.lag, true}, {h.status}}, {}};
  for (const auto& [row, heading] : ordered_rows(list, style.lang))
    table.rows.push_back({{year_cell(*row), row->title.pick(style.lang), category_cell(row->category, style.lang),
                           lag_cell(*row), status_cell(row->status, style.lang)},
                          "← " + descent(*row, style.lang),
                          row->status == model::status::myth,
                          heading});
  std::string out = list.rows.empty() ? std::string() : render_text_table(table, style);
  for (const auto& line : util::wrap(summary_line(list, query), style.width)) out += style.dim(line) + "\n";
  if (!list.facets.empty()) out += "\n" + render_facets_text(list.facets, style);
  return out;
}

std::string render_spillovers_json(const views::SpilloverList& list, const views::SpilloverQuery& query) {
  ordered_json rows = ordered_json::array();
  for (std::size_t i = 0; i < list.rows.size(); ++i) rows.push_back(row_json_in_group(list, i));
  ordered_json out = {{"format_version", kSpilloversFormatVersion},
                      {"query", query_json(list, query)},
                      {"total", list.total},
                      {"count", list.rows.size()},
                      {"rows", rows}};
  if (query.facets) out["facets"] = facets_json(list.facets, query.lang);
  // The query echoes what the user typed, which need not be UTF-8 (`--query $'\xff'`).
  return out.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

std::string render_spillovers_jsonl(const views::SpilloverList& list) {
  std::vector<std::size_t> indexes(list.rows.size());
  std::iota(indexes.begin(), indexes.end(), std::size_t{0});
  return json_lines(
      indexes, [&](std::size_t i) { return row_json_in_group(list, i); }, kSpilloversFormatVersion);
}

std::string render_spillovers_csv(const views::SpilloverList& list, const views::SpilloverQuery& query) {
  Table table{{{"id"},
               {"year", true},
               {"date"},
               {"title"},
               {"category"},
               {"status"},
               {"moment_id"},
               {"moment"},
               {"response_id"},
               {"response"},
               {"lag_years", true},
               {"era"},
               {"decade"},
               {"country"}},
              {}};
  const bool grouped = !list.groups.empty();
  if (grouped) table.columns.push_back({"group"});
  for (std::size_t i = 0; i < list.rows.size(); ++i) {
    const auto& r = list.rows[i];
    Row row{{r.id, std::to_string(r.year), r.date, r.title.pick(query.lang), r.category, r.status, r.moment_id,
             r.moment_title.pick(query.lang), r.response_id, r.response_title.pick(query.lang),
             r.lag_years ? std::to_string(*r.lag_years) : "", r.era, model::decade_label(r.decade), r.country}};
    if (grouped) row.cells.push_back(group_of(list, i));
    table.rows.push_back(std::move(row));
  }
  return render_csv(table);
}

std::string render_spillovers_markdown(const views::SpilloverList& list, const views::SpilloverQuery& query) {
  const Headers h = headers(query.lang, true);
  const auto columns = std::vector<Column>{{h.year}, {h.name}, {h.category}, {h.from}, {h.lag, true}, {h.status}};
  std::string out;
  Table table{columns, {}};
  const auto flush = [&] {
    if (!table.rows.empty()) out += render_markdown_table(table) + "\n";
    table.rows.clear();
  };
  for (const auto& [row, heading] : ordered_rows(list, query.lang)) {
    if (!heading.empty()) {
      flush();
      out += "### " + markdown_cell(heading) + "\n\n";
    }
    const std::string status = status_cell(row->status, query.lang);
    table.rows.push_back({{year_cell(*row), row->title.pick(query.lang), category_cell(row->category, query.lang),
                           descent(*row, query.lang), lag_cell(*row),
                           row->status == model::status::myth ? "**" + status + "**" : status}});
  }
  flush();
  out += "_" + markdown_cell(summary_line(list, query)) + "_\n";
  if (!list.facets.empty()) out += "\n" + render_facets_markdown(list.facets, query.lang);
  return out;
}

FormatTable<SpilloverOutput> spillover_formats() {
  static const ViewFormat<SpilloverOutput> kRows[] = {
      {Format::text,
       [](const SpilloverOutput& o, const Style& s) { return render_spillovers_text(o.list, o.query, s); }},
      {Format::json, [](const SpilloverOutput& o, const Style&) { return render_spillovers_json(o.list, o.query); }},
      {Format::jsonl, [](const SpilloverOutput& o, const Style&) { return render_spillovers_jsonl(o.list); }},
      {Format::csv, [](const SpilloverOutput& o, const Style&) { return render_spillovers_csv(o.list, o.query); }},
      {Format::md, [](const SpilloverOutput& o, const Style&) { return render_spillovers_markdown(o.list, o.query); }},
      {Format::ids,
       [](const SpilloverOutput& o, const Style&) {
         std::string ids;
         for (const auto& row : o.list.rows) ids += row.id + "\n";
         return ids;
       }},
  };
  return kRows;
}

}  // namespace sputnik::render
