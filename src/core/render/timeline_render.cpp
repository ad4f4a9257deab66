// SPDX-License-Identifier: MIT
#include "core/render/timeline_render.hpp"
#include "core/render/json.hpp"

#include <fmt/format.h>
#include <map>
#include <nlohmann/json.hpp>

#include "core/render/escape.hpp"
#include "core/render/messages.hpp"
#include "core/render/table.hpp"
#include "core/util/text.hpp"

namespace sputnik::render {
namespace {

using model::Lang;
using nlohmann::ordered_json;
using views::Timeline;
using views::TimelineItem;

constexpr std::size_t kItemsPerSlide = 8;

std::string lane_name(views::Lane lane, Lang lang) {
  return say(lang, lane == views::Lane::ai ? Msg::ai_race : Msg::history);
}

std::string era_name(const Timeline& tl, const std::string& id) {
  for (const auto& e : tl.eras)
    if (e.id == id) return e.name.pick(tl.lang);
  return say(tl.lang, Msg::other);
}

// Items grouped by era, eras in time order, items without one last.
std::vector<std::pair<std::string, std::vector<const TimelineItem*>>> by_era(const Timeline& tl) {
  std::vector<std::pair<std::string, std::vector<const TimelineItem*>>> groups;
  for (const auto& era : tl.eras) groups.push_back({era.id, {}});
  groups.push_back({"", {}});
  for (const auto& item : tl.items) {
    auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == item.entry.era; });
    (it == groups.end() ? groups.back() : *it).second.push_back(&item);
  }
  std::erase_if(groups, [](const auto& g) { return g.second.empty(); });
  return groups;
}

ordered_json source_json(const model::Source& s) {
  return {{"id", s.id}, {"title", s.title}, {"publisher", s.publisher}, {"year", s.year}, {"url", s.url}};
}

std::string dump(const ordered_json& j) { return j.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n"; }

}  // namespace

std::string timeline_title(const Timeline& tl) {
  const auto& s = tl.selection;
  if (!s.title.empty()) return s.title;
  if (!s.moment_title.empty()) return s.moment_title.pick(tl.lang);
  if (s.ai_only) return say(tl.lang, Msg::title_ai_race);
  if (!s.text.empty()) return say(tl.lang, Msg::title_search, fmt::arg("text", s.text));
  if (!s.era.empty()) return say(tl.lang, Msg::title_era, fmt::arg("era", s.era));
  return say(tl.lang, Msg::title_everything);
}

std::string source_line(const model::Source& s) {
  return fmt::format("{}, {}, {}, {}", one_line(s.title), one_line(s.publisher), s.year, s.url);
}

// ---- the format table ----------------------------------------------------------------

FormatTable<Timeline> timeline_formats() {
  static const ViewFormat<Timeline> kRows[] = {
      {Format::md, [](const Timeline& tl, const Style&) { return timeline_markdown(tl); }},
      {Format::csv, [](const Timeline& tl, const Style&) { return timeline_csv(tl); }},
      {Format::json, [](const Timeline& tl, const Style&) { return timeline_json(tl); }},
      {Format::timelinejs, [](const Timeline& tl, const Style&) { return timeline_timelinejs(tl); }},
      {Format::mermaid, [](const Timeline& tl, const Style&) { return timeline_mermaid(tl); }},
      {Format::markwhen, [](const Timeline& tl, const Style&) { return timeline_markwhen(tl); }},
      {Format::marp, [](const Timeline& tl, const Style&) { return timeline_marp(tl); }},
      {Format::html, [](const Timeline& tl, const Style&) { return timeline_html(tl); }},
      {Format::svg, [](const Timeline& tl, const Style&) { return timeline_svg(tl); }},
      {Format::pptx, nullptr,
       [](const Timeline& tl, const Style&, const std::filesystem::path& path) {
         return write_timeline_pptx(tl, path);
       }},
  };
  return kRows;
}

std::string render_timeline(const Timeline& tl, Format format) {
  return render_as(timeline_formats(), format, tl, Style{false, 80, tl.lang});
}

// ---- Markdown -------------------------------------------------------------------------

std::string timeline_markdown(const Timeline& tl) {
  const Lang lang = tl.lang;
  std::string out = "# " + markdown_inline(timeline_title(tl)) + "\n\n";
  std::vector<std::string> footnotes;
  std::map<std::string, std::size_t> footnote_of;  // a source cited twice keeps its number
  for (const auto& [era, items] : by_era(tl)) {
    out += "## " + markdown_inline(era_name(tl, era)) + "\n\n";
    Table table{{{say(lang, Msg::col_date)}, {say(lang, Msg::col_event)}, {say(lang, Msg::col_type)}}, {}};
    if (tl.two_lanes) table.columns.push_back({say(lang, Msg::col_lane)});
    for (const auto* item : items) {
      std::string event = item->entry.title.pick(lang);
      for (const auto& s : item->sources) {
        auto [it, added] = footnote_of.emplace(s.id, footnotes.size() + 1);
        if (added) footnotes.push_back(source_line(s));
        event += fmt::format("[^{}]", it->second);
      }
      Row row({item->entry.date_display, event, std::string(model::type_name(item->entry.type))});
      if (tl.two_lanes) row.cells.push_back(lane_name(item->lane, lang));
      table.rows.push_back(std::move(row));
    }
    out += render_markdown_table(table) + "\n";
  }
  if (!tl.links.empty()) {
    out += "## " + say(lang, Msg::analogy_links) + "\n\n";
    for (const auto& l : tl.links)
      out += fmt::format("- `{}` ↔ `{}` ({}, {}): {}\n", l.from, l.to, l.analogy.phase, l.analogy.strength,
                         markdown_inline(l.analogy.fits.pick(lang)));
    out += "\n";
  }
  for (std::size_t i = 0; i < footnotes.size(); ++i)
    out += fmt::format("[^{}]: {}\n", i + 1, markdown_cell(footnotes[i]));
  return out;
}

