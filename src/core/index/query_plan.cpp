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
      "a",     "about", "an",   "and",   "are",   "as",   "at",   "be",     "been",     "by",    "came", "can",  "come",
      "could", "did",   "do",   "does",  "for",   "from", "had",  "happen", "happened", "has",   "have", "how",  "in",
      "is",    "it",    "its",  "of",    "on",    "or",   "that", "the",    "their",    "there", "this", "to",   "was",
      "were",  "what",  "when", "where", "which", "who",  "whom", "whose",  "why",      "will",  "with", "would"};
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

bool correctable_word(std::string_view word) {
  if (word.size() < 4) return false;
  return std::all_of(word.begin(), word.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

}  // namespace sputnik::index
