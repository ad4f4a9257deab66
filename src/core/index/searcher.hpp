// SPDX-License-Identifier: MIT
#pragma once
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/model/search.hpp"
#include "core/util/result.hpp"

namespace sputnik::index {

using model::FacetCounts;
using model::Hit;
using model::SearchRequest;
using model::SearchResult;
using model::SimilarHit;
using model::SimilarResult;
using model::SortOrder;

/// Reads every block of every table of the index at `path` (Xapian's own checker).
Status check_index(const std::filesystem::path& path);

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
  Result<std::vector<std::string>> matching_ids(const std::string& query,
                                                const std::vector<model::EntryType>& types) const;
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
