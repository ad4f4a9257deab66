// SPDX-License-Identifier: MIT
#include "core/index/query_plan.hpp"

#include <algorithm>

#include "core/util/normalize.hpp"
#include "core/util/text.hpp"

namespace sputnik::index {
namespace {

bool is_ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

bool is_hiragana(char32_t cp) { return cp >= 0x3041 && cp <= 0x309F; }
// Kanji, katakana (with the long-vowel mark ー) and the repetition mark 々: the script of names and ideas.
bool is_meaning_script(char32_t cp) {
  return (cp >= 0x30A0 && cp <= 0x30FF && cp != U'・') || (cp >= 0x3400 && cp <= 0x9FFF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || cp == U'々';
}
// Kanji that only ask: "what", "who".
bool is_question_kanji(const std::string& run) { return run == "何" || run == "誰" || run == "何故" || run == "如何"; }

// Script classes a plain query is cut at: a word never spans two of them.
enum class Script { space, latin, meaning, hiragana };

Script script_of(char32_t cp) {
  if (cp < 0x80)
    return is_ascii_alnum(static_cast<char>(cp)) || cp == '-' || cp == '.' || cp == '\'' || cp == '$' ? Script::latin
                                                                                                      : Script::space;
  if (is_hiragana(cp)) return Script::hiragana;
  if (is_meaning_script(cp)) return Script::meaning;
  if ((cp >= 0x3000 && cp <= 0x303F) || cp == U'・') return Script::space;  // 、。「」・ and the other CJK punctuation
  if (cp >= 0xFF00 && cp <= 0xFFEF) return Script::space;  // what fold_width left: full-width punctuation
  return Script::latin;                                    // accented letters, Greek, Cyrillic…
}

struct Run {
  Script script;
  std::string text;
};

std::vector<Run> runs_of(std::string_view s) {
  std::vector<Run> runs;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const Script script = script_of(util::next_code_point(s, i));
    if (runs.empty() || runs.back().script != script) runs.push_back({script, {}});
    runs.back().text.append(s.substr(start, i - start));
  }
  return runs;
}

// True when the letters before `colon` start a word: `type:` is a field, `10:30` a time.
bool follows_field_name(std::string_view q, std::size_t colon) {
  std::size_t start = colon;
  while (start > 0 && ((q[start - 1] >= 'a' && q[start - 1] <= 'z') || (q[start - 1] >= 'A' && q[start - 1] <= 'Z') ||
                       q[start - 1] == '_'))
    --start;
  return start < colon && (start == 0 || q[start - 1] == ' ' || q[start - 1] == '\t');
}

// Trims what a Latin word may carry around it: "sputnik?" and "'space" mean the words.
std::string trim_latin(std::string word) {
  while (!word.empty() && !is_ascii_alnum(word.back()) && static_cast<unsigned char>(word.back()) < 0x80)
    word.pop_back();
  std::size_t start = 0;
  while (start < word.size() && !is_ascii_alnum(word[start]) && word[start] != '$' &&
         static_cast<unsigned char>(word[start]) < 0x80)
    ++start;
  return word.substr(start);
}

bool is_stop_word(const std::string& word) {
  const std::string lower = util::ascii_lower(word);
  const auto& stops = stop_words();
  return std::find(stops.begin(), stops.end(), lower) != stops.end();
}

}  // namespace

const std::vector<std::string>& stop_words() {
  static const std::vector<std::string> words = {
      "a",      "about",    "after", "an",    "and",   "are",  "as",   "at",   "be",   "been", "by",
      "called", "came",     "can",   "come",  "could", "did",  "do",   "does", "for",  "from", "had",
      "happen", "happened", "has",   "have",  "how",   "in",   "is",   "it",   "its",  "of",   "on",
      "or",     "that",     "the",   "their", "there", "this", "to",   "was",  "were", "what", "when",
      "where",  "which",    "who",   "whom",  "whose", "why",  "will", "with", "would"};
  return words;
}

bool is_plain_query(std::string_view query) {
  static constexpr std::string_view kOperators[] = {"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"};
  bool word_start = true;
  for (std::size_t i = 0; i < query.size(); ++i) {
    const char c = query[i];
    if (c == '"' || c == '(' || c == ')' || c == '*') return false;
    if (word_start && (c == '+' || c == '-') && i + 1 < query.size() && query[i + 1] != ' ') return false;
    if (c == ':' && i + 1 < query.size() && query[i + 1] != ' ' && follows_field_name(query, i)) return false;
    word_start = c == ' ' || c == '\t';
  }
  for (std::size_t start = 0; start < query.size();) {
    std::size_t end = query.find(' ', start);
    if (end == std::string_view::npos) end = query.size();
    const std::string_view word = query.substr(start, end - start);
    for (auto op : kOperators)
      if (word == op) return false;
    start = end + 1;
  }
  return true;
}

std::vector<std::string> meaningful_words(std::string_view query) {
  const std::string normal = util::normalize_for_search(query);
  const std::vector<Run> runs = runs_of(normal);
  const bool has_meaning = std::any_of(
      runs.begin(), runs.end(), [](const Run& r) { return r.script != Script::hiragana && r.script != Script::space; });
  std::vector<std::string> kept, all;
  for (const auto& run : runs) {
    if (run.script == Script::space) continue;
    std::string word = run.script == Script::latin ? trim_latin(run.text) : run.text;
    if (word.empty()) continue;
    all.push_back(word);
    if (run.script == Script::hiragana && has_meaning) continue;
    if (run.script == Script::latin && is_stop_word(word)) continue;
    if (run.script == Script::meaning && is_question_kanji(word)) continue;
    kept.push_back(std::move(word));
  }
  return kept.empty() ? all : kept;
}

std::string name_key(const std::vector<std::string>& words) {
  std::string key;
  for (const auto& word : words)
    for (char c : util::search_key(word))
      if (is_ascii_alnum(c) || static_cast<unsigned char>(c) >= 0x80) key += c;
  return key;
}

namespace {

// Where a title divides into names: brackets, colons, commas, semicolons, dashes and quotes
// (after fold_width, full-width brackets and colons are ASCII).
bool divides_names(char32_t cp) {
  static constexpr std::u32string_view kDividers =
      U"()[]:;,|\u2013\u2014\u2015\u201c\u201d\u3001\u300c\u300d\u300e\u300f\u3010\u3011";
  return kDividers.find(cp) != std::u32string_view::npos;
}

// Xapian refuses terms over 245 bytes; a key that long is a sentence, not a name.
constexpr std::size_t kLongestNameKey = 160;

void add_key(std::vector<std::string>& keys, std::string key) {
  if (!key.empty() && key.size() <= kLongestNameKey && std::find(keys.begin(), keys.end(), key) == keys.end())
    keys.push_back(std::move(key));
}

}  // namespace

std::vector<std::string> name_keys(std::string_view name) {
  const std::string folded = util::fold_width(name);
  std::vector<std::string> keys;
  add_key(keys, name_key(meaningful_words(folded)));
  std::string part;
  auto add_part = [&] {
    add_key(keys, name_key(meaningful_words(part)));
    part.clear();
  };
  for (std::size_t i = 0; i < folded.size();) {
    const std::size_t start = i;
    const char32_t cp = util::next_code_point(folded, i);
    // " - " divides; the hyphen of "DeepSeek-R1" does not.
    const bool spaced_hyphen =
        cp == '-' && start > 0 && folded[start - 1] == ' ' && i < folded.size() && folded[i] == ' ';
    if (divides_names(cp) || spaced_hyphen)
      add_part();
    else
      part.append(folded, start, i - start);
  }
  add_part();
  return keys;
}

std::vector<std::string> query_name_keys(const std::vector<std::string>& words) {
  constexpr std::size_t kLongestName = 4;
  std::vector<std::string> keys;
  for (std::size_t first = 0; first < words.size(); ++first)
    for (std::size_t n = 1; n <= kLongestName && first + n <= words.size(); ++n)
      add_key(keys, name_key({words.begin() + static_cast<std::ptrdiff_t>(first),
                              words.begin() + static_cast<std::ptrdiff_t>(first + n)}));
  return keys;
}

bool correctable_word(std::string_view word) {
  if (word.size() < 4) return false;
  return std::all_of(word.begin(), word.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

}  // namespace sputnik::index
