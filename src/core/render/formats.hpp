// SPDX-License-Identifier: MIT
#pragma once
// Output formats, listed once (formats.cpp), and the format table of each view: which formats
// the view offers and the renderer for each (notmuch's sprinter is the model). `--format`, its
// help, `-o` extension matching, shell completion and the man page all read these tables, so a
// format a view does not offer can never be chosen, and adding one is a row and a renderer.
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/render/style.hpp"
#include "core/util/result.hpp"

namespace sputnik::render {

enum class Format { text, json, jsonl, csv, md, ids, timelinejs, mermaid, markwhen, marp, html, svg, pptx };

struct FormatInfo {
  Format format;
  std::string_view name;                         ///< what --format takes
  std::span<const std::string_view> aliases;     ///< also accepted ("markdown")
  std::span<const std::string_view> extensions;  ///< file names -o maps to it, most specific first
  bool binary = false;                           ///< written to a file only, never to a terminal
  std::string_view help;                         ///< one line for listings
};

/// Every format sputnik writes, in the order listings show them.
std::span<const FormatInfo> all_formats();
const FormatInfo& info(Format f);
std::string_view format_name(Format f);

/// One row of a view's table: a format and how to render the view in it. Text formats return
/// the content; binary formats write `path` and return a count for the user ("12 slides").
template <class View>
struct ViewFormat {
  Format format;
  std::string (*render)(const View& view, const Style& style) = nullptr;
  Result<std::size_t> (*write)(const View& view, const Style& style, const std::filesystem::path& path) = nullptr;
};

template <class View>
using FormatTable = std::span<const ViewFormat<View>>;

/// The formats a table offers, in its order.
template <class View>
std::vector<Format> offered(FormatTable<View> table) {
  std::vector<Format> out;
  for (const auto& row : table) out.push_back(row.format);
  return out;
}

/// The format a file name implies among those offered (the longest matching extension wins,
/// so talk.marp.md is Marp, not Markdown), or nothing.
std::optional<Format> format_from_path(const std::filesystem::path& path, std::span<const Format> offered);
/// "name the file .md .csv … or .pptx, or give --format": the usual extension of each offered format.
std::string extension_hint(std::span<const Format> offered);

/// Reports a format missing from a table: a bug, since options only accept offered formats.
[[noreturn]] void throw_not_offered(Format format);

/// The row of `format` in `table` (the option parser only lets offered formats through, so a
/// missing row is a bug and throws std::logic_error).
template <class View>
const ViewFormat<View>& row_of(FormatTable<View> table, Format format) {
  for (const auto& row : table)
    if (row.format == format) return row;
  throw_not_offered(format);
}

/// Renders a text format of a view.
template <class View>
std::string render_as(FormatTable<View> table, Format format, const View& view, const Style& style) {
  return row_of(table, format).render(view, style);
}

}  // namespace sputnik::render
