// SPDX-License-Identifier: MIT
#include "core/kb/diagnostic.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <string_view>
#include <tuple>

namespace sputnik::kb {
namespace {

// A hostile kb can put anything in a key or an id that messages quote: control characters
// (a NUL, a terminal escape sequence) are shown as \uXXXX and a runaway value is cut, so a
// report stays one readable line per problem.
std::string printable(std::string_view s, std::size_t max_bytes) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (out.size() >= max_bytes && (c & 0xC0) != 0x80) {  // cut between characters, never inside one
      out += "…";
      break;
    }
    const auto next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    if (c < 0x20 || c == 0x7F) {
      out += fmt::format("\\u{:04X}", c);
    } else if (c == 0xC2 && next >= 0x80 && next <= 0x9F) {  // C1 controls, U+0080..U+009F
      out += fmt::format("\\u{:04X}", next);
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace

std::string Diagnostic::format() const {
  // A problem with a whole file or folder has no position to give.
  if (line == 0)
    return fmt::format("{}: {}: {}", printable(file, 4096), printable(field, 256), printable(message, 2048));
  return fmt::format("{}:{}:{}: {}: {}", printable(file, 4096), line, column, printable(field, 256),
                     printable(message, 2048));
}

void sort_diagnostics(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
  });
}

}  // namespace sputnik::kb
