// SPDX-License-Identifier: MIT
#include "core/kb/diagnostic.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <tuple>

namespace sputnik::kb {

std::string Diagnostic::format() const {
  return fmt::format("{}:{}:{}: {}: {}", file, line, column, field, message);
}

void sort_diagnostics(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
  });
}

}  // namespace sputnik::kb
