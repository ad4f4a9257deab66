// SPDX-License-Identifier: MIT
#include "core/views/timeline.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <set>

#include "core/store/listing.hpp"
#include "core/views/analogy.hpp"
#include "core/views/spillovers.hpp"

namespace sputnik::views {
namespace {

using model::EntryType;

Result<std::vector<store::DatedEntry>> text_selection(const catalog::Catalog& catalog, const std::string& text) {
  auto ids = catalog.index.matching_ids(
      text, {EntryType::moment, EntryType::response, EntryType::spillover, EntryType::ai_event});
  if (!ids) return ids.error();
  std::vector<store::DatedEntry> out;
  for (const auto& id : *ids) {
    auto e = store::dated_entry(catalog.store, id);
    if (!e) return e.error();
    out.push_back(std::move(*e));
  }
  return out;
}

Result<std::vector<store::DatedEntry>> everything(const store::CatalogReader& reader) {
  std::vector<store::DatedEntry> out;
  auto moments = store::moment_entries(reader);
  if (!moments) return moments.error();
  for (const auto& m : *moments) {
    auto family = store::family_entries(reader, m.id);
    if (!family) return family.error();
    out.insert(out.end(), family->begin(), family->end());
  }
  auto ai = store::ai_race_entries(reader);
  if (!ai) return ai.error();
  out.insert(out.end(), ai->begin(), ai->end());
  return out;
}

Result<std::vector<store::DatedEntry>> select(const catalog::Catalog& catalog, const TimelineRequest& request) {
  const auto& reader = catalog.store;
  std::vector<store::DatedEntry> out;
  const auto add = [&](Result<std::vector<store::DatedEntry>> part) -> Result<void> {
    if (!part) return part.error();
    out.insert(out.end(), part->begin(), part->end());
    return {};
  };
  if (!request.moment.empty()) {
    auto m = require_entry(reader, request.moment, EntryType::moment, "`sputnik search type:moment` lists the moments");
    if (!m) return m.error();
    if (auto ok = add(store::family_entries(reader, request.moment)); !ok) return ok.error();
  }
  if (!request.text.empty())
    if (auto ok = add(text_selection(catalog, request.text)); !ok) return ok.error();
  if (request.ai)
    if (auto ok = add(store::ai_race_entries(reader)); !ok) return ok.error();
  if (request.moment.empty() && request.text.empty() && !request.ai)
    if (auto ok = add(everything(reader)); !ok) return ok.error();
  return out;
}

}  // namespace

double axis_year(const model::Date& date) {
  double year = date.year < 0 ? date.year + 1 : date.year;            // a continuous axis has a year 0
  if (date.precision == model::Precision::decade) return year + 5.0;  // the middle of the decade
  if (date.month > 0) year += (date.month - 1) / 12.0;
  if (date.day > 0) year += (date.day - 1) / 365.0;
  return year;
}

Result<Timeline> build_timeline(const catalog::Catalog& catalog, const TimelineRequest& request) {
  const auto& reader = catalog.store;
  model::YearRange years;
  if (request.era) {
    auto era = resolve_era(reader, *request.era);
    if (!era) return era.error();
    years = era->years;
  }
  auto selected = select(catalog, request);
  if (!selected) return selected.error();

  Timeline tl;
  tl.lang = request.lang;
  tl.cite = request.cite;
  tl.two_lanes = request.with_analogies;
  std::set<std::string> seen;
  const auto keep = [&](const store::DatedEntry& e) {
    const auto [first, last] = e.date.year_span();
    if (e.status == model::status::myth || !seen.insert(e.id).second) return;  // myths are not events of the history
    if (request.era && !(years.contains(first) && years.contains(last))) return;
    tl.items.push_back({e, e.type == EntryType::ai_event ? Lane::ai : Lane::history, {}});
  };
  for (const auto& e : *selected) keep(e);

  if (request.with_analogies) {
    // Both ends of every link that touches the selection, so each link has two points.
    std::vector<std::string> ids;
    for (const auto& item : tl.items) ids.push_back(item.entry.id);
    for (const auto& id : ids) {
      auto touching = reader.analogies_touching(id);
      if (!touching) return touching.error();
      for (const auto& a : *touching) {
        for (const auto& end : {a.from, a.to}) {
          auto e = store::dated_entry(reader, end);
          if (!e) return e.error();
          keep(*e);
        }
        if (seen.count(a.from) && seen.count(a.to) &&
            std::none_of(tl.links.begin(), tl.links.end(), [&](const TimelineLink& l) { return l.analogy.id == a.id; }))
          tl.links.push_back({a, a.from, a.to});
      }
    }
    // A link needs both ends on the timeline; an era filter may have dropped one.
    std::erase_if(tl.links, [&](const TimelineLink& l) {
      const auto has = [&](const std::string& id) {
        return std::any_of(tl.items.begin(), tl.items.end(), [&](const TimelineItem& i) { return i.entry.id == id; });
      };
      return !has(l.from) || !has(l.to);
    });
  }
  std::stable_sort(tl.items.begin(), tl.items.end(), [](const TimelineItem& a, const TimelineItem& b) {
    const long ka = a.entry.date.sort_key(), kb = b.entry.date.sort_key();
    return ka != kb ? ka < kb : a.entry.id < b.entry.id;
  });

  auto eras = store::all_eras(reader);
  if (!eras) return eras.error();
  if (request.cite)
    for (auto& item : tl.items) {
      auto sources = reader.sources_of(item.entry.id);
      if (!sources) return sources.error();
      item.sources = std::move(*sources);
    }
  for (const auto& era : *eras)
    if (std::any_of(tl.items.begin(), tl.items.end(), [&](const TimelineItem& i) { return i.entry.era == era.id; }))
      tl.eras.push_back(era);
  tl.selection = {request.title,
                  {},
                  request.ai && request.moment.empty() && request.text.empty(),
                  request.text,
                  request.era ? request.era->text : std::string()};
  for (const auto& item : tl.items)
    if (item.entry.id == request.moment) tl.selection.moment_title = item.entry.title;
  return tl;
}

}  // namespace sputnik::views
