// SPDX-License-Identifier: MIT
#pragma once
// The AI-race link: a historical shock lined up against the AI race phase by phase and
// month by month (`analogy`), the AI race told with its parallels (`narrative`), and two
// shocks side by side (`compare`).
#include <optional>
#include <string>
#include <vector>

#include "core/catalog/catalog.hpp"
#include "core/model/offset.hpp"
#include "core/store/timeline.hpp"

namespace sputnik::views {

inline constexpr const char* kDefaultAiT0 = "deepseek-r1";

struct Timed {
  store::DatedEntry entry;
  model::Offset offset;  ///< from its own t0
};

/// An analogy link with the entries at both ends.
struct Link {
  model::Analogy analogy;
  store::DatedEntry history, ai;
};

struct AnalogyRow {
  std::string phase;
  Timed history;
  std::vector<Timed> ai_beside;   ///< AI-race events in the same month after the AI t0
  bool beyond_now = false;        ///< the AI race has not yet reached this offset
  bool beyond_record = false;     ///< reached, but after the date the kb's AI race is recorded up to
  std::string same_offset_month;  ///< the AI t0 plus this offset, "2025-05" (a year when approximate)
  std::vector<Link> links;        ///< analogy links from this historical entry
};

struct AnalogyView {
  store::DatedEntry moment, t0;
  model::Date as_of;
  model::Offset now;                       ///< as_of measured from the AI t0
  std::optional<model::Date> recorded_to;  ///< the kb's AI race is recorded up to this date
  std::vector<AnalogyRow> rows;            ///< phase order, then offset
  std::size_t link_count = 0;
  /// Rows beyond now, in offset order: what this history would put next (an analogy, not a
  /// forecast). Every later response, and the first three later spillovers.
  std::vector<const AnalogyRow*> next() const;
};

/// `as_of` stands for today (tests and `--as-of` pin it).
Result<AnalogyView> analogy_view(const catalog::Catalog& catalog, const std::string& moment_id,
                                 const std::string& t0_id, const model::Date& as_of);

struct NarrativeItem {
  store::DatedEntry event;
  model::Offset offset;  ///< from the AI t0
  std::vector<Link> parallels;
};
struct Narrative {
  store::DatedEntry t0;
  std::optional<model::Date> recorded_to;  ///< the kb's AI race is recorded up to this date
  std::vector<NarrativeItem> items;        ///< every AI-race event, in date order
};
Result<Narrative> narrative(const catalog::Catalog& catalog, const std::string& t0_id);

/// One side of `compare`.
struct MomentProfile {
  store::DatedEntry moment;
  std::vector<Timed> entries;  ///< the family with offsets, phase order then offset
  std::optional<model::Offset> first_response, first_institution;
  int responses = 0, spillovers = 0;
  std::vector<model::Figure> money;  ///< response figures in a currency, largest first
  std::optional<double> median_lag;
  int min_lag = 0, max_lag = 0;
  std::size_t links = 0;
};
Result<MomentProfile> moment_profile(const catalog::Catalog& catalog, const std::string& moment_id);

/// Today's date from the system clock, at day precision.
model::Date today();

/// A usage error unless `id` names an entry of the wanted type.
Result<store::DatedEntry> require_entry(const store::CatalogReader& reader, const std::string& id,
                                        model::EntryType type, std::string_view hint);

}  // namespace sputnik::views
