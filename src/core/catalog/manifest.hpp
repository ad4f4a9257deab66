// SPDX-License-Identifier: MIT
#pragma once
// Every generation carries a MANIFEST: the format version, then each file's size, inode
// change time and XXH3 hash. Opening compares sizes only (a few stat calls), which
// catches truncated, missing and half-copied files — Xapian would read a missing table as
// empty, which is silently wrong. A build that finds the kb unchanged rehashes only the
// files whose change time moved (any write moves it); `sputnik check` rehashes all.
// Hashing on every open would cost more than the query it serves.
#include <filesystem>
#include <string>

#include "core/util/result.hpp"

namespace sputnik::catalog {

inline constexpr const char* kManifestName = "MANIFEST";

/// Lists every file below `generation` (except the manifest itself) with size and hash.
Status write_manifest(const std::filesystem::path& generation);

/// Each listed file exists with its recorded size; the manifest is of this format version.
Status check_sizes(const std::filesystem::path& generation);

/// As check_sizes, and each file's content hashes to the recorded value: every file, or
/// only those written to (or copied) since they were hashed.
enum class Rehash { all, changed };
struct ContentReport {
  std::size_t files = 0;  ///< files hashed
  std::uintmax_t bytes = 0;
};
Result<ContentReport> check_contents(const std::filesystem::path& generation, Rehash rehash = Rehash::all);

}  // namespace sputnik::catalog
