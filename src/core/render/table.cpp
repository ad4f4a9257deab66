// SPDX-License-Identifier: MIT
#include "core/render/table.hpp"

#include <algorithm>

#include "core/util/text.hpp"

namespace sputnik::render {
namespace {

constexpr std::size_t kGap = 2;
constexpr std::size_t kMinFlexWidth = 16;

std::string pad(std::string_view s, std::size_t width, bool right) {
  const std::size_t w = util::display_width(s);
  const std::string fill(width > w ? width - w : 0, ' ');
  return right ? fill + std::string(s) : std::string(s) + fill;
}

std::vector<std::size_t> column_widths(const Table& table, const Style& style, bool with_header) {
  std::vector<std::size_t> widths(table.columns.size(), 0);
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    if (with_header) widths[c] = util::display_width(table.columns[c].header);
    for (const auto& row : table.rows)
      if (c < row.cells.size()) widths[c] = std::max(widths[c], util::display_width(row.cells[c]));
  }
  // The flex column gets what the others leave of the line, never less than a readable minimum.
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    if (!table.columns[c].flex) continue;
    std::size_t others = 0;
    for (std::size_t o = 0; o < widths.size(); ++o)
      if (o != c) others += widths[o] + kGap;
    const std::size_t room = style.width > others ? style.width - others : 0;
    widths[c] = std::clamp(std::min(widths[c], room), kMinFlexWidth, std::max(kMinFlexWidth, room));
  }
  return widths;
}

std::string trim_right(std::string s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

// One table row as one or more lines: the flex cell wraps, other cells sit on the first line.
std::string row_lines(const std::vector<std::string>& cells, const Table& table,
                      const std::vector<std::size_t>& widths) {
  std::vector<std::vector<std::string>> parts(cells.size());
  std::size_t height = 1;
  for (std::size_t c = 0; c < cells.size(); ++c) {
    parts[c] = table.columns[c].flex ? util::wrap(cells[c], widths[c]) : std::vector<std::string>{cells[c]};
    if (parts[c].empty()) parts[c].push_back("");
    height = std::max(height, parts[c].size());
  }
  std::string out;
  for (std::size_t line = 0; line < height; ++line) {
    std::string text;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const std::string cell = line < parts[c].size() ? parts[c][line] : "";
      text += pad(cell, widths[c], table.columns[c].numeric) + (c + 1 < cells.size() ? std::string(kGap, ' ') : "");
    }
    out += trim_right(text) + "\n";
  }
  return out;
}

}  // namespace

std::string render_text_table(const Table& table, const Style& style, bool with_header) {
  const auto widths = column_widths(table, style, with_header);
  const std::size_t indent = widths.empty() ? 0 : widths[0] + kGap;
  std::string out;
  if (with_header) {
    std::vector<std::string> headers;
    for (const auto& c : table.columns) headers.push_back(c.header);
    const std::string line = row_lines(headers, table, widths);
    out += style.dim(line.substr(0, line.size() - 1)) + "\n";
  }
  for (std::size_t i = 0; i < table.rows.size(); ++i) {
    const Row& row = table.rows[i];
    if (!row.heading.empty()) out += (i == 0 ? "" : "\n") + style.bold(row.heading) + "\n";
    const std::string lines = row_lines(row.cells, table, widths);
    out += row.emphasis ? style.accent(lines.substr(0, lines.size() - 1)) + "\n" : lines;
    if (row.detail.empty()) continue;
    const std::size_t room = style.width > indent + kMinFlexWidth ? style.width - indent : kMinFlexWidth;
    for (const auto& line : util::wrap(row.detail, room)) out += std::string(indent, ' ') + style.dim(line) + "\n";
  }
  return out;
}

std::string csv_field(std::string_view text, bool numeric) {
  std::string value(text);
  if (!numeric && !value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos)
    value.insert(value.begin(), '\'');
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char ch : value) quoted += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  return quoted + "\"";
}

std::string render_csv(const Table& table) {
  std::string out;
  for (std::size_t c = 0; c < table.columns.size(); ++c) out += (c ? "," : "") + csv_field(table.columns[c].header);
  out += "\r\n";
  for (const auto& row : table.rows) {
    for (std::size_t c = 0; c < row.cells.size(); ++c)
      out += (c ? "," : "") + csv_field(row.cells[c], table.columns[c].numeric);
    out += "\r\n";
  }
  return out;
}

std::string markdown_cell(std::string_view text) {
  std::string out;
  for (char ch : text) {
    if (ch == '|' || ch == '\\') out += '\\';
    if (ch == '\n') {
      out += "<br>";
      continue;
    }
    if (ch == '\r') continue;
    if (ch == '<') {
      out += "&lt;";
      continue;
    }  // GitHub renders inline HTML in cells
    out += ch;
  }
  return out;
}

std::string render_markdown_table(const Table& table) {
  std::string header = "|", rule = "|";
  for (const auto& c : table.columns) {
    header += " " + markdown_cell(c.header) + " |";
    rule += c.numeric ? " ---: |" : " --- |";
  }
  std::string out = header + "\n" + rule + "\n";
  for (const auto& row : table.rows) {
    out += "|";
    for (const auto& cell : row.cells) out += " " + markdown_cell(cell) + " |";
    out += "\n";
  }
  return out;
}

}  // namespace sputnik::render
