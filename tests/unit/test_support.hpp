// SPDX-License-Identifier: MIT
#pragma once
// Helpers shared by the unit tests: temporary directories and kb loading.
#include <filesystem>
#include <fstream>
#include <string>
#include <gtest/gtest.h>
#include <unistd.h>

#include "core/catalog/catalog.hpp"
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
  ~TempDir() { std::filesystem::remove_all(path_); }
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
  auto loaded = kb::load_kb(dir);
  auto problems = kb::validate(loaded.corpus, {});
  loaded.problems.insert(loaded.problems.end(), problems.begin(), problems.end());
  for (const auto& p : loaded.problems) ADD_FAILURE() << p.format();
  kb::resolve(loaded.corpus);
  return loaded.corpus;
}

/// Builds a catalog from `kb` into `catalog_dir`, failing the test on any problem.
inline void build_catalog(const std::filesystem::path& kb, const std::filesystem::path& catalog_dir) {
  std::vector<kb::Diagnostic> problems;
  auto built = catalog::build({{kb}, catalog_dir, false}, problems);
  for (const auto& p : problems) ADD_FAILURE() << p.format();
  ASSERT_TRUE(built) << built.error().message;
}

}  // namespace sputnik::test
