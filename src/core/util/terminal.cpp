// SPDX-License-Identifier: MIT
#include "core/util/terminal.hpp"

#include <fmt/format.h>

namespace sputnik::util {
namespace {

// The length of the well-formed UTF-8 sequence at `i`, or 0.
std::size_t sequence_length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  const std::size_t n = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  if ((n == 2 && lead < 0xC2) || (n == 3 && lead == 0xE0 && byte(i + 1) < 0xA0) ||
      (n == 3 && lead == 0xED && byte(i + 1) >= 0xA0) || (n == 4 && lead == 0xF0 && byte(i + 1) < 0x90) ||
      (n == 4 && (lead > 0xF4 || (lead == 0xF4 && byte(i + 1) >= 0x90))))
    return 0;  // overlong, surrogate or beyond U+10FFFF
  return n;
}

char32_t decode(std::string_view s, std::size_t i, std::size_t n) {
  const auto byte = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[k])); };
  if (n == 1) return byte(i);
  char32_t c = byte(i) & (0xFF >> (n + 1));
  for (std::size_t k = 1; k < n; ++k) c = (c << 6) | (byte(i + k) & 0x3F);
  return c;
}

bool is_bidi_control(char32_t c) {
  return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

}  // namespace

std::string terminal_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = sequence_length(text, i);
    if (n == 0) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(text[i]));
      ++i;
      continue;
    }
    const char32_t c = decode(text, i, n);
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) out += fmt::format("\\x{:02x}", static_cast<unsigned>(c));
    else if (c >= 0x80 && c <= 0x9F) out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
    else if (is_bidi_control(c)) out += fmt::format("<U+{:04X}>", static_cast<unsigned>(c));
    else out.append(text.substr(i, n));
    i += n;
  }
  return out;
}

}  // namespace sputnik::util
