// SPDX-License-Identifier: MIT
#include "core/util/sentences.hpp"

#include <algorithm>
#include <array>

#include "core/util/text.hpp"

namespace sputnik::util {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// Words a full stop follows without ending the sentence (compared in lower case, without
// the stop): months, titles, Latin and corporate abbreviations.
bool is_abbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 38> kAbbreviations = {
      "jan", "feb",  "mar", "apr",  "jun", "jul", "aug", "sep", "sept", "oct",    "nov", "dec", "mr",
      "mrs", "ms",   "dr",  "prof", "st",  "no",  "vs",  "etc", "e.g",  "i.e",    "cf",  "inc", "ltd",
      "co",  "corp", "gen", "sen",  "rep", "gov", "u.s", "u.k", "u.n",  "approx", "est", "fig"};
  const std::string lower = ascii_lower(word);
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), lower) != kAbbreviations.end();
}

// The word just before position `stop` (a '.') in `s`.
std::string_view word_before(std::string_view s, std::size_t stop) {
  std::size_t start = stop;
  while (start > 0 && !is_space(s[start - 1]) && s[start - 1] != '(' && s[start - 1] != '"') --start;
  return s.substr(start, stop - start);
}

// True when the '.' at `i` ends a sentence: followed by a space or the end, and not after an
// abbreviation, a single-letter initial or a dotted acronym (U.S.).
bool ends_sentence_at(std::string_view s, std::size_t i) {
  const char c = s[i];
  const bool at_end = i + 1 >= s.size();
  std::size_t next = i + 1;
  while (next < s.size() && (s[next] == '"' || s[next] == '\'' || s[next] == ')')) ++next;
  if (!at_end && next < s.size() && !is_space(s[next])) return false;  // 5.6, e.g.x, U.S.-China
  if (c != '.') return true;
  const std::string_view word = word_before(s, i);
  if (word.empty()) return true;
  if (is_abbreviation(word)) return false;
  const bool initial = word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z';
  const bool dotted = word.find('.') != std::string_view::npos && word.size() <= 4;  // U.S, e.g
  return !initial && !dotted;
}

bool is_closing(char32_t cp) {
  return cp == U'」' || cp == U'』' || cp == U'）' || cp == U'】' || cp == U'"' || cp == U'”' || cp == ')';
}

// The Markdown that says how a line looks, not what it says.
// `heading`: a line of its own; `item`: starts a new sentence (a list item).
std::string_view without_markdown(std::string_view line, bool& heading, bool& item) {
  line = trim(line);
  heading = false;
  item = false;
  if (line.starts_with('#')) {
    heading = true;
    while (line.starts_with('#')) line.remove_prefix(1);
  } else if (line.starts_with("> ")) {
    line.remove_prefix(2);
  } else if (line.starts_with("- ") || line.starts_with("* ") || line.starts_with("+ ")) {
    item = true;
    line.remove_prefix(2);
  } else {
    std::size_t digits = 0;
    while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
    if (digits > 0 && digits + 1 < line.size() && line[digits] == '.' && line[digits + 1] == ' ') {
      item = true;
      line.remove_prefix(digits + 2);
    }
  }
  return trim(line);
}

class Splitter {
 public:
  std::vector<Sentence> split(std::string_view text) {
    std::size_t line_no = 0;
    bool in_code = false;
    for (std::size_t start = 0; start <= text.size();) {
      std::size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      const std::string_view raw = text.substr(start, end - start);
      ++line_no;
      start = end + 1;
      if (trim(raw).starts_with("```")) {
        in_code = !in_code;
        flush();
        continue;
      }
      if (in_code) continue;
      bool heading = false, item = false;
      const std::string_view line = without_markdown(raw, heading, item);
      if (line.empty() || heading || item) flush();  // a blank line ends the paragraph
      if (line.empty()) continue;
      add_line(line, line_no);
      if (heading) flush();
      if (end == text.size()) break;
    }
    flush();
    return std::move(out_);
  }

 private:
  void add_line(std::string_view line, std::size_t line_no) {
    if (!current_.text.empty()) current_.text += ' ';
    for (std::size_t i = 0; i < line.size();) {
      if (current_.text.empty()) current_.line = line_no;
      const std::size_t at = i;
      const char32_t cp = next_code_point(line, i);
      current_.text.append(line.substr(at, i - at));
      const bool japanese_stop = cp == U'。' || cp == U'！' || cp == U'？';
      const bool latin_stop = (cp == '.' || cp == '!' || cp == '?') && ends_sentence_at(line, at);
      if (!japanese_stop && !latin_stop) continue;
      // closing brackets and quotes belong to the sentence they close: 「…。」
      for (std::size_t j = i; j < line.size();) {
        const std::size_t before = j;
        if (!is_closing(next_code_point(line, j))) break;
        current_.text.append(line.substr(before, j - before));
        i = j;
      }
      flush();
      while (i < line.size() && is_space(line[i])) ++i;
    }
  }

  void flush() {
    const std::string_view text = trim(current_.text);
    if (!text.empty()) out_.push_back({std::string(text), current_.line});
    current_ = {};
  }

  Sentence current_;
  std::vector<Sentence> out_;
};

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text) { return Splitter().split(text); }

}  // namespace sputnik::util
