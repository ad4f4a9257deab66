// SPDX-License-Identifier: MIT
#pragma once
#include <string>

#include "core/export/style.hpp"
#include "core/query/overview.hpp"

namespace sputnik::out {

/// Bumped when a field of the JSON output changes meaning or disappears.
inline constexpr int kErasFormatVersion = 1;
inline constexpr int kStatsFormatVersion = 1;

std::string render_eras_text(const query::EraOverview& overview, const Style& style);
std::string render_eras_json(const query::EraOverview& overview);
/// One era or decade per line, with "kind": "era" or "decade".
std::string render_eras_jsonl(const query::EraOverview& overview);
/// One table: a `kind` column says era or decade.
std::string render_eras_csv(const query::EraOverview& overview, model::Lang lang);
std::string render_eras_markdown(const query::EraOverview& overview, model::Lang lang);

std::string render_stats_text(const query::CorpusStats& stats, const Style& style);
std::string render_stats_json(const query::CorpusStats& stats);
/// Long form: table,key,label,count,median_lag,min_lag,max_lag.
std::string render_stats_csv(const query::CorpusStats& stats, model::Lang lang);
std::string render_stats_markdown(const query::CorpusStats& stats, model::Lang lang);

}  // namespace sputnik::out
