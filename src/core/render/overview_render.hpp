// SPDX-License-Identifier: MIT
#pragma once
#include <string>

#include "core/render/formats.hpp"
#include "core/render/style.hpp"
#include "core/views/overview.hpp"

namespace sputnik::render {

/// Bumped when a field of the JSON output changes meaning or disappears.
inline constexpr int kErasFormatVersion = 1;
inline constexpr int kStatsFormatVersion = 1;

std::string render_eras_text(const views::EraOverview& overview, const Style& style);
std::string render_eras_json(const views::EraOverview& overview);
/// One era or decade per line, with "kind": "era" or "decade".
std::string render_eras_jsonl(const views::EraOverview& overview);
/// One table: a `kind` column says era or decade.
std::string render_eras_csv(const views::EraOverview& overview, model::Lang lang);
std::string render_eras_markdown(const views::EraOverview& overview, model::Lang lang);

std::string render_stats_text(const views::CorpusStats& stats, const Style& style);
std::string render_stats_json(const views::CorpusStats& stats);
/// Long form: table,key,label,count,median_lag,min_lag,max_lag.
std::string render_stats_csv(const views::CorpusStats& stats, model::Lang lang);
std::string render_stats_markdown(const views::CorpusStats& stats, model::Lang lang);

FormatTable<views::EraOverview> era_formats();
FormatTable<views::CorpusStats> stats_formats();

}  // namespace sputnik::render
