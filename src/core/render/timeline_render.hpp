// SPDX-License-Identifier: MIT
#pragma once
// `sputnik timeline` writers. Text formats return the file's content; PPTX writes a file.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/views/timeline.hpp"
#include "core/util/result.hpp"

namespace sputnik::render {

/// Bumped when a field of the JSON output changes meaning or disappears.
inline constexpr int kTimelineFormatVersion = 1;

enum class TimelineFormat { md, csv, json, timelinejs, mermaid, markwhen, marp, html, svg, pptx };

std::optional<TimelineFormat> parse_timeline_format(std::string_view name);
std::string_view timeline_format_name(TimelineFormat f);
/// The format a file name implies (.md .csv .json .mmd .mw .svg .html .pptx; .marp.md,
/// .timelinejs.json), or nothing.
std::optional<TimelineFormat> format_from_path(const std::filesystem::path& path);
bool is_binary(TimelineFormat f);

std::string timeline_markdown(const views::Timeline& tl);
std::string timeline_csv(const views::Timeline& tl);
std::string timeline_json(const views::Timeline& tl);
std::string timeline_timelinejs(const views::Timeline& tl);
std::string timeline_mermaid(const views::Timeline& tl);
std::string timeline_markwhen(const views::Timeline& tl);
std::string timeline_marp(const views::Timeline& tl);
std::string timeline_svg(const views::Timeline& tl);
std::string timeline_html(const views::Timeline& tl);
/// Writes an editable PowerPoint deck (real text boxes and shapes) to `path`; returns the
/// number of slides.
Result<std::size_t> write_timeline_pptx(const views::Timeline& tl, const std::filesystem::path& path);

/// A text format's content (not PPTX).
std::string render_timeline(const views::Timeline& tl, TimelineFormat format);

/// The title: the one given with --title, else one made from the selection in its language.
std::string timeline_title(const views::Timeline& tl);

/// "Sputnik and The Origins of the Space Age, NASA History Office, 2007, https://…"
std::string source_line(const model::Source& s);

}  // namespace sputnik::render
