// SPDX-License-Identifier: MIT
#include "core/views/analogy.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <ctime>
#include <map>

#include "core/model/vocab.hpp"
#include "core/views/overview.hpp"

namespace sputnik::views {
namespace {

using model::EntryType;

// Myths are left out: their dates are true origins, not steps in the shock's history.
std::vector<Timed> timed(const std::vector<store::DatedEntry>& entries, const model::Date& t0) {
  std::vector<Timed> out;
  for (const auto& e : entries)
    if (e.status != model::status::myth) out.push_back({e, model::offset_between(t0, e.date)});
  return out;
}

// Phase order first, then time: how a reader walks from the shock to its long run.
void sort_by_phase(std::vector<Timed>& entries) {
  std::stable_sort(entries.begin(), entries.end(), [](const Timed& a, const Timed& b) {
    const int pa = model::phases().rank(a.entry.phase), pb = model::phases().rank(b.entry.phase);
    return pa != pb ? pa < pb : a.offset < b.offset;
  });
}

std::vector<std::string> ids_of(const std::vector<store::DatedEntry>& entries) {
  std::vector<std::string> ids;
  for (const auto& e : entries) ids.push_back(e.id);
  return ids;
}

const store::DatedEntry* find(const std::vector<store::DatedEntry>& entries, const std::string& id) {
  for (const auto& e : entries)
    if (e.id == id) return &e;
  return nullptr;
}

bool is_currency(const std::string& unit) {
  static const char* const kCurrencies[] = {"USD", "EUR", "GBP", "JPY", "CNY", "KRW", "FRF", "DEM", "RUB", "INR"};
  return std::find(std::begin(kCurrencies), std::end(kCurrencies), unit) != std::end(kCurrencies);
}

// "a moment", "an AI-race event": for messages people read.
std::string kind_phrase(EntryType type) {
  switch (type) {
    case EntryType::moment:
      return "a moment";
    case EntryType::response:
      return "a response";
    case EntryType::spillover:
      return "a spillover";
    case EntryType::ai_event:
      return "an AI-race event";
    case EntryType::analogy:
      return "an analogy";
  }
  return "an entry";
}

}  // namespace

model::Date today() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  return model::Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, model::Precision::day};
}

Result<store::DatedEntry> require_entry(const store::CatalogReader& reader, const std::string& id,
                                        model::EntryType type, std::string_view hint) {
  auto entry = store::dated_entry(reader, id);
  if (!entry) return make_error(ErrorCode::usage, entry.error().message, std::string(hint));
  if (entry->type != type)
    return make_error(ErrorCode::usage,
                      fmt::format("'{}' is {}, not {}", id, kind_phrase(entry->type), kind_phrase(type)),
                      std::string(hint));
  return entry;
}

namespace {
// True when the month `months` after t0's month lies after the last month the record covers.
bool after_record(const model::Date& t0, int months, const model::Date& recorded_to) {
  const model::Date end_of_record{recorded_to.year, recorded_to.month > 0 ? recorded_to.month : 12, 0,
                                  model::Precision::month};
  return model::months_between(t0, end_of_record) < months;
}
}  // namespace

std::vector<const AnalogyRow*> AnalogyView::next() const {
  // Every later response, but only the first few spillovers: a closing section, not a list.
  constexpr std::size_t kSpilloversShown = 3;
  std::vector<const AnalogyRow*> out;
  std::size_t spillovers = 0;
  for (const auto& row : rows)
    if (row.beyond_now && (row.history.entry.type != EntryType::spillover || spillovers++ < kSpilloversShown))
      out.push_back(&row);
  std::stable_sort(out.begin(), out.end(),
                   [](const auto* a, const auto* b) { return a->history.offset < b->history.offset; });
  return out;
}

