// SPDX-License-Identifier: MIT
#include "core/render/style.hpp"

#include <fmt/color.h>
#include <fmt/format.h>

#include "core/model/search.hpp"
#include "core/util/text.hpp"

namespace sputnik::render {

std::string Style::bold(std::string_view s) const {
  return color ? fmt::format(fmt::emphasis::bold, "{}", s) : std::string(s);
}
std::string Style::dim(std::string_view s) const {
  return color ? fmt::format(fmt::emphasis::faint, "{}", s) : std::string(s);
}
std::string Style::accent(std::string_view s) const {
  return color ? fmt::format(fmt::fg(fmt::terminal_color::cyan), "{}", s) : std::string(s);
}
std::string Style::highlight(std::string_view s) const {
  return color ? fmt::format(fmt::emphasis::bold | fmt::fg(fmt::terminal_color::yellow), "{}", s) : std::string(s);
}

namespace {
template <class OnText, class OnMatch>
void walk_marks(std::string_view marked, OnText on_text, OnMatch on_match) {
  std::size_t i = 0;
  while (i < marked.size()) {
    const auto start = marked.find(model::kHighlightStart, i);
    if (start == std::string_view::npos) {
      on_text(marked.substr(i));
      return;
    }
    on_text(marked.substr(i, start - i));
    auto end = marked.find(model::kHighlightEnd, start + 1);
    if (end == std::string_view::npos) end = marked.size();
    on_match(marked.substr(start + 1, end - start - 1));
    i = end + 1;
  }
}

std::string html_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
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
      default:
        out += c;
    }
  }
  return out;
}
}  // namespace

std::string render_marks(std::string_view marked, const Style& style) {
  std::string out;
  walk_marks(
      marked, [&](std::string_view t) { out += t; }, [&](std::string_view m) { out += style.highlight(m); });
  return out;
}

std::string marks_to_html(std::string_view marked) {
  std::string out;
  walk_marks(
      marked, [&](std::string_view t) { out += html_escape(t); },
      [&](std::string_view m) { out += "<b>" + html_escape(m) + "</b>"; });
  return out;
}

std::string strip_marks(std::string_view marked) {
  std::string out;
  walk_marks(
      marked, [&](std::string_view t) { out += t; }, [&](std::string_view m) { out += m; });
  return out;
}

std::string paragraph(std::string_view text, std::size_t indent, const Style& style) {
  const std::size_t width = style.width > indent + 20 ? style.width - indent : 20;
  std::string out;
  for (const auto& line : util::wrap(text, width)) out += std::string(indent, ' ') + line + "\n";
  return out;
}

std::string format_number(double v) {
  return v == static_cast<double>(static_cast<long long>(v)) && v < 1e15 && v > -1e15
             ? fmt::format("{}", static_cast<long long>(v))
             : fmt::format("{:g}", v);
}

}  // namespace sputnik::render
