// SPDX-License-Identifier: MIT
#pragma once
// How names and numbers are written, made one way for search: the indexer indexes the
// normalised form of what it changes, and the searcher normalises every plain query, so
// `7nm` finds "7 nm", `Mate60` finds "Mate 60" and `ＧＰＳ` finds "GPS".
#include <string>
#include <string_view>
#include <vector>

namespace sputnik::util {

/// Full-width ASCII (U+FF01–U+FF5E) → ASCII, the ideographic space → ' ', half-width
/// katakana (U+FF61–U+FF9F, with their voicing marks) → full-width katakana. This is the
/// part of Unicode's NFKC that search needs; the rest of NFKC would change no term.
std::string fold_width(std::string_view s);

/// fold_width, then, word by word:
/// - two or more letters then digits are split: `Mate60` → `Mate 60`, `GPT4` → `GPT 4`
///   (one letter stays: `H100`, `R1`, `o3` are names);
/// - digits then two or more letters are split: `7nm` → `7 nm`, `14nm` → `14 nm`
///   (ordinals `2nd`, `21st` and decades `1950s` stay);
/// - money: `$5.6M` → `5.6 million`, `$589bn` → `589 billion`, `$1T` → `1 trillion`,
///   `$118.42` → `118.42`.
std::string normalize_for_search(std::string_view s);

/// The form a synonym is stored and looked up by: normalize_for_search, ASCII lower case,
/// single spaces ("  CAT  Scan" → "cat scan"). Two terms with one key are the same term.
std::string search_key(std::string_view term);

/// The words of `text` that normalize_for_search changes, in their normalised form: what
/// the indexer adds beside the text as written, so that both spellings find it.
std::vector<std::string> normalized_variants(std::string_view text);

}  // namespace sputnik::util
