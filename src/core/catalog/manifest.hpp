// SPDX-License-Identifier: MIT
#pragma once
// Every generation carries a MANIFEST: the format version, then each file's size and
// XXH3 hash. Opening compares sizes only (a few stat calls), which catches truncated,
// missing and half-copied files — Xapian would read a missing table as empty, which is
// silently wrong. `sputnik check` compares the hashes too; hashing on every open would
// cost more than the query it serves.
#include <filesystem>
#include <string>

#include "core/util/result.hpp"

namespace sputnik::catalog {

inline constexpr const char* kManifestName = "MANIFEST";

/// Lists every file below `generation` (except the manifest itself) with size and hash.
Status write_manifest(const std::filesystem::path& generation);

/// Each listed file exists with its recorded size; the manifest is of this format version.
Status check_sizes(const std::filesystem::path& generation);

/// As check_sizes, and each file's content hashes to the recorded value.
struct ContentReport {
  std::size_t files = 0;
  std::uintmax_t bytes = 0;
};
Result<ContentReport> check_contents(const std::filesystem::path& generation);

}  // namespace sputnik::catalog
