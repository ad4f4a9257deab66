// SPDX-License-Identifier: MIT
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace sputnik::util {

/// True for a stable id: `^[a-z0-9]+(-[a-z0-9]+)*$`, at most 64 bytes.
bool is_slug(std::string_view s);

/// Lower-cases ASCII letters and turns runs of spaces and underscores into one '-'
/// ("Health and Medicine" → "health-and-medicine"); other bytes are kept.
std::string slugify(std::string_view s);

std::string ascii_lower(std::string_view s);

/// The Levenshtein distance between `a` and `b` in bytes, or `limit + 1` once it exceeds
/// `limit` (enough to ask "within two edits?" of ASCII ids cheaply).
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);
std::string ascii_upper(std::string_view s);  ///< ASCII letters only; other bytes unchanged

/// True when the bytes are well-formed UTF-8.
bool is_valid_utf8(std::string_view s);
/// The length in bytes of the longest well-formed UTF-8 prefix (`s.size()` when all of it is).
std::size_t valid_utf8_prefix(std::string_view s);

/// `text` with control characters (C0 except newline and tab, DEL, C1) shown as \xNN or
/// \u00NN, bidi controls as <U+202E>, and bytes that are not UTF-8 as \xNN. Messages quote
/// what users type and kb files hold; printed raw, an escape sequence could rewrite the
/// terminal and a bidi override could make a message read backwards.
std::string terminal_safe(std::string_view text);

/// The code point starting at byte `i` (U+FFFD for a malformed sequence); `i` moves past it.
char32_t next_code_point(std::string_view s, std::size_t& i);
/// Appends `cp` to `out` as UTF-8.
void append_utf8(std::string& out, char32_t cp);

/// True when the text holds at least one Han, Hiragana or Katakana character.
bool has_cjk(std::string_view s);

/// Terminal columns of a UTF-8 string (East Asian wide characters count 2).
std::size_t display_width(std::string_view s);

/// Greedy word wrap to `width` columns; CJK text may break between any two characters.
std::vector<std::string> wrap(std::string_view text, std::size_t width);

std::string join(const std::vector<std::string>& parts, std::string_view sep);

}  // namespace sputnik::util
