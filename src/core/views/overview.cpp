// SPDX-License-Identifier: MIT
#include "core/views/overview.hpp"

#include <algorithm>

#include "core/model/date.hpp"
#include "core/model/vocab.hpp"

namespace sputnik::views {
namespace {

LagSummary summarise(std::string key, model::Text label, std::vector<int> lags) {
  LagSummary s{std::move(key), std::move(label), static_cast<int>(lags.size()), 0, 0, 0};
  if (lags.empty()) return s;
  const auto [lo, hi] = std::minmax_element(lags.begin(), lags.end());
  s.min = *lo;
  s.max = *hi;
  s.median = median(std::move(lags));
  return s;
}

}  // namespace

double median(std::vector<int> values) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const std::size_t mid = values.size() / 2;
  return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

Result<EraOverview> era_overview(const store::CatalogReader& reader) {
  auto eras = store::all_eras(reader);
  if (!eras) return eras.error();
  EraOverview overview;
  for (auto& era : *eras) {
    auto counts = store::counts_in_years(reader, {era.start, era.end});
    if (!counts) return counts.error();
    overview.eras.push_back({std::move(era), *counts});
  }
  auto decades = store::decade_counts(reader);
  if (!decades) return decades.error();
  for (const auto& d : *decades) overview.decades.push_back({d.decade, model::decade_label(d.decade), d.counts});
  return overview;
}

Result<CorpusStats> corpus_stats(const store::CatalogReader& reader) {
  auto counts = store::corpus_counts(reader);
  if (!counts) return counts.error();
  auto samples = store::lag_samples(reader);  // ordered by moment date
  if (!samples) return samples.error();
  auto recorded_to = reader.ai_race_recorded_to();
  if (!recorded_to) return recorded_to.error();
  CorpusStats stats{*counts, {}, {}, {}, *recorded_to};
  std::vector<int> all, of_moment;
  for (std::size_t i = 0; i < samples->size(); ++i) {
    const auto& s = (*samples)[i];
    all.push_back(s.lag_years);
    of_moment.push_back(s.lag_years);
    const bool last_of_moment = i + 1 == samples->size() || (*samples)[i + 1].moment_id != s.moment_id;
    if (last_of_moment) stats.by_moment.push_back(summarise(s.moment_id, s.moment_title, std::exchange(of_moment, {})));
  }
  for (const auto& category : model::categories().terms()) {
    std::vector<int> lags;
    for (const auto& s : *samples)
      if (s.category == category.id) lags.push_back(s.lag_years);
    if (!lags.empty())
      stats.by_category.push_back(
          summarise(std::string(category.id), {std::string(category.en), std::string(category.ja)}, lags));
  }
  stats.overall = summarise("all", {}, all);  // labelled by the renderer
  return stats;
}

}  // namespace sputnik::views