// ---- CSV ------------------------------------------------------------------------------

std::string timeline_csv(const Timeline& tl) {
  Table table{{{"id"},
               {"lane"},
               {"type"},
               {"date"},
               {"year", true},
               {"month", true},
               {"day", true},
               {"title"},
               {"summary"},
               {"era"},
               {"phase"},
               {"kind"}},
              {}};
  if (tl.cite) table.columns.push_back({"sources"});
  for (const auto& item : tl.items) {
    const auto& e = item.entry;
    Row row({e.id, item.lane == views::Lane::ai ? "ai" : "history", std::string(model::type_name(e.type)),
             e.date_display, std::to_string(e.date.year), e.date.month ? std::to_string(e.date.month) : "",
             e.date.day ? std::to_string(e.date.day) : "", e.title.pick(tl.lang), e.summary.pick(tl.lang),
             item.entry.era, e.phase, e.kind});
    if (tl.cite) {
      std::vector<std::string> lines;
      for (const auto& s : item.sources) lines.push_back(source_line(s));
      row.cells.push_back(util::join(lines, "\n"));
    }
    table.rows.push_back(std::move(row));
  }
  return render_csv(table);
}

// ---- JSON -----------------------------------------------------------------------------

std::string timeline_json(const Timeline& tl) {
  ordered_json items = ordered_json::array(), eras = ordered_json::array(), links = ordered_json::array();
  for (const auto& item : tl.items) {
    const auto& e = item.entry;
    ordered_json j = {{"id", e.id},
                      {"lane", item.lane == views::Lane::ai ? "ai" : "history"},
                      {"type", std::string(model::type_name(e.type))},
                      {"date", e.date_display},
                      {"year", e.date.year},
                      {"month", e.date.month ? ordered_json(e.date.month) : ordered_json(nullptr)},
                      {"day", e.date.day ? ordered_json(e.date.day) : ordered_json(nullptr)},
                      {"precision", std::string(model::precision_name(e.date.precision))},
                      {"title", text_json(e.title)},
                      {"summary", text_json(e.summary)},
                      {"era", item.entry.era.empty() ? ordered_json(nullptr) : ordered_json(item.entry.era)},
                      {"phase", e.phase},
                      {"kind", e.kind}};
    if (tl.cite) {
      j["sources"] = ordered_json::array();
      for (const auto& s : item.sources) j["sources"].push_back(source_json(s));
    }
    items.push_back(std::move(j));
  }
  for (const auto& era : tl.eras)
    eras.push_back({{"id", era.id}, {"name", text_json(era.name)}, {"start", era.start}, {"end", era.end}});
  for (const auto& l : tl.links)
    links.push_back({{"analogy", l.analogy.id},
                     {"from", l.from},
                     {"to", l.to},
                     {"phase", l.analogy.phase},
                     {"strength", l.analogy.strength},
                     {"fits", text_json(l.analogy.fits)},
                     {"breaks", text_json(l.analogy.breaks)}});
  return dump({{"format_version", kTimelineFormatVersion},
               {"title", timeline_title(tl)},
               {"lang", model::lang_code(tl.lang)},
               {"items", items},
               {"eras", eras},
               {"links", links}});
}

// ---- TimelineJS3 ----------------------------------------------------------------------

std::string timeline_timelinejs(const Timeline& tl) {
  ordered_json events = ordered_json::array(), eras = ordered_json::array();
  for (const auto& item : tl.items) {
    const auto& e = item.entry;
    ordered_json date = {{"year", e.date.year}};
    if (e.date.month) date["month"] = e.date.month;
    if (e.date.day) date["day"] = e.date.day;
    date["display_date"] = e.date_display;
    // TimelineJS renders headline and text as HTML: everything from the kb is escaped.
    std::string text = "<p>" + xml_escape(e.summary.pick(tl.lang)) + "</p>";
    if (!item.sources.empty()) {
      text += "<ol class=\"sources\">";
      for (const auto& s : item.sources) text += "<li>" + xml_escape(source_line(s)) + "</li>";
      text += "</ol>";
    }
    ordered_json slide = {{"unique_id", e.id},
                          {"start_date", date},
                          {"text", {{"headline", xml_escape(e.title.pick(tl.lang))}, {"text", text}}},
                          {"group", tl.two_lanes ? lane_name(item.lane, tl.lang) : era_name(tl, item.entry.era)},
                          {"autolink", false}};
    events.push_back(std::move(slide));
  }
  for (const auto& era : tl.eras)
    eras.push_back({{"start_date", {{"year", era.start}}},
                    {"end_date", {{"year", era.end}}},
                    {"text", {{"headline", xml_escape(era.name.pick(tl.lang))}}}});
  return dump({{"title", {{"text", {{"headline", xml_escape(timeline_title(tl))}, {"text", ""}}}}},
               {"events", events},
               {"eras", eras}});
}

