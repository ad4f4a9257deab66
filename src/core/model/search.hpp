// SPDX-License-Identifier: MIT
#pragma once
// What a search is asked and what it answers, as plain values: the index fills them, the
// views and renderers read them without knowing how the index works.
#include <map>
#include <string>
#include <vector>

#include "core/model/entities.hpp"

namespace sputnik::model {

/// Marks around the matched words in Hit::snippet; renderers turn them into colour or <b>.
inline constexpr char kHighlightStart = '\x01';
inline constexpr char kHighlightEnd = '\x02';

/// The other side of an analogy link, as shown under a hit.
struct LinkRef {
  std::string analogy_id;
  std::string id;  ///< the linked entry
  Text title;
  std::string date;
  std::string phase;
  std::string strength;
};

struct HitData {
  std::string id;
  EntryType type = EntryType::moment;
  std::string date;  ///< display form; empty for analogies
  int year = 0;
  Text title;
  Text summary;
  std::string era, category, status;
  std::vector<LinkRef> links;
};

enum class SortOrder { relevance, date, date_reverse };

/// When a plain query (words only, no syntax) that not every entry matches in full is
/// searched again for entries holding most of its words.
enum class Relax {
  fill_page,      ///< when the complete matches do not fill the page (search)
  only_if_empty,  ///< only when nothing matches every word (lists of ids: spillovers --query)
  never,          ///< every word must match (--all-words)
  /// One ranked pass over any of the words, most and rarest first, with no every-word pass
  /// before it: a sentence of an article (annotate), where holding its every word says little.
  any_word,
};

struct SearchRequest {
  std::string query;             ///< user syntax; empty matches everything
  std::vector<EntryType> types;  ///< empty = all types
  unsigned offset = 0;
  unsigned limit = 10;
  SortOrder sort = SortOrder::relevance;
  Lang lang = Lang::en;  ///< which language's summary to cut the snippet from first
  bool facets = false;   ///< count the whole match set per facet slot (costs a full match)
  Relax relax = Relax::fill_page;
};

/// Facet name → value → number of matching documents ("" counts documents without one).
using FacetCounts = std::map<std::string, std::map<std::string, unsigned>>;

struct Hit {
  unsigned rank = 0;  ///< 1-based, counting from the first result overall
  int percent = 0;
  double weight = 0;
  HitData data;
  /// The summary cut around the matches, with matches between kHighlightStart and kHighlightEnd.
  std::string snippet;
  /// A relaxed hit holds only some of the query's words: which ones it has and lacks.
  bool partial = false;
  std::vector<std::string> matched_terms, missing_terms;
};

struct SearchResult {
  std::string parsed_query;  ///< Xapian's description of the parsed query (--explain)
  unsigned total_lower = 0;  ///< bounds on the number of matches
  unsigned total_estimate = 0;
  unsigned total_upper = 0;
  std::vector<Hit> hits;
  FacetCounts facets;     ///< filled when SearchRequest::facets
  unsigned complete = 0;  ///< estimated matches holding every word; the rest are partial
  /// The query as searched when its spelling was corrected ("" when it was not).
  std::string corrected_query;
  std::vector<std::string> explain;  ///< each stage of reading the query (--explain)
};

/// A "more like this" result: the hit and the words it shares with the entry asked about.
struct SimilarHit {
  Hit hit;
  std::vector<std::string> shared_terms;
};
struct SimilarResult {
  std::vector<std::string> expand_terms;  ///< the entry's most telling words, best first
  std::vector<SimilarHit> hits;
};

}  // namespace sputnik::model
