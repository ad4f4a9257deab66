// SPDX-License-Identifier: MIT
#pragma once
// An article cut into sentences, English and Japanese, plain text or Markdown: what
// `annotate` checks one at a time.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sputnik::util {

struct Sentence {
  std::string text;      ///< trimmed, on one line (line breaks inside a sentence become spaces)
  std::size_t line = 0;  ///< 1-based line where it starts
};

/// Splits `text` (valid UTF-8) into sentences. A sentence ends at `.`, `!` or `?` followed by
/// a space or the end of a line — not after an abbreviation ("U.S.", "Jan.", "Dr.", "e.g."),
/// an initial ("J. F. Kennedy") or inside a number ("5.6") — and at `。`, `！`, `？`
/// together with the closing brackets after them (`。」`). A blank line ends a paragraph and
/// its sentence. Markdown headings, quotes and list markers at the start of a line are
/// dropped, and so are fenced code blocks; a heading is a sentence of its own.
std::vector<Sentence> split_sentences(std::string_view text);

}  // namespace sputnik::util
