// SPDX-License-Identifier: MIT
#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/kb/diagnostic.hpp"
#include "core/model/entities.hpp"

namespace sputnik::kb {

struct LoadResult {
  model::Corpus corpus;
  std::vector<Diagnostic> problems;  ///< syntax and per-table field problems
  std::vector<std::filesystem::path> files;
  std::string fingerprint;  ///< kb::fingerprint() of what was read, without reading it twice
};

/// Reads every *.toml below `dir` in path order. Problems are collected, never thrown:
/// one bad file does not hide the problems of the others. File names in diagnostics
/// are `dir / relative path`, as the user typed `dir`.
/// Several kb directories as one corpus (ids unique across all of them), in the order given.
/// `fingerprint_seed` is hashed first (see Fingerprinter). Most callers want kb::check.
LoadResult load_kb(const std::vector<std::filesystem::path>& dirs, std::string_view fingerprint_seed = {});

/// Parses one file's text into `corpus`; `display_name` is used in diagnostics.
void load_toml_text(std::string_view text, const std::string& display_name, model::Corpus& corpus,
                    std::vector<Diagnostic>& problems);

/// What walking a kb folder found: its *.toml files, sorted, and what could not be read.
struct KbFiles {
  std::vector<std::filesystem::path> files;
  std::vector<Diagnostic> problems;  ///< "file: path: message", one per path that is not what it seems
};

/// The kb files below `dir`, by the rules of kb/README.md ("Which files are read"): every
/// name ending in .toml that is a plain file or a link to one, in subfolders too; hidden
/// names (a leading '.': .git, editor swap files) are skipped, and so are other names
/// (README.md). Links are followed, each folder once. A missing `dir`, a link loop, a
/// dangling link, a .toml that is not a plain file (a FIFO is never opened) and an
/// unreadable folder are problems, never exceptions and never skipped silently.
KbFiles kb_files(const std::filesystem::path& dir);

}  // namespace sputnik::kb
