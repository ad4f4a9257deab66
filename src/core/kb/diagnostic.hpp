// SPDX-License-Identifier: MIT
#pragma once
#include <string>
#include <vector>

namespace sputnik::kb {

/// One problem in the kb, located precisely enough for an editor to jump to it.
struct Diagnostic {
  std::string file;
  int line = 0;
  int column = 0;
  std::string field;  ///< "sputnik-1.title.ja", or "moment[2].id" when the id is unknown
  std::string message;

  /// "file:line:col: field: message", or "file: field: message" for a whole file (line 0)
  std::string format() const;
};

/// Sorts by file, line and column so reports read top to bottom.
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

}  // namespace sputnik::kb
