// SPDX-License-Identifier: MIT
#pragma once
// How a query typed the way people type is read before it reaches Xapian: whether it is
// plain words (which may be relaxed, corrected and widened by synonyms) or explicit syntax
// (obeyed exactly), and which of its words carry meaning.
#include <string>
#include <string_view>
#include <vector>

namespace sputnik::index {

/// Words that never make a query fail: English function and question words. Xapian ships
/// no stop list; with AND as the default operator "what did NASA invent" would otherwise
/// demand "what" and "did".
const std::vector<std::string>& stop_words();

/// True when the query is words only: no quotes, brackets, `AND`/`OR`/`NOT`/`XOR`/`NEAR`,
/// `+`/`-` prefixes, wildcards or `field:` prefixes. Only plain queries are relaxed,
/// corrected or widened; explicit syntax means exactly what it says.
bool is_plain_query(std::string_view query);

/// The words of a plain query that carry meaning, normalised (util::normalize_for_search):
/// Latin words without stop words; Japanese runs cut at punctuation and at their hiragana
/// (particles, endings, question words: 「NASAは何を発明したのか」 → NASA, 発明), and
/// without the question kanji 何 and 誰. If nothing would be left, the words as typed.
std::vector<std::string> meaningful_words(std::string_view query);

/// The key an entry's name is indexed by, and a run of query words looked up by: the
/// meaningful words joined, lower case, ASCII punctuation dropped. "DeepSeek-R1",
/// "deepseek r1" and "DeepSeek R1" → "deepseekr1"; 「スプートニク・ショック」 →
/// "スプートニクショック". Empty for no words.
std::string name_key(const std::vector<std::string>& words);

/// The keys of a title or alias: the whole, and each part between its brackets, colons,
/// commas and dashes ("GPS (Navstar)" → gps navstar, gpsnavstar; "SEMATECH: 14 US
/// chipmakers…" → sematech, …), so that typing one name of a thing finds it first.
std::vector<std::string> name_keys(std::string_view name);

/// The keys of every run of up to four adjacent words of a query (from meaningful_words).
std::vector<std::string> query_name_keys(const std::vector<std::string>& words);

/// True for a word the spelling corrector may change: ASCII letters only, four or more.
/// Ids, numbers, names with digits and hyphenated words are never corrected.
bool correctable_word(std::string_view word);

}  // namespace sputnik::index
