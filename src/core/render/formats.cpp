// SPDX-License-Identifier: MIT
#include "core/render/formats.hpp"

#include <fmt/format.h>
#include <stdexcept>

#include "core/util/text.hpp"

namespace sputnik::render {
namespace {

constexpr std::string_view kNone[] = {""};
constexpr std::string_view kMarkdownAlias[] = {"markdown"};
constexpr std::string_view kTextExt[] = {".txt"};
constexpr std::string_view kJsonExt[] = {".json"};
constexpr std::string_view kJsonlExt[] = {".jsonl", ".ndjson"};
constexpr std::string_view kCsvExt[] = {".csv"};
constexpr std::string_view kMdExt[] = {".md", ".markdown"};
constexpr std::string_view kTimelinejsExt[] = {".timelinejs.json", ".tljs.json"};
constexpr std::string_view kMermaidExt[] = {".mmd", ".mermaid"};
constexpr std::string_view kMarkwhenExt[] = {".mw", ".markwhen"};
constexpr std::string_view kMarpExt[] = {".marp.md"};
constexpr std::string_view kHtmlExt[] = {".html", ".htm"};
constexpr std::string_view kSvgExt[] = {".svg"};
constexpr std::string_view kPptxExt[] = {".pptx"};

constexpr std::span<const std::string_view> none() { return std::span<const std::string_view>(kNone).first(0); }

constexpr FormatInfo kFormats[] = {
    {Format::text, "text", none(), kTextExt, false, "text for people, coloured on a terminal"},
    {Format::json, "json", none(), kJsonExt, false, "one JSON document with a format_version"},
    {Format::jsonl, "jsonl", none(), kJsonlExt, false, "one JSON object per line"},
    {Format::csv, "csv", none(), kCsvExt, false, "comma-separated rows with a header"},
    {Format::md, "md", kMarkdownAlias, kMdExt, false, "Markdown"},
    {Format::ids, "ids", none(), none(), false, "one id per line, for pipes"},
    {Format::timelinejs, "timelinejs", none(), kTimelinejsExt, false, "TimelineJS3 JSON"},
    {Format::mermaid, "mermaid", none(), kMermaidExt, false, "a Mermaid timeline diagram"},
    {Format::markwhen, "markwhen", none(), kMarkwhenExt, false, "Markwhen text"},
    {Format::marp, "marp", none(), kMarpExt, false, "Marp Markdown slides"},
    {Format::html, "html", none(), kHtmlExt, false, "a self-contained web page"},
    {Format::svg, "svg", none(), kSvgExt, false, "an SVG picture"},
    {Format::pptx, "pptx", none(), kPptxExt, true, "a PowerPoint deck (needs -o FILE)"},
};

// Row i describes format i, so info() is an index.
constexpr bool rows_in_enum_order() {
  for (std::size_t i = 0; i < std::size(kFormats); ++i)
    if (static_cast<std::size_t>(kFormats[i].format) != i) return false;
  return true;
}
static_assert(rows_in_enum_order(), "kFormats must list every Format once, in enum order");

bool ends_with(const std::string& name, std::string_view suffix) {
  return name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::span<const FormatInfo> all_formats() { return kFormats; }
const FormatInfo& info(Format f) { return kFormats[static_cast<std::size_t>(f)]; }
std::string_view format_name(Format f) { return info(f).name; }

std::optional<Format> format_from_path(const std::filesystem::path& path, std::span<const Format> offered) {
  const std::string name = util::ascii_lower(path.filename().string());
  std::optional<Format> best;
  std::size_t best_length = 0;
  for (Format f : offered)
    for (auto ext : info(f).extensions)
      if (ends_with(name, ext) && ext.size() > best_length) {
        best = f;
        best_length = ext.size();
      }
  return best;
}

std::string extension_hint(std::span<const Format> offered) {
  std::vector<std::string> exts;
  for (Format f : offered)
    if (!info(f).extensions.empty()) exts.emplace_back(info(f).extensions.front());  // the usual one
  std::string out = "name the file";
  for (std::size_t i = 0; i < exts.size(); ++i) out += (i == 0 ? " " : i + 1 == exts.size() ? " or " : " ") + exts[i];
  return out + ", or give --format";
}

void throw_not_offered(Format format) {
  throw std::logic_error(fmt::format("format '{}' is not in this view's table", format_name(format)));
}

}  // namespace sputnik::render
