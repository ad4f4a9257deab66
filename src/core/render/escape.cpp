// SPDX-License-Identifier: MIT
#include "core/render/escape.hpp"

#include "core/util/text.hpp"

namespace sputnik::render {

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string one_line(std::string_view text) {
  std::string out;
  for (char c : text) {
    const char ch = (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    if (ch == ' ' && !out.empty() && out.back() == ' ') continue;
    if (static_cast<unsigned char>(ch) < 0x20) continue;
    out += ch;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string mermaid_period(std::string_view text) {
  std::string out;
  for (char c : one_line(text)) {
    if (c == '#') continue;
    out += (c == ':' || c == ';') ? '-' : c;
  }
  return out;
}

// The lexer cannot carry these characters in event text, and has no escape for them, so
// each becomes its full-width look-alike: the reader still sees what the kb says.
std::string mermaid_event(std::string_view text) {
  std::string out;
  const std::string line = one_line(text);
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == ':' && (i + 1 == line.size() || line[i + 1] == ' '))
      out += "：";  // ": " would split the event
    else if (c == ';')
      out += "；";
    else if (c == '#')
      out += "＃";
    else if (c == '<')
      out += "‹";  // no markup reaches Mermaid's HTML labels
    else if (c == '>')
      out += "›";
    else
      out += c;
  }
  return out;
}

std::string markdown_inline(std::string_view text) {
  std::string out;
  for (char c : one_line(text)) {
    if (std::string_view("\\`*_[]<>#|").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string truncate_display(std::string_view text, std::size_t columns) {
  if (util::display_width(text) <= columns) return std::string(text);
  if (columns == 0) return {};  // not even the "…" fits
  std::string out;
  std::size_t used = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = 1;
    const auto u = static_cast<unsigned char>(text[i]);
    if (u >= 0xF0)
      len = 4;
    else if (u >= 0xE0)
      len = 3;
    else if (u >= 0xC0)
      len = 2;
    const std::string_view ch = text.substr(i, len);
    const std::size_t w = util::display_width(ch);
    if (used + w + 1 > columns) break;
    out += ch;
    used += w;
    i += len;
  }
  return out + "…";
}

}  // namespace sputnik::render
