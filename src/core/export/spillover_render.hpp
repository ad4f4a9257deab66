// SPDX-License-Identifier: MIT
#pragma once
#include <string>

#include "core/export/style.hpp"
#include "core/query/spillovers.hpp"

namespace sputnik::out {

/// Bumped when a field of the JSON output changes meaning or disappears.
inline constexpr int kSpilloversFormatVersion = 1;

std::string render_spillovers_text(const query::SpilloverList& list, const query::SpilloverQuery& query,
                                   const Style& style);
std::string render_spillovers_json(const query::SpilloverList& list, const query::SpilloverQuery& query);
/// One compact JSON row per line (the fields of "rows" in the JSON output).
std::string render_spillovers_jsonl(const query::SpilloverList& list);
/// One row per spillover (plus a `group` column when grouped); facets are not part of CSV.
std::string render_spillovers_csv(const query::SpilloverList& list, const query::SpilloverQuery& query);
std::string render_spillovers_markdown(const query::SpilloverList& list, const query::SpilloverQuery& query);

}  // namespace sputnik::out
