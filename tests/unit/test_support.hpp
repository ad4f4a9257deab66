// SPDX-License-Identifier: MIT
#pragma once
// Helpers shared by the unit tests: temporary directories and kb loading.
#include <gtest/gtest.h>
#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>

#include "core/catalog/catalog.hpp"
#include "core/kb/check.hpp"
#include "core/kb/loader.hpp"
#include "core/kb/validate.hpp"

namespace sputnik::test {

/// A fresh directory under the system temp dir, removed when the object dies.
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    path_ = std::filesystem::temp_directory_path() /
            ("sputnik-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  // Movable, not copyable: only one owner removes the directory.
  TempDir(TempDir&& other) noexcept : path_(std::exchange(other.path_, {})) {}
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  TempDir& operator=(TempDir&&) = delete;
  ~TempDir() {
    if (!path_.empty()) std::filesystem::remove_all(path_);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline void write_file(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

/// Loads, validates (not strict) and resolves a kb; fails the test on any problem.
inline model::Corpus load_valid(const std::filesystem::path& dir) {
  auto checked = kb::check({dir});
  for (const auto& p : checked.problems) ADD_FAILURE() << p.format();
  return std::move(checked.corpus);
}

/// Builds a catalog from `kb` into `catalog_dir`, failing the test on any problem.
inline void build_catalog(const std::filesystem::path& kb, const std::filesystem::path& catalog_dir) {
  std::vector<kb::Diagnostic> problems;
  auto built = catalog::build({{kb}, catalog_dir, false}, problems);
  for (const auto& p : problems) ADD_FAILURE() << p.format();
  ASSERT_TRUE(built) << built.error().message;
}

/// A catalog built once per kb for the whole test binary, with the corpus it came from.
struct BuiltCatalog {
  TempDir dir;
  model::Corpus corpus;
  catalog::Catalog catalog;
};

inline BuiltCatalog& shared_catalog(const std::string& kb) {
  static std::map<std::string, std::unique_ptr<BuiltCatalog>> cache;
  auto& slot = cache[kb];
  if (!slot) {
    TempDir dir;
    build_catalog(kb, dir.path() / "cat");
    auto opened = catalog::open(dir.path() / "cat");
    if (!opened) throw std::runtime_error("cannot open the test catalog: " + opened.error().message);
    slot.reset(new BuiltCatalog{std::move(dir), load_valid(kb), std::move(*opened)});
  }
  return *slot;
}

}  // namespace sputnik::test
