// SPDX-License-Identifier: MIT
#pragma once
// The one way to read a kb: load every file, validate, merge and sort the problems, resolve the
// derived fields. The catalog build, `validate`, the tests and the bench all go through it.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/kb/diagnostic.hpp"
#include "core/model/entities.hpp"

namespace sputnik::kb {

struct CheckOptions {
  bool strict = false;           ///< add the rules of evidence marked *strict* in kb/README.md
  std::string fingerprint_seed;  ///< hashed before the files (the catalog passes its versions)
};

struct CheckResult {
  model::Corpus corpus;              ///< resolved (era, root moment, lag, country) even when problems were found
  std::vector<Diagnostic> problems;  ///< sorted by file, line and column
  std::vector<std::filesystem::path> files;
  std::string fingerprint;

  bool ok() const { return problems.empty(); }
};

/// Reads and checks a kb of one or more directories (one id namespace).
CheckResult check(const std::vector<std::filesystem::path>& dirs, const CheckOptions& options = {});

}  // namespace sputnik::kb