Result<AnalogyView> analogy_view(const catalog::Catalog& catalog, const std::string& moment_id,
                                 const std::string& t0_id, const model::Date& as_of) {
  const auto& reader = catalog.store;
  auto moment = require_entry(reader, moment_id, EntryType::moment, "`sputnik search type:moment` lists the moments");
  if (!moment) return moment.error();
  auto t0 =
      require_entry(reader, t0_id, EntryType::ai_event, "`sputnik search type:ai_event` lists the AI-race events");
  if (!t0) return t0.error();
  auto family = store::family_entries(reader, moment_id);
  if (!family) return family.error();
  auto ai = store::ai_race_entries(reader);
  if (!ai) return ai.error();
  auto analogies = store::analogies_from(reader, ids_of(*family));
  if (!analogies) return analogies.error();

  auto recorded_to = reader.ai_race_recorded_to();
  if (!recorded_to) return recorded_to.error();
  AnalogyView view{*moment, *t0, as_of, model::offset_between(t0->date, as_of), *recorded_to, {}, analogies->size()};
  auto history = timed(*family, moment->date);
  sort_by_phase(history);
  const auto ai_timed = timed(*ai, t0->date);
  for (auto& h : history) {
    // An offset known only to the year gives only a year at the other end.
    const std::string same_offset = h.offset.approximate ? std::to_string(t0->date.year + h.offset.months / 12)
                                                         : model::month_after(t0->date, h.offset.months);
    AnalogyRow row{h.entry.phase, h, {}, false, false, same_offset, {}};
    row.beyond_now = view.now.months < h.offset.months;
    // Between the kb's last review and today, an empty month means "not recorded", not "nothing".
    row.beyond_record = !row.beyond_now && view.recorded_to && !h.offset.approximate &&
                        after_record(t0->date, h.offset.months, *view.recorded_to);
    for (const auto& a : ai_timed)
      if (!h.offset.approximate && !a.offset.approximate && a.offset.months == h.offset.months)
        row.ai_beside.push_back(a);
    for (const auto& an : *analogies)
      if (an.from == h.entry.id)
        if (const auto* to = find(*ai, an.to)) row.links.push_back({an, h.entry, *to});
    view.rows.push_back(std::move(row));
  }
  return view;
}

Result<Narrative> narrative(const catalog::Catalog& catalog, const std::string& t0_id) {
  const auto& reader = catalog.store;
  auto t0 =
      require_entry(reader, t0_id, EntryType::ai_event, "`sputnik search type:ai_event` lists the AI-race events");
  if (!t0) return t0.error();
  auto ai = store::ai_race_entries(reader);
  if (!ai) return ai.error();
  auto recorded_to = reader.ai_race_recorded_to();
  if (!recorded_to) return recorded_to.error();
  Narrative story{*t0, *recorded_to, {}};
  for (const auto& event : *ai) {
    NarrativeItem item{event, model::offset_between(t0->date, event.date), {}};
    auto touching = reader.analogies_touching(event.id);
    if (!touching) return touching.error();
    for (const auto& an : *touching) {
      if (an.to != event.id) continue;
      auto from = store::dated_entry(reader, an.from);
      if (!from) return from.error();
      item.parallels.push_back({an, *from, event});
    }
    story.items.push_back(std::move(item));
  }
  return story;
}

Result<MomentProfile> moment_profile(const catalog::Catalog& catalog, const std::string& moment_id) {
  const auto& reader = catalog.store;
  auto moment = require_entry(reader, moment_id, EntryType::moment, "`sputnik search type:moment` lists the moments");
  if (!moment) return moment.error();
  auto family = store::family_entries(reader, moment_id);
  if (!family) return family.error();
  auto analogies = store::analogies_from(reader, ids_of(*family));
  if (!analogies) return analogies.error();
  MomentProfile p;
  p.moment = *moment;
  p.links = analogies->size();
  p.entries = timed(*family, moment->date);
  sort_by_phase(p.entries);
  std::vector<int> lags;
  for (const auto& t : p.entries) {
    if (t.entry.type == EntryType::response) {
      ++p.responses;
      if (!p.first_response || t.offset < *p.first_response) p.first_response = t.offset;
      if (t.entry.phase == model::phase::institutional_response &&
          (!p.first_institution || t.offset < *p.first_institution))
        p.first_institution = t.offset;
      auto full = reader.entry(t.entry.id);
      if (!full) return full.error();
      for (const auto& f : full->figures)
        if (is_currency(f.unit)) p.money.push_back(f);
    } else if (t.entry.type == EntryType::spillover && t.entry.status != model::status::myth) {
      ++p.spillovers;
      if (t.entry.lag_years) lags.push_back(*t.entry.lag_years);
    }
  }
  std::stable_sort(p.money.begin(), p.money.end(), [](const auto& a, const auto& b) { return a.value > b.value; });
  if (!lags.empty()) {
    p.median_lag = median(lags);
    const auto [lo, hi] = std::minmax_element(lags.begin(), lags.end());
    p.min_lag = *lo;
    p.max_lag = *hi;
  }
  return p;
}

}  // namespace sputnik::views
