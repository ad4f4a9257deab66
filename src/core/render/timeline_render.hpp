// SPDX-License-Identifier: MIT
#pragma once
// `sputnik timeline` writers. Text formats return the file's content; PPTX writes a file.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/render/formats.hpp"
#include "core/util/result.hpp"
#include "core/views/timeline.hpp"

namespace sputnik::render {

/// Bumped when a field of the JSON output changes meaning or disappears.
inline constexpr int kTimelineFormatVersion = 1;

/// The timeline's formats: data (CSV, JSON, TimelineJS, Markwhen), diagrams and documents
/// (Mermaid, Markdown, Marp), pictures and pages (SVG, HTML) and a PowerPoint deck.
FormatTable<views::Timeline> timeline_formats();

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

/// A text format's content (not PPTX), without terminal colour.
std::string render_timeline(const views::Timeline& tl, Format format);

/// The title: the one given with --title, else one made from the selection in its language.
std::string timeline_title(const views::Timeline& tl);

/// "Sputnik and The Origins of the Space Age, NASA History Office, 2007, https://…"
std::string source_line(const model::Source& s);

}  // namespace sputnik::render
