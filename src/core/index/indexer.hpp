// SPDX-License-Identifier: MIT
#pragma once
#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>

#include "core/model/entities.hpp"
#include "core/util/result.hpp"

namespace sputnik::index {

/// Called now and then, from any thread but never two at once, with the documents written
/// so far and the total.
using Progress = std::function<void(std::size_t done, std::size_t total)>;

struct IndexOptions {
  /// 1 writes one glass database at `dir`. N > 1 writes `dir/shard-0` … `dir/shard-<N-1>`
  /// and a stub `dir/XAPIANDB` listing them, which Xapian opens as one database; document
  /// i goes to shard i mod N, so docids (and ties in rankings) match a one-shard build.
  unsigned shards = 1;
  unsigned threads = 0;       ///< indexing threads; 0 = one per core
  std::size_t part_size = 0;  ///< documents per scratch database; 0 = the default
  /// Stored as index metadata, so an index (or a copy served remotely) can be matched to
  /// the catalog it was built with.
  std::string fingerprint;
  Progress progress;
};

/// The metadata key holding IndexOptions::fingerprint.
inline constexpr const char* kFingerprintKey = "sputnik-fingerprint";

/// Writes a new Xapian index at `dir` (which must not exist) with one document per entry
/// and per analogy. The corpus must be validated and resolved.
///
/// Threads index small parts of the documents into scratch databases, each written in
/// one flush, which Xapian's compactor then merges, in order, into segments and shards.
/// Memory stays bounded by the part size, whatever the size of the kb.
Status write_index(const std::filesystem::path& dir, const model::Corpus& corpus, const IndexOptions& options = {});

}  // namespace sputnik::index
