// SPDX-License-Identifier: MIT
#include "core/index/word_queries.hpp"

#include <algorithm>

#include "core/index/query_plan.hpp"
#include "core/index/terms.hpp"
#include "core/util/normalize.hpp"
#include "core/util/text.hpp"

namespace sputnik::index {
namespace {

// Synonyms of up to three words are looked for ("computed tomography", "cat scan").
constexpr std::size_t kLongestSynonym = 3;
// A long relaxed query keeps only its best terms: an essay pasted as a query would
// otherwise match nearly every entry by its commonest words.
constexpr std::size_t kEliteWords = 12;

std::vector<std::string> synonyms_of(const Xapian::Database& db, const std::string& key) {
  std::vector<std::string> out;
  for (auto it = db.synonyms_begin(key); it != db.synonyms_end(key); ++it) out.push_back(*it);
  return out;
}

bool has_synonyms(const Xapian::Database& db, const std::string& key) {
  return db.synonyms_begin(key) != db.synonyms_end(key);
}

bool is_latin(const std::string& word) { return !util::has_cjk(word); }

// Adjacent Latin words that together are a synonym key are one word of the query.
std::vector<std::string> join_synonym_phrases(const std::vector<std::string>& words, const Xapian::Database& db) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < words.size();) {
    std::size_t take = 1;
    for (std::size_t n = std::min(kLongestSynonym, words.size() - i); n >= 2 && take == 1; --n) {
      const std::vector<std::string> run(words.begin() + static_cast<std::ptrdiff_t>(i),
                                         words.begin() + static_cast<std::ptrdiff_t>(i + n));
      if (std::all_of(run.begin(), run.end(), is_latin) && has_synonyms(db, util::search_key(util::join(run, " "))))
        take = n;
    }
    out.push_back(util::join(std::vector<std::string>(words.begin() + static_cast<std::ptrdiff_t>(i),
                                                      words.begin() + static_cast<std::ptrdiff_t>(i + take)),
                             " "));
    i += take;
  }
  return out;
}

// Several Latin words are a phrase: "computed tomography" should not match every entry
// that says "computed" somewhere and "tomography" somewhere else.
std::string as_phrase(const std::string& text) {
  return text.find(' ') != std::string::npos && is_latin(text) ? "\"" + text + "\"" : text;
}

std::set<std::string> terms_of(const Xapian::Query& q) {
  return {q.get_unique_terms_begin(), q.get_unique_terms_end()};
}

}  // namespace

WordQueries::WordQueries(const std::vector<std::string>& words, const Xapian::Database& db, Xapian::QueryParser& parser,
                         unsigned flags) {
  for (const std::string& text : join_synonym_phrases(words, db)) {
    WordQuery w{text, parser.parse_query(as_phrase(text), flags), {}, {}};
    if (w.query.empty()) continue;  // a stop word left alone
    std::vector<Xapian::Query> alternatives{w.query};
    for (const std::string& synonym : synonyms_of(db, util::search_key(text))) {
      // Every entry has English text, so an English word needs no Japanese equivalent, and
      // the equivalent's n-grams would outweigh the word. Japanese text, though, often
      // writes names in Latin letters: a Japanese word gets every equivalent.
      if (is_latin(text) && !is_latin(synonym)) continue;
      Xapian::Query q = parser.parse_query(as_phrase(synonym), flags);
      if (q.empty()) continue;
      alternatives.push_back(q);
      w.synonyms.push_back(synonym);
    }
    if (alternatives.size() > 1)
      w.query = Xapian::Query(Xapian::Query::OP_SYNONYM, alternatives.begin(), alternatives.end());
    w.terms = terms_of(w.query);
    // A Japanese word is searched as its n-grams (宇宙開発競争: 11 terms) and would weigh
    // as many times a Latin word ("GPS": one term); each word counts about once.
    if (!is_latin(text))
      if (const std::size_t ngrams = terms_of(alternatives.front()).size(); ngrams > 1)
        w.query = Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, w.query, 1.0 / static_cast<double>(ngrams));
    words_.push_back(std::move(w));
  }
}

std::string WordQueries::text() const {
  std::vector<std::string> texts;
  for (const auto& w : words_) texts.push_back(w.text);
  return util::join(texts, " ");
}

Xapian::Query WordQueries::complete() const {
  std::vector<Xapian::Query> parts;
  for (const auto& w : words_) parts.push_back(w.query);
  return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
}

Xapian::Query WordQueries::relaxed() const {
  std::vector<Xapian::Query> parts;
  for (const auto& w : words_) parts.push_back(w.query);
  if (parts.size() > kEliteWords)
    return Xapian::Query(Xapian::Query::OP_ELITE_SET, parts.begin(), parts.end(),
                         static_cast<Xapian::termcount>(kEliteWords));
  return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

void WordQueries::split_matched(const std::set<std::string>& hit_terms, std::vector<std::string>& matched,
                                std::vector<std::string>& missing) const {
  for (const auto& w : words_) {
    const bool has = std::any_of(w.terms.begin(), w.terms.end(), [&](const auto& t) { return hit_terms.count(t); });
    (has ? matched : missing).push_back(w.text);
  }
}

std::vector<std::string> corrected_words(const std::vector<std::string>& words, const Xapian::Database& db) {
  std::vector<std::string> out = words;
  for (std::string& word : out) {
    if (!correctable_word(word)) continue;
    const std::string lower = util::ascii_lower(word);
    if (db.get_termfreq(lower) > 0 || db.get_termfreq("Z" + stemmer()(lower)) > 0) continue;
    if (has_synonyms(db, lower)) continue;
    const std::string suggestion = db.get_spelling_suggestion(lower, 2);
    if (!suggestion.empty()) word = suggestion;
  }
  return out;
}

}  // namespace sputnik::index
