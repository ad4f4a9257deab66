// SPDX-License-Identifier: MIT
#pragma once
// The Xapian side of a plain query: one sub-query per meaningful word (widened by the kb's
// synonyms), its spelling corrected against the index, and the complete (every word) and
// relaxed (most words) forms built from them.
#include <xapian.h>
#include <set>
#include <string>
#include <vector>

namespace sputnik::index {

struct WordQuery {
  std::string text;                   ///< the word (or words of one synonym) as searched
  Xapian::Query query;                ///< the word, OR-ed as a synonym with its equivalents
  std::vector<std::string> synonyms;  ///< the equivalents added from the synonym table
  std::set<std::string> terms;        ///< every term the sub-query can match
};

class WordQueries {
 public:
  /// `words` from meaningful_words(); adjacent words that together are a synonym
  /// ("artificial intelligence") become one. `flags` are the parser's flags.
  WordQueries(const std::vector<std::string>& words, const Xapian::Database& db, Xapian::QueryParser& parser,
              unsigned flags);

  const std::vector<WordQuery>& words() const { return words_; }
  bool empty() const { return words_.empty(); }
  std::string text() const;

  Xapian::Query complete() const;  ///< every word
  Xapian::Query relaxed() const;   ///< any word, ranked by how many and how rare

  /// The words of `hit_terms` (the terms a hit matched) this query has, and lacks.
  void split_matched(const std::set<std::string>& hit_terms, std::vector<std::string>& matched,
                     std::vector<std::string>& missing) const;

 private:
  std::vector<WordQuery> words_;
};

/// `words` with each word the index has never seen replaced by Xapian's spelling suggestion
/// (edit distance ≤ 2) when it has one; words the corpus contains, ids, numbers and names
/// with digits are never changed. Returns `words` itself when nothing changed.
std::vector<std::string> corrected_words(const std::vector<std::string>& words, const Xapian::Database& db);

}  // namespace sputnik::index
