// SPDX-License-Identifier: MIT
#pragma once
// One table model, four renderings: aligned text for a terminal, CSV for spreadsheets,
// Markdown for documents, and the cells themselves for JSON writers.
#include <string>
#include <string_view>
#include <vector>

#include "core/render/style.hpp"

namespace sputnik::render {

struct Column {
  std::string header;
  bool numeric = false;  ///< right-aligned in text; written bare in CSV (no formula guard)
  bool flex = false;     ///< takes the width left over and wraps (one flex column per table)
};

struct Row {
  Row(std::vector<std::string> cells_, std::string detail_ = {}, bool emphasis_ = false, std::string heading_ = {})
      : cells(std::move(cells_)), detail(std::move(detail_)), emphasis(emphasis_), heading(std::move(heading_)) {}

  std::vector<std::string> cells;
  std::string detail;     ///< text only: a wrapped line under the row, from the second column on
  bool emphasis = false;  ///< text only: the row is drawn in the accent colour (myths)
  std::string heading;    ///< text only: a group heading printed (bold) before the row
};

struct Table {
  std::vector<Column> columns;
  std::vector<Row> rows;
};

/// Columns aligned by display width (CJK counts two), the flex column wrapped to fit
/// style.width; headers dimmed on colour.
std::string render_text_table(const Table& table, const Style& style, bool with_header = true);

/// RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break.
/// Text cells starting with = + - @ or a tab are prefixed with ' so spreadsheets do not
/// run them as formulas.
std::string render_csv(const Table& table);
std::string csv_field(std::string_view text, bool numeric = false);

/// A GitHub-flavoured Markdown table; | and line breaks in cells are escaped.
std::string render_markdown_table(const Table& table);
std::string markdown_cell(std::string_view text);

}  // namespace sputnik::render
