// SPDX-License-Identifier: MIT
#pragma once
// A catalog directory holds generations of SQLite + Xapian built from one kb:
//   DIR/current -> gen-<fingerprint>-<n>   (a symlink, swapped atomically by rename(2))
//   DIR/gen-…/catalog.sqlite, DIR/gen-…/xapian/
//   DIR/.lock                              (held by the one build that may write)
// Readers resolve `current` once, so they never see a half-built or mixed catalog.
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/index/indexer.hpp"
#include "core/index/searcher.hpp"
#include "core/kb/diagnostic.hpp"
#include "core/store/reader.hpp"
#include "core/util/result.hpp"

namespace sputnik::catalog {

/// A kb made of one or more directories (the shipped corpus, a user's own), in order.
using KbDirs = std::vector<std::filesystem::path>;

struct BuildOptions {
  KbDirs kb;
  std::filesystem::path catalog;
  bool force = false;  ///< rebuild even when the kb has not changed
  /// Wait for a build that holds the lock instead of failing: a reader that found the
  /// catalog stale waits for the build already under way, which then leaves nothing to do.
  bool wait_for_lock = false;
  index::Progress progress = {};  ///< indexing progress, for a terminal
  /// Xapian shards: 1 is one database; N > 1 writes N shards and a stub listing them
  /// (index::IndexOptions::shards), which can also be served by N `xapian-tcpsrv`s.
  /// 0 keeps the current generation's number (1 for a new catalog). A catalog with
  /// another number is rebuilt even if the kb has not changed.
  unsigned shards = 0;
  unsigned threads = 0;  ///< indexing threads; 0 = one per core
};

struct BuildReport {
  bool up_to_date = false;  ///< nothing was written: the current generation matches the kb
  std::string fingerprint;
  std::filesystem::path generation;
  std::size_t entries = 0, analogies = 0, sources = 0, files = 0;
};

/// Validates the kb (problems go to `problems`; any → ErrorCode::data and nothing is
/// touched), then writes a new generation and makes it current.
Result<BuildReport> build(const BuildOptions& options, std::vector<kb::Diagnostic>& problems);

/// A catalog opened read-only. If a build replaces the generation while it is being
/// opened, the new one is opened instead; a catalog that cannot be read is an error that
/// says to rebuild it.
struct Catalog {
  std::filesystem::path generation;
  store::CatalogReader store;
  index::Searcher index;
};

///
/// `index`, if given, is searched instead of the catalog's own Xapian index: a database
/// directory, or a stub file listing shards and `remote HOST:PORT` servers (one
/// search across machines). It must hold the index of the same kb build.
Result<Catalog> open(const std::filesystem::path& catalog_dir, const std::filesystem::path& index = {});

/// What `sputnik check` verified.
struct CheckReport {
  std::filesystem::path generation;
  std::size_t files = 0;
  std::uintmax_t bytes = 0;
};

/// Reads the whole current generation: every file against its MANIFEST hash, SQLite's
/// integrity check and Xapian's table check. The first problem found is the error.
Result<CheckReport> check(const std::filesystem::path& catalog_dir);

/// The generation `current` points to, or an empty path.
std::filesystem::path current_generation(const std::filesystem::path& catalog_dir);

/// The kb used when none is given: $SPUTNIK_KB, else share/sputnik/kb beside the binary's
/// prefix (an installed or unpacked package), else the source tree's kb/ (a build-tree
/// binary), else the configured install prefix's share/sputnik/kb.
std::filesystem::path default_kb_dir();

/// The per-user catalog for a kb: $XDG_CACHE_HOME/sputnik/catalogs/<hash of the kb path>.
std::filesystem::path default_catalog_dir(const KbDirs& kb);

/// True when the catalog's current generation was built from exactly this kb content.
bool is_current(const std::filesystem::path& catalog_dir, const KbDirs& kb);

/// "kb" or "kb + ~/notes/kb", for messages.
std::string describe(const KbDirs& kb);

}  // namespace sputnik::catalog