// ---- Mermaid --------------------------------------------------------------------------

std::string timeline_mermaid(const Timeline& tl) {
  std::string out = "timeline\n    title " + mermaid_event(timeline_title(tl)) + "\n";
  for (const auto& [era, items] : by_era(tl)) {
    out += "    section " + mermaid_period(era_name(tl, era)) + "\n";
    std::string period;
    for (const auto* item : items) {
      const std::string p = mermaid_period(item->entry.date_display);
      const std::string event = mermaid_event(item->entry.title.pick(tl.lang));
      // Items of the same period share its line as further events.
      out += p == period ? "          : " + event + "\n" : "        " + p + " : " + event + "\n";
      period = p;
    }
  }
  return out;
}

// ---- Markwhen -------------------------------------------------------------------------

namespace {

// Markwhen reads "#word" as a tag; a space after '#' keeps the text as typed. Its viewers
// render event text as Markdown, where a raw "<script>" would be HTML: '<' and '>' are
// backslash-escaped as in the Markdown export.
std::string markwhen_text(std::string_view text) {
  std::string out;
  const std::string line = one_line(text);
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '<' || line[i] == '>') out += '\\';
    out += line[i];
    if (line[i] == '#' && i + 1 < line.size() && line[i + 1] != ' ') out += ' ';
  }
  return out;
}

std::string markwhen_date(const store::DatedEntry& e) {
  const auto& d = e.date;
  if (d.precision == model::Precision::decade) return fmt::format("{}/{}", d.year, d.year + 9);
  if (d.day > 0) return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
  if (d.month > 0) return fmt::format("{:04}-{:02}", d.year, d.month);
  return fmt::format("{:04}", d.year);
}

}  // namespace

std::string timeline_markwhen(const Timeline& tl) {
  std::string out = "---\ntitle: " + markwhen_text(timeline_title(tl)) + "\n---\n\n";
  for (const auto& [era, items] : by_era(tl)) {
    out += "section " + markwhen_text(era_name(tl, era)) + "\n";
    for (const auto* item : items) {
      std::string line = markwhen_date(item->entry) + ": " + markwhen_text(item->entry.title.pick(tl.lang));
      if (item->entry.date.precision == model::Precision::circa) line += say(tl.lang, Msg::circa_suffix);
      out += line + "\n";
      for (const auto& s : item->sources)
        out += "  " + markwhen_text(say(tl.lang, Msg::source_prefix) + source_line(s)) + "\n";
    }
    out += "endSection\n\n";
  }
  return out;
}

// ---- Marp -----------------------------------------------------------------------------

namespace {

// Speaker notes are HTML comments; "--" may not appear inside one.
std::string note_text(std::string_view text) {
  std::string out = one_line(text);
  for (std::size_t at; (at = out.find("--")) != std::string::npos;) out.replace(at, 2, "‐‐");
  return out;
}

}  // namespace

std::string timeline_marp(const Timeline& tl) {
  const Lang lang = tl.lang;
  std::string out = "---\nmarp: true\ntheme: default\npaginate: true\nsize: 16:9\n";
  out += std::string("lang: ") + model::lang_code(lang) + "\n---\n\n";
  out += "<!-- _class: lead -->\n\n# " + markdown_inline(timeline_title(tl)) + "\n\n";
  out += markdown_inline(say(lang, Msg::n_events, fmt::arg("n", tl.items.size()))) + "\n";
  for (const auto& [era, items] : by_era(tl)) {
    const std::size_t pages = (items.size() + kItemsPerSlide - 1) / kItemsPerSlide;
    for (std::size_t page = 0; page < pages; ++page) {
      out += "\n---\n\n## " + markdown_inline(era_name(tl, era));
      if (pages > 1) out += fmt::format(" ({}/{})", page + 1, pages);
      out += "\n\n";
      std::vector<std::string> notes;
      for (std::size_t i = page * kItemsPerSlide; i < std::min(items.size(), (page + 1) * kItemsPerSlide); ++i) {
        const auto* item = items[i];
        out += "- **" + markdown_inline(item->entry.date_display) + "** " +
               markdown_inline(item->entry.title.pick(lang)) + "\n";
        for (const auto& s : item->sources) notes.push_back(note_text(item->entry.id + " — " + source_line(s)));
      }
      if (!notes.empty()) {
        out += "\n<!--\n" + say(lang, Msg::slide_sources) + "\n";
        for (const auto& n : notes) out += "- " + n + "\n";
        out += "-->\n";
      }
    }
  }
  return out;
}

}  // namespace sputnik::render
