// SPDX-License-Identifier: MIT
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "core/model/entities.hpp"

namespace sputnik::render {

/// How human text is laid out: colour only when the CLI decided the stream allows it.
struct Style {
  bool color = false;
  std::size_t width = 80;
  model::Lang lang = model::Lang::en;

  std::string bold(std::string_view s) const;
  std::string dim(std::string_view s) const;
  std::string accent(std::string_view s) const;
  std::string highlight(std::string_view s) const;
};

/// Replaces the \x01…\x02 match markers: highlighted on colour, dropped otherwise.
std::string render_marks(std::string_view marked, const Style& style);
/// The same text as HTML: escaped, with <b>…</b> around matches.
std::string marks_to_html(std::string_view marked);
/// The text without markers.
std::string strip_marks(std::string_view marked);

/// Wraps `text` to the style's width with `indent` spaces before every line.
std::string paragraph(std::string_view text, std::size_t indent, const Style& style);

/// A kb figure's value as people read it: whole numbers in full (5576000), others short (-16.97).
std::string format_number(double v);

}  // namespace sputnik::render
