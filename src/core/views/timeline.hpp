// SPDX-License-Identifier: MIT
#pragma once
// `sputnik timeline`: what to put on a timeline, as one value every exporter reads.
#include <optional>
#include <string>
#include <vector>

#include "core/catalog/catalog.hpp"
#include "core/model/era_spec.hpp"
#include "core/store/timeline.hpp"

namespace sputnik::views {

struct TimelineRequest {
  std::string moment;                 ///< a moment's family
  std::optional<model::EraSpec> era;  ///< keeps only entries dated inside these years
  std::string text;                   ///< full-text selection (search syntax)
  bool ai = false;                    ///< the AI-race events
  bool with_analogies = false;        ///< two lanes, history and AI race, with their links
  bool cite = false;                  ///< load every item's sources
  std::string title;                  ///< empty = a title made from the selection
  model::Lang lang = model::Lang::en;
};

enum class Lane { history, ai };

struct TimelineItem {
  store::DatedEntry entry;
  Lane lane = Lane::history;
  std::vector<model::Source> sources;  ///< filled when cited
};

struct TimelineLink {
  model::Analogy analogy;
  std::string from, to;  ///< item ids
};

/// What was asked for, so a renderer can name the timeline in its language.
struct TimelineSelection {
  std::string title;         ///< given with --title; empty = name it from the rest
  model::Text moment_title;  ///< the moment asked for, when it is on the timeline
  bool ai_only = false;      ///< the AI race alone
  std::string text;          ///< the full-text selection
  std::string era;           ///< the era filter as typed
};

struct Timeline {
  TimelineSelection selection;
  model::Lang lang = model::Lang::en;
  bool cite = false;
  bool two_lanes = false;
  std::vector<TimelineItem> items;  ///< date order
  std::vector<model::Era> eras;     ///< named eras the items fall in, in time order
  std::vector<TimelineLink> links;  ///< with_analogies only
};

/// Selects, then orders by date. With no selection at all, the whole corpus (no myths).
Result<Timeline> build_timeline(const catalog::Catalog& catalog, const TimelineRequest& request);

/// A fractional year for placing a date on an axis (1957-10-04 → 1957.75…).
double axis_year(const model::Date& date);

}  // namespace sputnik::views
