// SPDX-License-Identifier: MIT
#pragma once
// Escaping for each target format, in one place so every exporter escapes the same way.
#include <string>
#include <string_view>

namespace sputnik::render {

/// XML 1.0 text and attribute values (also HTML): & < > " ' escaped, characters XML
/// forbids (C0 controls other than tab, newline, carriage return) dropped.
std::string xml_escape(std::string_view text);

/// One line: newlines and tabs become spaces, runs of spaces collapse.
std::string one_line(std::string_view text);

/// Mermaid `timeline` pieces (its lexer: no ':' or '#' in periods and sections, ": "
/// splits events, ';' ends a statement in some versions). Periods get plain ASCII
/// substitutes; events get full-width look-alikes (：；＃‹›) so the text still reads the same.
std::string mermaid_period(std::string_view text);
std::string mermaid_event(std::string_view text);

/// Markdown inline text: \ ` * _ [ ] < > # | escaped; newlines become spaces.
std::string markdown_inline(std::string_view text);

/// Cuts text to at most `columns` display columns, ending in "…" when cut.
std::string truncate_display(std::string_view text, std::size_t columns);

}  // namespace sputnik::render
