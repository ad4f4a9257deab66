// SPDX-License-Identifier: MIT
#include "core/render/search_render.hpp"
#include "core/render/json.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/render/facet_render.hpp"
#include "core/render/messages.hpp"
#include "core/util/text.hpp"

namespace sputnik::render {
namespace {

using nlohmann::ordered_json;

std::string hit_header(const model::Hit& hit, const Style& style) {
  const auto& d = hit.data;
  std::string facts = std::string(model::type_name(d.type));
  if (!d.date.empty()) facts += " · " + d.date;
  if (!d.category.empty()) facts += " · " + d.category;
  if (d.status == model::status::myth || d.status == model::status::disputed) facts += " · " + d.status;
  return fmt::format("{:>3}. {}  {}\n     {}\n", hit.rank, style.bold(d.title.pick(style.lang)),
                     style.dim("[" + facts + "]"), style.accent(d.id));
}

// One line per analogy link: the reader's way from history to the AI race and back.
std::string link_lines(const model::HitData& d, const Style& style) {
  std::string out;
  for (const auto& l : d.links) {
    if (d.type == model::EntryType::analogy) continue;  // an analogy hit is itself the link
    const bool to_ai = d.type != model::EntryType::ai_event;
    const std::string line = fmt::format("{} {} ({}, {}): {} — sputnik show {}",
                                         say(style.lang, to_ai ? Msg::link_to_ai_race : Msg::link_to_history), l.date,
                                         l.phase, l.strength, l.title.pick(style.lang), l.analogy_id);
    const auto wrapped = util::wrap(line, style.width > 32 ? style.width - 7 : 25);
    for (std::size_t i = 0; i < wrapped.size(); ++i) out += (i == 0 ? "     " : "       ") + wrapped[i] + "\n";
  }
  return out;
}

}  // namespace

std::string render_search_text(const model::SearchResult& result, const model::SearchRequest& request,
                               const Style& style) {
  std::string out;
  for (const auto& hit : result.hits) {
    out += hit_header(hit, style);
    const std::string snippet = strip_marks(hit.snippet).empty() ? std::string() : hit.snippet;
    for (const auto& line : util::wrap(snippet, style.width > 25 ? style.width - 5 : 20))
      out += "     " + render_marks(line, style) + "\n";
    if (hit.partial && !hit.missing_terms.empty())
      out += "     " +
             style.dim(say(style.lang, Msg::search_missing, fmt::arg("words", util::join(hit.missing_terms, ", ")))) +
             "\n";
    out += link_lines(hit.data, style);
  }
  const unsigned first = request.offset + 1, last = request.offset + static_cast<unsigned>(result.hits.size());
  const Msg range = result.total_lower == result.total_upper ? Msg::search_range : Msg::search_range_about;
  out += style.dim(say(style.lang, range, fmt::arg("first", first), fmt::arg("last", last),
                       fmt::arg("total", result.total_estimate)) +
                   "\n");
  return out;
}

namespace {

ordered_json hit_json(const model::Hit& hit) {
  const auto& d = hit.data;
  ordered_json links = ordered_json::array();
  for (const auto& l : d.links)
    links.push_back({{"analogy", l.analogy_id},
                     {"id", l.id},
                     {"title", text_json(l.title)},
                     {"date", l.date},
                     {"phase", l.phase},
                     {"strength", l.strength}});
  return {{"rank", hit.rank},
          {"id", d.id},
          {"type", model::type_name(d.type)},
          {"date", d.date},
          {"year", d.year},
          {"title", text_json(d.title)},
          {"era", d.era},
          {"category", d.category},
          {"status", d.status},
          {"percent", hit.percent},
          {"snippet", strip_marks(hit.snippet)},
          {"snippet_html", marks_to_html(hit.snippet)},
          {"partial", hit.partial},
          {"matched_terms", hit.matched_terms},
          {"missing_terms", hit.missing_terms},
          {"links", links}};
}

}  // namespace

std::string render_search_jsonl(const model::SearchResult& result) {
  return json_lines(result.hits, hit_json, kSearchFormatVersion);
}

std::string render_search_json(const model::SearchResult& result, const model::SearchRequest& request,
                               const std::vector<views::Facet>* facets) {
  ordered_json hits = ordered_json::array();
  for (const auto& hit : result.hits) hits.push_back(hit_json(hit));
  ordered_json j = {
      {"format_version", kSearchFormatVersion},
      {"query", request.query},
      {"parsed_query", result.parsed_query},
      {"corrected_query",
       result.corrected_query.empty() ? ordered_json(nullptr) : ordered_json(result.corrected_query)},
      {"complete", result.complete},
      {"offset", request.offset},
      {"limit", request.limit},
      {"total", {{"lower", result.total_lower}, {"estimated", result.total_estimate}, {"upper", result.total_upper}}},
      {"hits", hits}};
  if (facets) j["facets"] = facets_json(*facets, request.lang);
  return j.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

FormatTable<SearchOutput> search_formats() {
  static const ViewFormat<SearchOutput> kRows[] = {
      {Format::text,
       [](const SearchOutput& o, const Style& style) {
         std::string out;
         if (o.explain) {
           for (const auto& line : o.result.explain)
             out += say(style.lang, Msg::search_explain, fmt::arg("line", line)) + "\n";
           out += fmt::format("parsed query: {}\n", o.result.parsed_query);
         }
         if (!o.result.hits.empty()) out += render_search_text(o.result, o.request, style);
         if (o.facets && !o.facets->empty()) out += "\n" + render_facets_text(*o.facets, style);
         return out;
       }},
      {Format::json,
       [](const SearchOutput& o, const Style&) { return render_search_json(o.result, o.request, o.facets); }},
      {Format::jsonl, [](const SearchOutput& o, const Style&) { return render_search_jsonl(o.result); }},
      {Format::ids,
       [](const SearchOutput& o, const Style&) {
         std::string ids;
         for (const auto& hit : o.result.hits) ids += hit.data.id + "\n";
         return ids;
       }},
  };
  return kRows;
}

}  // namespace sputnik::render
