// SPDX-License-Identifier: MIT
#pragma once
// The list questions: spillovers by era, counts per era and decade, corpus statistics.
// Filters are bound parameters; nothing here formats output.
#include <optional>
#include <string>
#include <vector>

#include "core/model/entities.hpp"
#include "core/model/era_spec.hpp"
#include "core/store/reader.hpp"
#include "core/util/result.hpp"

namespace sputnik::store {

struct SpilloverFilter {
  model::YearRange years;
  std::vector<std::string> categories;          ///< canonical names; empty = any
  std::vector<std::string> statuses;            ///< empty = any
  std::string moment;                           ///< descends from this moment by any line; empty = any
  std::optional<std::vector<std::string>> ids;  ///< only these (a full-text result); nullopt = any
};

/// A spillover with its main line of descent: the moment, the response on the way, the lag.
struct SpilloverRow {
  std::string id, date, era, country, category, status;
  model::Precision precision = model::Precision::year;
  int year = 0, decade = 0;
  long sort_key = 0;
  model::Text title;
  std::optional<int> lag_years;
  std::string moment_id, response_id;
  model::Text moment_title, response_title;
};

/// Matching spillovers in date order. A date is inside a year range when every year it may
/// mean is: "1960s" is inside 1958..1975 but not inside 1965..1975.
Result<std::vector<SpilloverRow>> spillover_rows(const CatalogReader& reader, const SpilloverFilter& filter);

/// The named eras in time order (start year, then end year).
Result<std::vector<model::Era>> all_eras(const CatalogReader& reader);
Result<std::vector<model::Country>> all_countries(const CatalogReader& reader);

struct PeriodCounts {
  int moments = 0, responses = 0, spillovers = 0, myths = 0, ai_events = 0;
};
/// Entries dated inside the years (as for spillover_rows) (spillovers count facts and disputed links; myths apart).
Result<PeriodCounts> counts_in_years(const CatalogReader& reader, const model::YearRange& years);
struct DecadeCounts {
  int decade = 0;
  PeriodCounts counts;
};
/// Every decade that has at least one entry, in time order.
Result<std::vector<DecadeCounts>> decade_counts(const CatalogReader& reader);

struct CorpusCounts {
  int moments = 0, responses = 0, ai_events = 0, analogies = 0, sources = 0, primary_sources = 0;
  int facts = 0, disputed = 0, myths = 0;
  int eras = 0, countries = 0;
  int entries = 0, entries_with_primary_source = 0;  ///< dated entries, and those citing a primary source
  int spillovers() const { return facts + disputed + myths; }
};
Result<CorpusCounts> corpus_counts(const CatalogReader& reader);

/// One spillover's lag from its moment, for the lag statistics (myths and undated lags left out).
struct LagSample {
  std::string moment_id, category;
  model::Text moment_title;
  long moment_sort_key = 0;
  int lag_years = 0;
};
Result<std::vector<LagSample>> lag_samples(const CatalogReader& reader);

}  // namespace sputnik::store
