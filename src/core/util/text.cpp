// SPDX-License-Identifier: MIT
#include "core/util/text.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cstdint>
#include <vector>

namespace sputnik::util {
namespace {

// Decodes one code point at s[i] and advances i; false (and i past the bad byte) when
// the sequence is malformed, overlong, a surrogate or beyond U+10FFFF.
bool decode(std::string_view s, std::size_t& i, char32_t& cp) {
  const auto lead = static_cast<unsigned char>(s[i++]);
  const int extra = lead < 0x80 ? 0 : (lead >> 5) == 0x6 ? 1 : (lead >> 4) == 0xE ? 2 : (lead >> 3) == 0x1E ? 3 : -1;
  if (extra < 0) return false;
  cp = extra == 0 ? lead : lead & (0x3F >> extra);
  for (int k = 0; k < extra; ++k) {
    if (i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) return false;
    cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  }
  static constexpr char32_t min_for_length[] = {0, 0x80, 0x800, 0x10000};
  return cp >= min_for_length[extra] && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
}

bool is_wide(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
         (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

// Characters Japanese typography never puts at the start of a line (kinsoku): closing
// punctuation, the long-vowel mark and small tsu.
bool never_starts_line(char32_t cp) {
  static constexpr char32_t closing[] = {U'、', U'。', U'，', U'．', U'）', U'」',
                                         U'』', U'】', U'・', U'ー', U'ッ', U'っ'};
  for (char32_t c : closing)
    if (cp == c) return true;
  return false;
}

// Control characters (such as the snippet match markers) take no column.
std::size_t column_width(char32_t cp) { return cp < 0x20 ? 0 : is_wide(cp) ? 2 : 1; }

}  // namespace

bool is_slug(std::string_view s) {
  if (s.empty() || s.size() > 64 || s.front() == '-' || s.back() == '-') return false;
  char prev = 0;
  for (char c : s) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && prev == '-')) return false;
    prev = c;
  }
  return true;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string ascii_upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::string slugify(std::string_view s) {
  std::string out;
  for (char c : ascii_lower(s)) {
    if (c == ' ' || c == '_') {
      if (!out.empty() && out.back() != '-') out += '-';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

namespace {
bool is_bidi_control(char32_t c) {
  return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}
}  // namespace

std::string terminal_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    char32_t c = 0;
    if (!decode(text, i, c)) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(text[start]));
      i = start + 1;  // show each bad byte, then resynchronise on the next
      continue;
    }
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F)
      out += fmt::format("\\x{:02x}", static_cast<unsigned>(c));
    else if (c >= 0x80 && c <= 0x9F)
      out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
    else if (is_bidi_control(c))
      out += fmt::format("<U+{:04X}>", static_cast<unsigned>(c));
    else
      out.append(text.substr(start, i - start));
  }
  return out;
}

bool is_valid_utf8(std::string_view s) { return valid_utf8_prefix(s) == s.size(); }

std::size_t valid_utf8_prefix(std::string_view s) {
  char32_t cp = 0;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    if (!decode(s, i, cp)) return start;
  }
  return s.size();
}

char32_t next_code_point(std::string_view s, std::size_t& i) {
  char32_t cp = 0;
  return decode(s, i, cp) ? cp : 0xFFFD;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool has_cjk(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const char32_t cp = next_code_point(s, i);
    if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF)) return true;
  }
  return false;
}

std::size_t display_width(std::string_view s) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < s.size();) width += column_width(next_code_point(s, i));
  return width;
}

std::vector<std::string> wrap(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  std::string line, word;
  std::size_t line_w = 0, word_w = 0;
  bool after_wide = false;  // the last character placed was a wide one, flushed as its own word
  auto flush_word = [&] {
    if (word.empty()) return;
    if (line_w > 0 && line_w + word_w > width) {
      while (!line.empty() && line.back() == ' ') line.pop_back();
      lines.push_back(line);
      line.clear();
      line_w = 0;
    }
    line += word;
    line_w += word_w;
    word.clear();
    word_w = 0;
  };
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t cp = next_code_point(text, i);
    const std::string_view bytes = text.substr(start, i - start);
    if (cp == ' ' || cp == '\n') {
      after_wide = false;
      flush_word();
      if (line_w > 0 && line_w < width) {
        line += ' ';
        ++line_w;
      }
    } else if (never_starts_line(cp)) {  // stays on the line of the character before it
      flush_word();
      line += bytes;
      line_w += 2;
    } else if (is_wide(cp)) {  // a wide character is a word of its own
      flush_word();
      word = bytes;
      word_w = 2;
      flush_word();
      after_wide = true;
      continue;
    } else if (after_wide && word.empty() && cp < 0x80 &&
               std::string_view(",.;:!?)").find(static_cast<char>(cp)) != std::string_view::npos) {
      line += bytes;  // ASCII punctuation right after Japanese text stays on its line too
      ++line_w;
    } else {
      after_wide = false;
      word += bytes;
      word_w += column_width(cp);
    }
  }
  flush_word();
  while (!line.empty() && line.back() == ' ') line.pop_back();
  if (!line.empty()) lines.push_back(line);
  return lines;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += sep;
    out += parts[i];
  }
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  const std::size_t longer = std::max(a.size(), b.size()), shorter = std::min(a.size(), b.size());
  if (longer - shorter > limit) return limit + 1;
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0], best = row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;
  }
  return std::min(row[b.size()], limit + 1);
}

}  // namespace sputnik::util
