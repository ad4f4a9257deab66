// SPDX-License-Identifier: MIT
#pragma once
// Dated entries with full dates, for the views that line history up against the AI race.
#include <optional>
#include <string>
#include <vector>

#include "core/model/entities.hpp"
#include "core/store/reader.hpp"
#include "core/util/result.hpp"

namespace sputnik::store {

struct DatedEntry {
  std::string id;
  model::EntryType type = model::EntryType::moment;
  model::Date date;
  std::string date_display;
  model::Text title, summary;
  std::string phase;             ///< moment: shock; response: its phase; spillover: spillovers; ai_event: ""
  std::string kind;              ///< response and AI-event kind; spillover category
  std::string status;            ///< spillovers
  std::string era;               ///< the named era (given or derived), or ""
  std::optional<int> lag_years;  ///< spillovers: years from their moment, when defined
};

/// A moment, its responses and the spillovers on its main line, in date order.
Result<std::vector<DatedEntry>> family_entries(const CatalogReader& reader, const std::string& moment_id);
/// Every AI-race event in date order.
Result<std::vector<DatedEntry>> ai_race_entries(const CatalogReader& reader);
/// Every moment in date order.
Result<std::vector<DatedEntry>> moment_entries(const CatalogReader& reader);
/// Every entry, in date order.
Result<std::vector<DatedEntry>> all_dated_entries(const CatalogReader& reader);
/// One dated entry by id (any type), or a no_match error.
Result<DatedEntry> dated_entry(const CatalogReader& reader, const std::string& id);

/// Analogies whose `from` is one of `ids`, in phase order then by id.
Result<std::vector<model::Analogy>> analogies_from(const CatalogReader& reader, const std::vector<std::string>& ids);

}  // namespace sputnik::store
