// SPDX-License-Identifier: MIT
#pragma once
// `sputnik eras` and `sputnik stats`: what the corpus holds, per period, and how long
// spillovers took to arrive after their shock.
#include <optional>
#include <string>
#include <vector>

#include "core/model/entities.hpp"
#include "core/store/listing.hpp"

namespace sputnik::views {

struct EraRow {
  model::Era era;
  store::PeriodCounts counts;  ///< entries dated inside the era's years
};
struct DecadeRow {
  int decade = 0;
  std::string label;  ///< "1950s", "250s bce"
  store::PeriodCounts counts;
};
struct EraOverview {
  std::vector<EraRow> eras;        ///< in time order
  std::vector<DecadeRow> decades;  ///< every decade with an entry, in time order
};
Result<EraOverview> era_overview(const store::CatalogReader& reader);

/// Lag (years from the shock) over a set of spillovers: myths left out.
struct LagSummary {
  std::string key;  ///< moment id or category
  model::Text label;
  int count = 0;
  double median = 0;
  int min = 0, max = 0;
};
struct CorpusStats {
  store::CorpusCounts counts;
  std::vector<LagSummary> by_moment;    ///< moments in date order
  std::vector<LagSummary> by_category;  ///< categories in the vocabulary's order
  LagSummary overall;
  std::optional<model::Date> ai_race_recorded_to;  ///< [corpus] ai_race_recorded_to, if the kb says
};
Result<CorpusStats> corpus_stats(const store::CatalogReader& reader);

/// The median of the values (the mean of the middle two for an even count); 0 when empty.
double median(std::vector<int> values);

}  // namespace sputnik::views
