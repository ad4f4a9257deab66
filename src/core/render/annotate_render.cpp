// SPDX-License-Identifier: MIT
#include "core/render/annotate_render.hpp"

#include <fmt/format.h>

#include "core/model/vocab.hpp"
#include "core/render/escape.hpp"
#include "core/render/json.hpp"
#include "core/render/messages.hpp"
#include "core/util/text.hpp"

namespace sputnik::render {
namespace {

using nlohmann::ordered_json;
using views::AnnotatedEntry;
using views::Annotation;
using views::EntryFacts;

// What a reader must know first: fact, disputed or myth for spillovers; the kind otherwise.
std::string status_label(const EntryFacts& e, model::Lang lang) {
  if (!e.status.empty()) return std::string(model::statuses().label(e.status, lang));
  return std::string(model::entry_types().label(model::type_name(e.type), lang));
}

std::string coloured_status(const EntryFacts& e, const Style& style) {
  const std::string label = status_label(e, style.lang);
  if (e.status == model::status::myth || e.status == model::status::disputed) return style.highlight(label);
  return style.accent(label);
}

std::string heading(const Annotation& a, model::Lang lang) {
  const std::size_t n = a.sentences.size();
  return say(lang, Msg::annotate_heading, fmt::arg("n", n), fmt::arg("s", plural_s(static_cast<long long>(n))),
             fmt::arg("covered", a.covered), fmt::arg("uncovered", n - a.covered),
             fmt::arg("min", a.options.min_score));
}

// The lines a reader needs beside a claim: the figure it quotes, where a myth or a disputed
// link really came from, what sources disagree on.
std::vector<std::string> details(const AnnotatedEntry& a, model::Lang lang, std::size_t note_columns = 0) {
  const EntryFacts& e = *a.entry;
  std::vector<std::string> out;
  for (const auto& q : a.figures)
    out.push_back(say(lang, Msg::annotate_figure, fmt::arg("quoted", q.quoted),
                      fmt::arg("value", format_number(q.figure.value) + " " + q.figure.unit),
                      fmt::arg("what", q.figure.what.pick(lang))));
  if (e.status == model::status::disputed && !e.how.pick(lang).empty())
    out.push_back(say(lang, Msg::annotate_claimed, fmt::arg("text", e.how.pick(lang))));
  if ((e.status == model::status::myth || e.status == model::status::disputed) && !e.true_origin.pick(lang).empty())
    out.push_back(say(lang, Msg::annotate_true_origin, fmt::arg("text", e.true_origin.pick(lang))));
  if (!a.figures.empty() && !e.note.pick(lang).empty()) {
    const std::string& note = e.note.pick(lang);
    out.push_back(
        say(lang, Msg::annotate_note, fmt::arg("text", note_columns ? truncate_display(note, note_columns) : note)));
  }
  return out;
}

// `text` wrapped to `width`, its first line after `prefix`, the others under the first.
void add_wrapped(std::string& out, std::string_view prefix, std::string_view text, std::size_t width) {
  const std::size_t indent = util::display_width(prefix);
  const std::string pad(indent, ' ');
  bool first = true;
  for (const auto& line : util::wrap(util::terminal_safe(text), width > indent + 20 ? width - indent : 20)) {
    out += (first ? std::string(prefix) : pad) + line + "\n";
    first = false;
  }
}

// On a terminal a note is a pointer, not the whole story: `sputnik show ID` has the rest.
constexpr std::size_t kNoteColumns = 240;

std::string render_text(const Annotation& a, const Style& style) {
  std::string out = heading(a, style.lang) + "\n";
  for (std::size_t i = 0; i < a.sentences.size(); ++i) {
    const auto& s = a.sentences[i];
    out += "\n";
    add_wrapped(out, fmt::format("{}. ", i + 1), s.sentence.text, style.width);
    if (s.entries.empty()) {
      out += "   " + style.dim(say(style.lang, Msg::annotate_not_covered, fmt::arg("min", a.options.min_score))) + "\n";
      continue;
    }
    for (const auto& match : s.entries) {
      const EntryFacts& e = *match.entry;
      out += fmt::format("   {} {} — {}{}  {}\n", coloured_status(e, style), style.bold(e.id),
                         util::terminal_safe(e.title.pick(style.lang)), e.date.empty() ? "" : " (" + e.date + ")",
                         style.dim(fmt::format("{}%", match.score)));
      for (const auto& line : details(match, style.lang, kNoteColumns)) add_wrapped(out, "     ", line, style.width);
    }
  }
  return out;
}

// What is known of an entry, once per report however many sentences are about it.
ordered_json facts_json(const EntryFacts& e) {
  const auto optional_text = [](const model::Text& t) {
    return t.en.empty() && t.ja.empty() ? ordered_json() : text_json(t);
  };
  return {{"type", model::type_name(e.type)},
          {"date", e.date},
          {"title", text_json(e.title)},
          {"status", e.status.empty() ? ordered_json() : ordered_json(e.status)},
          {"summary", text_json(e.summary)},
          {"claimed", e.status == model::status::disputed ? optional_text(e.how) : ordered_json()},
          {"true_origin", optional_text(e.true_origin)},
          {"note", optional_text(e.note)}};
}

// An entry under a sentence: how well it matched, and the figures the sentence quotes.
ordered_json match_json(const AnnotatedEntry& a) {
  ordered_json figures = ordered_json::array();
  for (const auto& q : a.figures)
    figures.push_back({{"quoted", q.quoted},
                       {"value", q.figure.value},
                       {"unit", q.figure.unit},
                       {"what", text_json(q.figure.what)},
                       {"source", q.figure.source.empty() ? ordered_json() : ordered_json(q.figure.source)}});
  return {{"id", a.entry->id},
          {"status", a.entry->status.empty() ? ordered_json() : ordered_json(a.entry->status)},
          {"score", a.score},
          {"figures", figures}};
}

std::string render_json(const Annotation& a) {
  ordered_json sentences = ordered_json::array();
  for (const auto& s : a.sentences) {
    ordered_json entries = ordered_json::array();
    for (const auto& e : s.entries) entries.push_back(match_json(e));
    sentences.push_back(
        {{"line", s.sentence.line}, {"text", s.sentence.text}, {"covered", !s.entries.empty()}, {"entries", entries}});
  }
  ordered_json entries = ordered_json::object();
  for (const auto& e : a.entries) entries[e->id] = facts_json(*e);
  return ordered_json{{"format_version", kAnnotateFormatVersion},
                      {"min_score", a.options.min_score},
                      {"sentences_total", a.sentences.size()},
                      {"covered", a.covered},
                      {"sentences", sentences},
                      {"entries", entries}}
             .dump(2) +
         "\n";
}

std::string render_md(const Annotation& a, const Style& style) {
  std::string out = fmt::format("# {}\n\n{}\n", text(Msg::annotate_md_title, style.lang), heading(a, style.lang));
  for (std::size_t i = 0; i < a.sentences.size(); ++i) {
    const auto& s = a.sentences[i];
    out += fmt::format("\n{}. > {}\n", i + 1, markdown_inline(s.sentence.text));
    if (s.entries.empty())
      out +=
          fmt::format("\n   *{}*\n", say(style.lang, Msg::annotate_not_covered, fmt::arg("min", a.options.min_score)));
    for (const auto& match : s.entries) {
      const EntryFacts& e = *match.entry;
      out += fmt::format("\n   - **{}** `{}` — {}{} ({}%)\n", status_label(e, style.lang), e.id,
                         markdown_inline(e.title.pick(style.lang)), e.date.empty() ? "" : ", " + e.date, match.score);
      for (const auto& line : details(match, style.lang)) out += "     - " + markdown_inline(line) + "\n";
    }
  }
  return out;
}

}  // namespace

FormatTable<Annotation> annotate_formats() {
  static const ViewFormat<Annotation> kRows[] = {
      {Format::text, [](const Annotation& a, const Style& s) { return render_text(a, s); }},
      {Format::json, [](const Annotation& a, const Style&) { return render_json(a); }},
      {Format::md, [](const Annotation& a, const Style& s) { return render_md(a, s); }},
  };
  return kRows;
}

}  // namespace sputnik::render
