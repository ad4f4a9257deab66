// SPDX-License-Identifier: MIT
#include "core/render/analogy_render.hpp"
#include "core/render/json.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/model/vocab.hpp"
#include "core/render/messages.hpp"
#include "core/render/offset_text.hpp"
#include "core/render/table.hpp"
#include "core/util/text.hpp"

namespace sputnik::render {
namespace {

using model::Lang;
using nlohmann::ordered_json;
using Lines = std::vector<std::string>;

constexpr const char* kDivider = " │ ";

std::string pad_to(const std::string& s, std::size_t width) {
  const std::size_t w = util::display_width(s);
  return s + std::string(width > w ? width - w : 0, ' ');
}

// A cell: the first line starts with its lead (an offset), the rest hang under the text.
Lines cell(const std::string& lead, const std::string& text, std::size_t width) {
  constexpr std::size_t kHang = 2;
  Lines out;
  // Wrapped two columns short so every line still fits once the hanging indent is added.
  const auto wrapped = util::wrap(lead.empty() ? text : lead + "  " + text, width > kHang + 8 ? width - kHang : width);
  for (std::size_t i = 0; i < wrapped.size(); ++i)
    out.push_back(i == 0 ? wrapped[i] : std::string(kHang, ' ') + wrapped[i]);
  return out;
}

std::string two_columns(const Lines& left, const Lines& right, std::size_t half) {
  std::string out;
  for (std::size_t i = 0; i < std::max(left.size(), right.size()); ++i) {
    const std::string l = i < left.size() ? left[i] : "", r = i < right.size() ? right[i] : "";
    std::string line = pad_to(l, half) + kDivider + r;
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

std::string offset_text(const model::Offset& o, Lang lang) { return format_offset(o, lang); }

std::string strength_label(const std::string& strength, Lang lang) {
  return std::string(model::strengths().label(strength, lang));
}

std::string link_block(const views::Link& link, bool from_history, const Style& style, std::size_t indent) {
  const auto& other = from_history ? link.ai : link.history;
  std::string out;
  const std::string heading =
      fmt::format("↔ {} {} ({} · {})", other.date_display, other.title.pick(style.lang),
                  phase_label(link.analogy.phase, style.lang), strength_label(link.analogy.strength, style.lang));
  const std::size_t room = style.width > indent + 20 ? style.width - indent : 20;
  for (const auto& line : util::wrap(heading, room)) out += std::string(indent, ' ') + style.accent(line) + "\n";
  out += paragraph(say(style.lang, Msg::fits) + link.analogy.fits.pick(style.lang), indent + 2, style);
  out += paragraph(say(style.lang, Msg::breaks) + link.analogy.breaks.pick(style.lang), indent + 2, style);
  out += style.dim(std::string(indent + 2, ' ') + "sputnik show " + link.analogy.id) + "\n";
  return out;
}

ordered_json entry_json(const store::DatedEntry& e) {
  return {{"id", e.id},
          {"type", std::string(model::type_name(e.type))},
          {"date", e.date_display},
          {"title", text_json(e.title)}};
}

ordered_json offset_json(const model::Offset& o) {
  ordered_json j = {{"months", o.months}, {"approximate", o.approximate}, {"label", format_offset(o, Lang::en)}};
  j["days"] = o.exact_days ? ordered_json(o.days) : ordered_json(nullptr);
  return j;
}

ordered_json link_json(const views::Link& l) {
  return {{"analogy", l.analogy.id},
          {"phase", l.analogy.phase},
          {"strength", l.analogy.strength},
          {"history", entry_json(l.history)},
          {"ai", entry_json(l.ai)},
          {"fits", text_json(l.analogy.fits)},
          {"breaks", text_json(l.analogy.breaks)}};
}

// What stands beside a history row when no AI-race event does.
std::string empty_beside(const views::AnalogyView& view, const views::AnalogyRow& row, Lang lang) {
  if (row.beyond_now) return say(lang, Msg::analogy_nothing_yet, fmt::arg("month", row.same_offset_month));
  if (row.beyond_record)
    return say(lang, Msg::analogy_not_recorded, fmt::arg("to", view.recorded_to->to_kb_string()),
               fmt::arg("month", row.same_offset_month));
  return "—";
}

std::string recorded_line(const std::optional<model::Date>& to, Lang lang) {
  return to ? say(lang, Msg::recorded_to, fmt::arg("to", to->to_kb_string())) : std::string();
}

ordered_json recorded_json(const std::optional<model::Date>& to) {
  return to ? ordered_json(to->to_kb_string()) : ordered_json(nullptr);
}

}  // namespace

std::string phase_label(std::string_view phase, Lang lang) { return std::string(model::phases().label(phase, lang)); }

// ---- analogy --------------------------------------------------------------------------

std::string render_analogy_text(const views::AnalogyView& view, const Style& style) {
  const Lang lang = style.lang;
  const std::size_t half = style.width > 40 ? (style.width - 3) / 2 : 20;
  std::string out;
  for (const auto& line :
       util::wrap(fmt::format("{} ({})  ↔  {} ({})", view.moment.title.pick(lang), view.moment.date_display,
                              view.t0.title.pick(lang), view.t0.date_display),
                  style.width))
    out += style.bold(line) + "\n";
  out += paragraph(say(lang, Msg::analogy_intro, fmt::arg("moment_date", view.moment.date_display),
                       fmt::arg("t0_title", view.t0.title.pick(lang)), fmt::arg("t0_date", view.t0.date_display),
                       fmt::arg("as_of", view.as_of.to_kb_string()), fmt::arg("now", offset_text(view.now, lang))),
                   0, style);
  if (view.recorded_to) out += paragraph(recorded_line(view.recorded_to, lang), 0, style);
  if (view.link_count == 0) out += "\n" + paragraph(say(lang, Msg::analogy_no_links), 0, style);
  std::string phase;
  for (const auto& row : view.rows) {
    if (row.phase != phase) {
      phase = row.phase;
      out += "\n" + style.bold(phase_label(phase, lang)) + "\n";
    }
    Lines right;
    for (const auto& ai : row.ai_beside) {
      auto c = cell(offset_text(ai.offset, lang), ai.entry.title.pick(lang), half);
      right.insert(right.end(), c.begin(), c.end());
    }
    if (right.empty()) right.push_back(empty_beside(view, row, lang));
    out += two_columns(cell(offset_text(row.history.offset, lang) + " " + row.history.entry.date_display,
                            row.history.entry.title.pick(lang), half),
                       right, half);
    for (const auto& link : row.links) out += link_block(link, true, style, 2);
  }
  const auto next = view.next();
  if (!next.empty()) {
    out += "\n" + style.bold(say(lang, Msg::analogy_next_heading)) + "\n";
    for (const auto* row : next)
      out += paragraph(
          say(lang, Msg::analogy_next_row, fmt::arg("offset", offset_text(row->history.offset, lang)),
              fmt::arg("date", row->history.entry.date_display), fmt::arg("title", row->history.entry.title.pick(lang)),
              fmt::arg("month", row->same_offset_month)),
          2, style);
  }
  return out;
}

std::string render_analogy_json(const views::AnalogyView& view) {
  ordered_json rows = ordered_json::array(), next = ordered_json::array();
  for (const auto& row : view.rows) {
    ordered_json beside = ordered_json::array(), links = ordered_json::array();
    for (const auto& ai : row.ai_beside)
      beside.push_back({{"entry", entry_json(ai.entry)}, {"offset", offset_json(ai.offset)}});
    for (const auto& l : row.links) links.push_back(link_json(l));
    rows.push_back({{"phase", row.phase},
                    {"history", entry_json(row.history.entry)},
                    {"offset", offset_json(row.history.offset)},
                    {"ai_same_offset", beside},
                    {"beyond_now", row.beyond_now},
                    {"beyond_record", row.beyond_record},
                    {"same_offset_month", row.same_offset_month},
                    {"links", links}});
  }
  for (const auto* row : view.next())
    next.push_back({{"history", entry_json(row->history.entry)},
                    {"offset", offset_json(row->history.offset)},
                    {"same_offset_month", row->same_offset_month}});
  return ordered_json{{"format_version", kAnalogyFormatVersion},
                      {"moment", entry_json(view.moment)},
                      {"t0", entry_json(view.t0)},
                      {"as_of", view.as_of.to_kb_string()},
                      {"now", offset_json(view.now)},
                      {"ai_race_recorded_to", recorded_json(view.recorded_to)},
                      {"link_count", view.link_count},
                      {"rows", rows},
                      {"next", next}}
             .dump(2) +
         "\n";
}

std::string render_analogy_markdown(const views::AnalogyView& view, Lang lang) {
  std::string out =
      fmt::format("## {} ({}) ↔ {} ({})\n\n", markdown_cell(view.moment.title.pick(lang)), view.moment.date_display,
                  markdown_cell(view.t0.title.pick(lang)), view.t0.date_display);
  if (view.recorded_to) out += "_" + recorded_line(view.recorded_to, lang) + "_\n\n";
  std::string phase;
  Table table{{{say(lang, Msg::col_offset)}, {say(lang, Msg::history)}, {say(lang, Msg::col_ai_same_offset)}}, {}};
  std::string links;
  const auto flush = [&] {
    if (!table.rows.empty()) out += render_markdown_table(table) + "\n" + links;
    table.rows.clear();
    links.clear();
  };
  for (const auto& row : view.rows) {
    if (row.phase != phase) {
      flush();
      phase = row.phase;
      out += "### " + phase_label(phase, lang) + "\n\n";
    }
    Lines ai;
    for (const auto& a : row.ai_beside) ai.push_back(offset_text(a.offset, lang) + ": " + a.entry.title.pick(lang));
    if (ai.empty()) ai.push_back(empty_beside(view, row, lang));
    table.rows.push_back(
        Row({offset_text(row.history.offset, lang),
             row.history.entry.date_display + " " + row.history.entry.title.pick(lang), util::join(ai, "; ")}));
    for (const auto& l : row.links)
      links += fmt::format("- **{} ↔ {}** ({} · {}). {} {} {} {}\n", markdown_cell(l.history.title.pick(lang)),
                           markdown_cell(l.ai.title.pick(lang)), phase_label(l.analogy.phase, lang),
                           strength_label(l.analogy.strength, lang), say(lang, Msg::fits_md),
                           markdown_cell(l.analogy.fits.pick(lang)), say(lang, Msg::breaks_md),
                           markdown_cell(l.analogy.breaks.pick(lang)));
  }
  flush();
  if (!links.empty()) out += "\n";
  const auto next = view.next();
  if (!next.empty()) {
    out += "### " + say(lang, Msg::analogy_next_heading_md) + "\n\n";
    for (const auto* row : next)
      out +=
          fmt::format("- {} ({}): {} → {}\n", offset_text(row->history.offset, lang), row->history.entry.date_display,
                      markdown_cell(row->history.entry.title.pick(lang)), row->same_offset_month);
  }
  return out;
}

// ---- narrative ------------------------------------------------------------------------

std::string render_narrative_text(const views::Narrative& story, const Style& style) {
  const Lang lang = style.lang;
  std::string out = style.bold(say(lang, Msg::narrative_heading)) + "\n";
  out += style.dim(fmt::format("t0 = {} ({})", story.t0.title.pick(lang), story.t0.date_display)) + "\n";
  if (story.recorded_to) out += style.dim(recorded_line(story.recorded_to, lang)) + "\n";
  for (const auto& item : story.items) {
    out += "\n" + style.bold(fmt::format("{}  {}", item.event.date_display, item.event.title.pick(lang))) + "  " +
           style.dim(offset_text(item.offset, lang)) + "\n";
    out += paragraph(item.event.summary.pick(lang), 2, style);
    for (const auto& p : item.parallels) out += link_block(p, false, style, 2);
  }
  return out;
}

namespace {
ordered_json narrative_item_json(const views::NarrativeItem& item) {
  ordered_json parallels = ordered_json::array();
  for (const auto& p : item.parallels) parallels.push_back(link_json(p));
  return {{"event", entry_json(item.event)},
          {"summary", text_json(item.event.summary)},
          {"offset", offset_json(item.offset)},
          {"parallels", parallels}};
}
}  // namespace

std::string render_narrative_jsonl(const views::Narrative& story) {
  return json_lines(story.items, narrative_item_json, kAnalogyFormatVersion);
}

std::string render_narrative_json(const views::Narrative& story) {
  ordered_json items = ordered_json::array();
  for (const auto& item : story.items) items.push_back(narrative_item_json(item));
  return ordered_json{{"format_version", kAnalogyFormatVersion},
                      {"t0", entry_json(story.t0)},
                      {"ai_race_recorded_to", recorded_json(story.recorded_to)},
                      {"items", items}}
             .dump(2) +
         "\n";
}

std::string render_narrative_markdown(const views::Narrative& story, Lang lang) {
  std::string out = "## " + say(lang, Msg::narrative_heading) + "\n\n";
  if (story.recorded_to) out += "_" + recorded_line(story.recorded_to, lang) + "_\n\n";
  for (const auto& item : story.items) {
    out += fmt::format("### {} — {}\n\n{}\n\n", item.event.date_display, markdown_cell(item.event.title.pick(lang)),
                       markdown_cell(item.event.summary.pick(lang)));
    for (const auto& p : item.parallels)
      out += fmt::format("- ↔ **{} ({})** ({} · {}). {} {} {} {}\n", markdown_cell(p.history.title.pick(lang)),
                         p.history.date_display, phase_label(p.analogy.phase, lang),
                         strength_label(p.analogy.strength, lang), say(lang, Msg::fits_md),
                         markdown_cell(p.analogy.fits.pick(lang)), say(lang, Msg::breaks_md),
                         markdown_cell(p.analogy.breaks.pick(lang)));
    if (!item.parallels.empty()) out += "\n";
  }
  return out;
}

// ---- compare --------------------------------------------------------------------------

namespace {

std::string optional_offset(const std::optional<model::Offset>& o, Lang lang) {
  return o ? offset_text(*o, lang) : "—";
}

// "USD 5 billion", "JPY 57 billion", "GBP 350 million" — the way reports write sums.
std::string amount(double value, Lang lang) {
  if (lang == Lang::ja) {
    if (value >= 1e12) return fmt::format("{:.3g}兆", value / 1e12);
    if (value >= 1e8) return fmt::format("{:.4g}億", value / 1e8);
    if (value >= 1e4) return fmt::format("{:.4g}万", value / 1e4);
    return fmt::format("{:.4g}", value);
  }
  if (value >= 1e12) return fmt::format("{:.3g} trillion", value / 1e12);
  if (value >= 1e9) return fmt::format("{:.3g} billion", value / 1e9);
  if (value >= 1e6) return fmt::format("{:.3g} million", value / 1e6);
  return fmt::format("{:.4g}", value);
}

std::string money_text(const views::MomentProfile& p, Lang lang) {
  if (p.money.empty()) return "—";
  const auto& f = p.money.front();
  return fmt::format("{} {} ({})", f.unit, amount(f.value, lang), f.what.pick(lang));
}

std::string lag_text(const views::MomentProfile& p, Lang lang) {
  if (!p.median_lag) return "—";
  return say(lang, Msg::lag_median, fmt::arg("median", fmt::format("{:g}", *p.median_lag)),
             fmt::arg("s", *p.median_lag == 1 ? "" : "s"), fmt::arg("min", p.min_lag), fmt::arg("max", p.max_lag));
}

struct Metric {
  std::string name, a, b;
};

std::vector<Metric> metrics(const views::MomentProfile& a, const views::MomentProfile& b, Lang lang) {
  return {{say(lang, Msg::metric_first_response), optional_offset(a.first_response, lang),
           optional_offset(b.first_response, lang)},
          {say(lang, Msg::metric_first_institution), optional_offset(a.first_institution, lang),
           optional_offset(b.first_institution, lang)},
          {say(lang, Msg::metric_responses), std::to_string(a.responses), std::to_string(b.responses)},
          {say(lang, Msg::metric_largest_sum), money_text(a, lang), money_text(b, lang)},
          {say(lang, Msg::metric_spillovers), std::to_string(a.spillovers), std::to_string(b.spillovers)},
          {say(lang, Msg::metric_years_to_spillovers), lag_text(a, lang), lag_text(b, lang)},
          {say(lang, Msg::metric_ai_links), std::to_string(a.links), std::to_string(b.links)}};
}

std::vector<const views::Timed*> in_phase(const views::MomentProfile& p, const std::string& phase) {
  std::vector<const views::Timed*> out;
  for (const auto& t : p.entries)
    if (t.entry.phase == phase) out.push_back(&t);
  return out;
}

}  // namespace

std::string render_compare_text(const views::MomentProfile& a, const views::MomentProfile& b, const Style& style) {
  const Lang lang = style.lang;
  const std::size_t half = style.width > 40 ? (style.width - 3) / 2 : 20;
  std::string out = two_columns(cell("", a.moment.title.pick(lang) + " (" + a.moment.date_display + ")", half),
                                cell("", b.moment.title.pick(lang) + " (" + b.moment.date_display + ")", half), half);
  out += "\n";
  for (const auto& m : metrics(a, b, lang)) {
    out += style.bold(m.name) + "\n";
    out += two_columns(cell("", m.a, half), cell("", m.b, half), half);
  }
  for (const auto& term : model::phases().terms()) {
    const std::string_view phase = term.id;
    const auto left = in_phase(a, std::string(phase)), right = in_phase(b, std::string(phase));
    if (left.empty() && right.empty()) continue;
    out += "\n" + style.bold(phase_label(phase, lang)) + "\n";
    for (std::size_t i = 0; i < std::max(left.size(), right.size()); ++i) {
      const auto side = [&](const std::vector<const views::Timed*>& v) {
        return i < v.size() ? cell(offset_text(v[i]->offset, lang), v[i]->entry.title.pick(lang), half) : Lines{};
      };
      out += two_columns(side(left), side(right), half);
    }
  }
  return out;
}

std::string render_compare_json(const views::MomentProfile& a, const views::MomentProfile& b) {
  const auto profile = [](const views::MomentProfile& p) {
    ordered_json entries = ordered_json::array(), money = ordered_json::array();
    for (const auto& t : p.entries)
      entries.push_back({{"phase", t.entry.phase}, {"entry", entry_json(t.entry)}, {"offset", offset_json(t.offset)}});
    for (const auto& f : p.money)
      money.push_back({{"value", f.value},
                       {"unit", f.unit},
                       {"what", text_json(f.what)},
                       {"year", f.year ? ordered_json(*f.year) : ordered_json(nullptr)}});
    const auto opt = [](const std::optional<model::Offset>& o) { return o ? offset_json(*o) : ordered_json(nullptr); };
    return ordered_json{
        {"moment", entry_json(p.moment)},
        {"first_response", opt(p.first_response)},
        {"first_institution", opt(p.first_institution)},
        {"responses", p.responses},
        {"money", money},
        {"spillovers", p.spillovers},
        {"lag_years", p.median_lag ? ordered_json{{"median", *p.median_lag}, {"min", p.min_lag}, {"max", p.max_lag}}
                                   : ordered_json(nullptr)},
        {"links", p.links},
        {"entries", entries}};
  };
  return ordered_json{{"format_version", kAnalogyFormatVersion}, {"a", profile(a)}, {"b", profile(b)}}.dump(2) + "\n";
}

std::string render_compare_markdown(const views::MomentProfile& a, const views::MomentProfile& b, Lang lang) {
  Table summary{{{""},
                 {a.moment.title.pick(lang) + " (" + a.moment.date_display + ")"},
                 {b.moment.title.pick(lang) + " (" + b.moment.date_display + ")"}},
                {}};
  for (const auto& m : metrics(a, b, lang)) summary.rows.push_back(Row({m.name, m.a, m.b}));
  std::string out = render_markdown_table(summary);
  for (const auto& term : model::phases().terms()) {
    const std::string_view phase = term.id;
    const auto left = in_phase(a, std::string(phase)), right = in_phase(b, std::string(phase));
    if (left.empty() && right.empty()) continue;
    Table table{{{a.moment.title.pick(lang)}, {b.moment.title.pick(lang)}}, {}};
    for (std::size_t i = 0; i < std::max(left.size(), right.size()); ++i) {
      const auto side = [&](const std::vector<const views::Timed*>& v) {
        return i < v.size() ? offset_text(v[i]->offset, lang) + ": " + v[i]->entry.title.pick(lang) : std::string();
      };
      table.rows.push_back(Row({side(left), side(right)}));
    }
    out += "\n### " + phase_label(phase, lang) + "\n\n" + render_markdown_table(table);
  }
  return out;
}

// ---- similar --------------------------------------------------------------------------

std::string render_similar_text(const std::string& id, const model::SimilarResult& result, const Style& style) {
  std::string out = paragraph(
      say(style.lang, Msg::similar_words, fmt::arg("id", id), fmt::arg("terms", util::join(result.expand_terms, ", "))),
      0, style);
  for (const auto& s : result.hits) {
    const auto& d = s.hit.data;
    out += fmt::format(
        "{:>3}. {}  {}\n", s.hit.rank, style.bold(d.title.pick(style.lang)),
        style.dim("[" + std::string(model::type_name(d.type)) + (d.date.empty() ? "" : " · " + d.date) + "]"));
    out += "     " + style.accent(d.id) + "\n";
    out += paragraph(say(style.lang, Msg::similar_shares) + util::join(s.shared_terms, ", "), 5, style);
  }
  return out;
}

namespace {
ordered_json similar_hit_json(const model::SimilarHit& s) {
  return {{"rank", s.hit.rank},
          {"id", s.hit.data.id},
          {"type", std::string(model::type_name(s.hit.data.type))},
          {"date", s.hit.data.date},
          {"title", text_json(s.hit.data.title)},
          {"percent", s.hit.percent},
          {"shared_terms", s.shared_terms}};
}
}  // namespace

std::string render_similar_jsonl(const model::SimilarResult& result) {
  return json_lines(result.hits, similar_hit_json, kAnalogyFormatVersion);
}

std::string render_similar_json(const std::string& id, const model::SimilarResult& result) {
  ordered_json hits = ordered_json::array();
  for (const auto& s : result.hits) hits.push_back(similar_hit_json(s));
  return ordered_json{
             {"format_version", kAnalogyFormatVersion}, {"id", id}, {"terms", result.expand_terms}, {"hits", hits}}
             .dump(2) +
         "\n";
}

FormatTable<views::AnalogyView> analogy_formats() {
  using V = views::AnalogyView;
  static const ViewFormat<V> kRows[] = {
      {Format::text, [](const V& v, const Style& s) { return render_analogy_text(v, s); }},
      {Format::json, [](const V& v, const Style&) { return render_analogy_json(v); }},
      {Format::md, [](const V& v, const Style& s) { return render_analogy_markdown(v, s.lang); }},
  };
  return kRows;
}

FormatTable<views::Narrative> narrative_formats() {
  using V = views::Narrative;
  static const ViewFormat<V> kRows[] = {
      {Format::text, [](const V& v, const Style& s) { return render_narrative_text(v, s); }},
      {Format::json, [](const V& v, const Style&) { return render_narrative_json(v); }},
      {Format::jsonl, [](const V& v, const Style&) { return render_narrative_jsonl(v); }},
      {Format::md, [](const V& v, const Style& s) { return render_narrative_markdown(v, s.lang); }},
  };
  return kRows;
}

FormatTable<CompareOutput> compare_formats() {
  using V = CompareOutput;
  static const ViewFormat<V> kRows[] = {
      {Format::text, [](const V& v, const Style& s) { return render_compare_text(v.a, v.b, s); }},
      {Format::json, [](const V& v, const Style&) { return render_compare_json(v.a, v.b); }},
      {Format::md, [](const V& v, const Style& s) { return render_compare_markdown(v.a, v.b, s.lang); }},
  };
  return kRows;
}

FormatTable<SimilarOutput> similar_formats() {
  using V = SimilarOutput;
  static const ViewFormat<V> kRows[] = {
      {Format::text, [](const V& v, const Style& s) { return render_similar_text(v.id, v.result, s); }},
      {Format::json, [](const V& v, const Style&) { return render_similar_json(v.id, v.result); }},
      {Format::jsonl, [](const V& v, const Style&) { return render_similar_jsonl(v.result); }},
      {Format::ids,
       [](const V& v, const Style&) {
         std::string ids;
         for (const auto& s : v.result.hits) ids += s.hit.data.id + "\n";
         return ids;
       }},
  };
  return kRows;
}

}  // namespace sputnik::render
