// SPDX-License-Identifier: MIT
#pragma once
#include <string>

#include "core/render/formats.hpp"
#include "core/render/style.hpp"
#include "core/views/spillovers.hpp"

namespace sputnik::render {

/// Bumped when a field of the JSON output changes meaning or disappears.
inline constexpr int kSpilloversFormatVersion = 1;

std::string render_spillovers_text(const views::SpilloverList& list, const views::SpilloverQuery& query,
                                   const Style& style);
std::string render_spillovers_json(const views::SpilloverList& list, const views::SpilloverQuery& query);
/// One compact JSON row per line (the fields of "rows" in the JSON output).
std::string render_spillovers_jsonl(const views::SpilloverList& list);
/// One row per spillover (plus a `group` column when grouped); facets are not part of CSV.
std::string render_spillovers_csv(const views::SpilloverList& list, const views::SpilloverQuery& query);
std::string render_spillovers_markdown(const views::SpilloverList& list, const views::SpilloverQuery& query);

struct SpilloverOutput {
  const views::SpilloverList& list;
  const views::SpilloverQuery& query;
};
FormatTable<SpilloverOutput> spillover_formats();

}  // namespace sputnik::render
