// SPDX-License-Identifier: MIT
#include "core/render/show_render.hpp"
#include "core/render/json.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/render/messages.hpp"
#include "core/util/text.hpp"

namespace sputnik::render {
namespace {

using model::EntryType;
using nlohmann::ordered_json;

// ---- text ---------------------------------------------------------------------------

std::string heading(std::string_view title, std::size_t count, const Style& style) {
  return "\n" + style.bold(count ? fmt::format("{} ({})", title, count) : std::string(title)) + "\n";
}

std::string ref_line(const store::EntryRef& r, const Style& style) {
  std::string line = fmt::format("  {:<10}  {}", r.date, r.title.pick(style.lang));
  if (!r.detail.empty()) line += "  " + style.dim("[" + r.detail + "]");
  return line + "  " + style.accent(r.id) + "\n";
}

std::string ref_section(std::string_view title, const std::vector<store::EntryRef>& refs, const Style& style) {
  if (refs.empty()) return {};
  std::string out = heading(title, refs.size(), style);
  for (const auto& r : refs) out += ref_line(r, style);
  return out;
}

std::string both_languages(const model::Text& t, std::size_t indent, const Style& style) {
  const model::Lang other = style.lang == model::Lang::en ? model::Lang::ja : model::Lang::en;
  std::string out = paragraph(t.pick(style.lang), indent, style);
  if (!t.pick(other).empty() && t.pick(other) != t.pick(style.lang)) out += paragraph(t.pick(other), indent, style);
  return out;
}

std::string labelled(std::string_view label, const model::Text& t, const Style& style) {
  if (t.empty()) return {};
  return heading(label, 0, style) + both_languages(t, 2, style);
}

std::string country_name(const views::EntryDetail& d, const std::string& id, const Style& style) {
  auto it = d.country_names.find(id);
  return it == d.country_names.end() ? id : it->second.pick(style.lang);
}

std::string sources_section(const std::vector<model::Source>& sources, const Style& style) {
  if (sources.empty()) return {};
  std::string out = heading(say(style.lang, Msg::show_sources), sources.size(), style);
  for (std::size_t i = 0; i < sources.size(); ++i) {
    const auto& s = sources[i];
    out += fmt::format("  [{}] {}. {}, {}.{}\n      {}  {}\n", i + 1, s.title, s.publisher, s.year,
                       s.primary ? say(style.lang, Msg::show_primary) : "", s.url, style.accent(s.id));
  }
  return out;
}

std::string facts_line(const views::EntryDetail& d, const Style& style) {
  const auto& e = d.entry;
  std::vector<std::string> facts = {std::string(model::type_name(e.type)), e.id, e.date.display()};
  if (d.era) facts.push_back(d.era->name.pick(style.lang));
  if (e.type == EntryType::response) facts.push_back(e.kind + ", " + e.phase);
  if (e.type == EntryType::ai_event) facts.push_back(e.kind);
  if (e.type == EntryType::spillover) {
    facts.push_back(e.category);
    facts.push_back(e.status == model::status::fact
                        ? e.status
                        : say(style.lang, Msg::show_see_below, fmt::arg("status", util::ascii_lower(e.status))));
    if (e.lag_years) facts.push_back(say(style.lang, Msg::show_years_after, fmt::arg("n", *e.lag_years)));
  }
  return style.dim(util::join(facts, " · ")) + "\n";
}

std::string actors(const views::EntryDetail& d, const Style& style) {
  const auto& e = d.entry;
  if (e.type == EntryType::moment) {
    std::vector<std::string> shocked;
    for (const auto& c : e.shocked) shocked.push_back(country_name(d, c, style));
    std::string out = say(style.lang, Msg::show_actors, fmt::arg("shocking", country_name(d, e.shocking, style)),
                          fmt::arg("shocked", util::join(shocked, ", "))) +
                      "\n";
    return out + say(style.lang, Msg::show_label, fmt::arg("label", e.label)) + "\n";
  }
  return e.country.empty()
             ? std::string()
             : say(style.lang, Msg::show_country, fmt::arg("country", country_name(d, e.country, style))) + "\n";
}

std::string figures_section(const model::Entry& e, const Style& style) {
  if (e.figures.empty()) return {};
  std::string out = heading(say(style.lang, Msg::show_figures), e.figures.size(), style);
  for (const auto& f : e.figures) {
    out += fmt::format("  {} {} — {}", format_number(f.value), f.unit, f.what.pick(style.lang));
    if (f.year) out += fmt::format(" ({})", *f.year);
    if (!f.source.empty()) out += "  " + style.accent("[" + f.source + "]");
    out += "\n";
  }
  return out;
}

std::string analogy_block(const views::AnalogyLink& a, const Style& style) {
  const auto& an = a.analogy;
  std::string out = fmt::format("  {} · {}  {} ({})  ↔  {} ({})  {}\n", style.bold(an.phase), an.strength,
                                a.from.title.pick(style.lang), a.from.date, a.to.title.pick(style.lang), a.to.date,
                                style.accent(an.id));
  out += "    " + say(style.lang, Msg::show_fits) + "\n" + paragraph(an.fits.pick(style.lang), 6, style);
  out += "    " + say(style.lang, Msg::show_breaks) + "\n" + paragraph(an.breaks.pick(style.lang), 6, style);
  return out;
}

std::string defined_at(const model::Location& where, const Style& style) {
  return style.dim(
      "\n" + say(style.lang, Msg::show_defined_at, fmt::arg("file", where.file), fmt::arg("line", where.line)) + "\n");
}

std::string entry_text(const views::EntryDetail& d, const Style& style) {
  const auto& e = d.entry;
  const model::Lang other = style.lang == model::Lang::en ? model::Lang::ja : model::Lang::en;
  std::string out = style.bold(e.title.pick(style.lang)) + "\n" + e.title.pick(other) + "\n";
  out += facts_line(d, style) + actors(d, style);
  const model::Lang lang = style.lang;
  if (!e.tags.empty()) out += say(lang, Msg::show_tags, fmt::arg("tags", util::join(e.tags, ", "))) + "\n";
  if (e.type == EntryType::moment && !e.label_note.empty()) out += both_languages(e.label_note, 2, style);
  out += "\n" + both_languages(e.summary, 0, style);
  out += labelled(say(lang, Msg::show_account), e.body, style);
  out += labelled(say(lang, e.status == model::status::myth ? Msg::show_popular_claim : Msg::show_how_it_descends),
                  e.how, style);
  out += labelled(say(lang, Msg::show_true_origin), e.true_origin, style);
  out += labelled(say(lang, Msg::show_note), e.note, style);
  out += figures_section(e, style);
  out += ref_section(say(lang, e.type == EntryType::response ? Msg::show_answers : Msg::show_descends_from), d.parents,
                     style);
  if (d.same_as) out += ref_section(say(lang, Msg::show_same_event), {*d.same_as}, style);
  out += ref_section(say(lang, Msg::show_responses), d.responses, style);
  out += ref_section(say(lang, e.type == EntryType::moment ? Msg::show_spillovers : Msg::show_led_to), d.spillovers,
                     style);
  if (!d.analogies.empty()) {
    out += heading(say(lang, e.type == EntryType::ai_event ? Msg::show_parallels : Msg::show_ai_links),
                   d.analogies.size(), style);
    for (const auto& a : d.analogies) out += analogy_block(a, style);
  }
  out += sources_section(d.sources, style);
  return out + defined_at(e.where, style);
}

std::string analogy_text(const views::AnalogyLink& a, const Style& style) {
  std::string out = style.bold(say(style.lang, Msg::show_analogy, fmt::arg("id", a.analogy.id))) + "\n";
  out += analogy_block(a, style);
  out += sources_section(a.sources, style);
  return out + defined_at(a.analogy.where, style);
}

std::string source_text(const views::SourceDetail& s, const Style& style) {
  std::string out = sources_section({s.source}, style);
  out += ref_section(say(style.lang, Msg::show_cited_by), s.cited_by, style);
  return out;
}

// ---- JSON ---------------------------------------------------------------------------

ordered_json ref_json(const store::EntryRef& r) {
  return {{"id", r.id},
          {"type", model::type_name(r.type)},
          {"date", r.date},
          {"title", text_json(r.title)},
          {"detail", r.detail}};
}

ordered_json refs_json(const std::vector<store::EntryRef>& refs) {
  ordered_json out = ordered_json::array();
  for (const auto& r : refs) out.push_back(ref_json(r));
  return out;
}

ordered_json source_json(const model::Source& s) {
  return {{"id", s.id},   {"title", s.title},   {"publisher", s.publisher}, {"year", s.year},
          {"url", s.url}, {"author", s.author}, {"accessed", s.accessed},   {"primary", s.primary}};
}

ordered_json sources_json(const std::vector<model::Source>& sources) {
  ordered_json out = ordered_json::array();
  for (const auto& s : sources) out.push_back(source_json(s));
  return out;
}

ordered_json analogy_json(const views::AnalogyLink& a) {
  const auto& an = a.analogy;
  return {{"id", an.id},
          {"from", ref_json(a.from)},
          {"to", ref_json(a.to)},
          {"phase", an.phase},
          {"strength", an.strength},
          {"fits", text_json(an.fits)},
          {"breaks", text_json(an.breaks)},
          {"sources", sources_json(a.sources)}};
}

ordered_json entry_json(const views::EntryDetail& d) {
  const auto& e = d.entry;
  ordered_json j = {{"kind", "entry"},
                    {"id", e.id},
                    {"type", model::type_name(e.type)},
                    {"date",
                     {{"text", e.date.to_kb_string()},
                      {"display", e.date.display()},
                      {"year", e.date.year},
                      {"precision", model::precision_name(e.date.precision)}}},
                    {"era", e.era},
                    {"title", text_json(e.title)},
                    {"summary", text_json(e.summary)},
                    {"body", text_json(e.body)},
                    {"note", text_json(e.note)},
                    {"tags", e.tags}};
  if (e.type == EntryType::moment)
    j.update({{"shocking", e.shocking},
              {"shocked", e.shocked},
              {"label", e.label},
              {"label_note", text_json(e.label_note)}});
  if (e.type == EntryType::response) j.update({{"moment", e.moment}, {"kind", e.kind}, {"phase", e.phase}});
  if (e.type == EntryType::ai_event) j["kind"] = e.kind;
  if (e.type == EntryType::spillover)
    j.update({{"from", e.from},
              {"category", e.category},
              {"status", e.status},
              {"how", text_json(e.how)},
              {"true_origin", text_json(e.true_origin)},
              {"lag_years", e.lag_years ? ordered_json(*e.lag_years) : ordered_json(nullptr)}});
  if (e.type != EntryType::moment) j["country"] = e.country;
  j["root_moment"] = e.root_moment;
  j["same_as"] = e.same_as;
  ordered_json figures = ordered_json::array();
  for (const auto& f : e.figures)
    figures.push_back({{"value", f.value},
                       {"unit", f.unit},
                       {"what", text_json(f.what)},
                       {"year", f.year ? ordered_json(*f.year) : ordered_json(nullptr)},
                       {"source", f.source}});
  j["figures"] = figures;
  j["parents"] = refs_json(d.parents);
  j["responses"] = refs_json(d.responses);
  j["spillovers"] = refs_json(d.spillovers);
  ordered_json analogies = ordered_json::array();
  for (const auto& a : d.analogies) analogies.push_back(analogy_json(a));
  j["analogies"] = analogies;
  j["sources"] = sources_json(d.sources);
  j["defined_at"] = {{"file", e.where.file}, {"line", e.where.line}};
  return j;
}

template <class... F>
struct Overloaded : F... {
  using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

}  // namespace

std::string render_show_text(const views::ShowResult& result, const Style& style) {
  return std::visit(Overloaded{[&](const views::EntryDetail& d) { return entry_text(d, style); },
                               [&](const views::AnalogyLink& a) { return analogy_text(a, style); },
                               [&](const views::SourceDetail& s) { return source_text(s, style); },
                               [&](const model::Era& e) {
                                 return fmt::format("{}\n{}\nera · {} · {}..{}\n\n",
                                                    style.bold(e.name.pick(style.lang)), e.name.ja, e.id, e.start,
                                                    e.end) +
                                        both_languages(e.summary, 0, style);
                               },
                               [&](const model::Country& c) {
                                 return fmt::format("{}\n{}\ncountry · {}\n", style.bold(c.name.en), c.name.ja, c.id);
                               }},
                    result);
}

std::string render_show_json(const views::ShowResult& result) {
  ordered_json j = std::visit(
      Overloaded{
          [](const views::EntryDetail& d) { return entry_json(d); },
          [](const views::AnalogyLink& a) {
            ordered_json x = {{"kind", "analogy"}};
            x.update(analogy_json(a));
            return x;
          },
          [](const views::SourceDetail& s) {
            ordered_json x = {{"kind", "source"}};
            x.update(source_json(s.source));
            x["cited_by"] = refs_json(s.cited_by);
            return x;
          },
          [](const model::Era& e) {
            return ordered_json{
                {"kind", "era"},    {"id", e.id},  {"name", text_json(e.name)}, {"summary", text_json(e.summary)},
                {"start", e.start}, {"end", e.end}};
          },
          [](const model::Country& c) {
            return ordered_json{{"kind", "country"}, {"id", c.id}, {"name", text_json(c.name)}};
          }},
      result);
  ordered_json out = {{"format_version", kShowFormatVersion}};
  out.update(j);
  return out.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

FormatTable<views::ShowResult> show_formats() {
  using V = views::ShowResult;
  static const ViewFormat<V> kRows[] = {
      {Format::text, [](const V& v, const Style& s) { return render_show_text(v, s); }},
      {Format::json, [](const V& v, const Style&) { return render_show_json(v); }},
  };
  return kRows;
}

}  // namespace sputnik::render
