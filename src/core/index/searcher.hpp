// SPDX-License-Identifier: MIT
#pragma once
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/index/document.hpp"
#include "core/model/entities.hpp"
#include "core/util/result.hpp"

namespace sputnik::index {

/// Reads every block of every table of the index at `path` (Xapian's own checker).
Status check_index(const std::filesystem::path& path);

enum class SortOrder { relevance, date, date_reverse };

struct SearchRequest {
  std::string query;  ///< user syntax; empty matches everything
  std::vector<model::EntryType> types;  ///< empty = all types
  unsigned offset = 0;
  unsigned limit = 10;
  SortOrder sort = SortOrder::relevance;
  model::Lang lang = model::Lang::en;  ///< which language's summary to cut the snippet from first
  bool facets = false;  ///< count the whole match set per facet slot (costs a full match)
};

/// Facet name → value → number of matching documents ("" counts documents without one).
using FacetCounts = std::map<std::string, std::map<std::string, unsigned>>;

struct Hit {
  unsigned rank = 0;  ///< 1-based, counting from the first result overall
  int percent = 0;
  double weight = 0;
  HitData data;
  /// The summary cut around the matches, with matches between \x01 and \x02.
  std::string snippet;
};

struct SearchResult {
  std::string parsed_query;  ///< Xapian's description of the parsed query (--explain)
  unsigned total_lower = 0;  ///< bounds on the number of matches
  unsigned total_estimate = 0;
  unsigned total_upper = 0;
  std::vector<Hit> hits;
  FacetCounts facets;  ///< filled when SearchRequest::facets
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

/// Marks around highlighted words in Hit::snippet.
inline constexpr char kHighlightStart = '\x01';
inline constexpr char kHighlightEnd = '\x02';

/// A read-only Xapian index (a glass directory or a stub file listing shards/remotes).
class Searcher {
 public:
  /// `later` opens the index on first use (an index the catalog's MANIFEST vouches for);
  /// an error then comes from the search that needed it.
  enum class Opening { now, later };
  static Result<Searcher> open(const std::filesystem::path& path, Opening when = Opening::now);
  Searcher(Searcher&&) noexcept;
  ~Searcher();

  Result<SearchResult> search(const SearchRequest& request) const;
  unsigned document_count() const;
  /// The kb fingerprint the index was built from (IndexOptions::fingerprint); "" if unknown.
  std::string fingerprint() const;
  /// The ids of every match (no page, no snippets), in relevance order.
  Result<std::vector<std::string>> matching_ids(const std::string& query, const std::vector<model::EntryType>& types) const;
  /// Entries most like `id` by relevance feedback on its own document: its most telling
  /// plain words (no ids, no field terms) become the query; `id` itself is left out.
  Result<SimilarResult> similar(const std::string& id, const std::vector<model::EntryType>& types, unsigned limit,
                                model::Lang lang) const;

 private:
  struct Impl;
  explicit Searcher(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace sputnik::index
