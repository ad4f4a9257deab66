// SPDX-License-Identifier: MIT
#include "core/store/timeline.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <nlohmann/json.hpp>

namespace sputnik::store {
namespace {

constexpr const char* kDatedColumns =
    "SELECT e.id, e.type, e.year, COALESCE(e.month, 0), COALESCE(e.day, 0), e.precision, e.date_display, "
    "e.title_en, e.title_ja, e.summary_en, e.summary_ja, "
    "COALESCE(r.phase, ''), "
    "COALESCE(r.kind, a.kind, s.category, ''), COALESCE(s.status, ''), COALESCE(e.era, ''), s.lag_years "
    "FROM entry e LEFT JOIN response r ON r.id = e.id LEFT JOIN ai_event a ON a.id = e.id "
    "LEFT JOIN spillover s ON s.id = e.id ";

DatedEntry read_dated(const Statement& s) {
  DatedEntry d;
  d.id = s.text(0);
  d.type = model::parse_type(s.text(1)).value_or(model::EntryType::moment);
  d.date = read_date(s, 2);
  d.date_display = s.text(6);
  d.title = {s.text(7), s.text(8)};
  d.summary = {s.text(9), s.text(10)};
  d.phase = std::string(model::phase_of(d.type, s.text(11)));  // the one phase rule, not a second one in SQL
  d.kind = s.text(12);
  d.status = s.text(13);
  d.era = s.text(14);
  if (!s.is_null(15)) d.lag_years = static_cast<int>(s.integer(15));
  return d;
}

Result<std::vector<DatedEntry>> dated_query(const CatalogReader& reader, const std::string& where,
                                            const std::string& param) {
  return guard_sqlite([&]() -> Result<std::vector<DatedEntry>> {
    auto s = reader.database().prepare(std::string(kDatedColumns) + where + " ORDER BY e.sort_key, e.id");
    if (!param.empty()) s.bind(1, param);
    std::vector<DatedEntry> out;
    while (s.step()) out.push_back(read_dated(s));
    return out;
  });
}

}  // namespace

Result<std::vector<DatedEntry>> family_entries(const CatalogReader& reader, const std::string& moment_id) {
  return dated_query(reader, "WHERE e.root_moment = ?1 AND e.type IN ('moment', 'response', 'spillover')", moment_id);
}

Result<std::vector<DatedEntry>> ai_race_entries(const CatalogReader& reader) {
  return dated_query(reader, "WHERE e.type = 'ai_event'", "");
}

Result<std::vector<DatedEntry>> moment_entries(const CatalogReader& reader) {
  return dated_query(reader, "WHERE e.type = 'moment'", "");
}

Result<std::vector<DatedEntry>> all_dated_entries(const CatalogReader& reader) { return dated_query(reader, "", ""); }

Result<DatedEntry> dated_entry(const CatalogReader& reader, const std::string& id) {
  auto found = dated_query(reader, "WHERE e.id = ?1", id);
  if (!found) return found.error();
  if (found->empty())
    return make_error(ErrorCode::no_match, fmt::format("no entry with id '{}'", id),
                      "`sputnik search WORDS` finds ids");
  return std::move(found->front());
}

Result<std::vector<model::Analogy>> analogies_from(const CatalogReader& reader, const std::vector<std::string>& ids) {
  std::vector<std::string> analogy_ids;
  auto listed = guard_sqlite([&]() -> Result<bool> {
    auto s = reader.database().prepare(
        "SELECT id FROM analogy WHERE from_id IN (SELECT value FROM json_each(?1)) ORDER BY id");
    s.bind(1, nlohmann::json(ids).dump());
    while (s.step()) analogy_ids.push_back(s.text(0));
    return true;
  });
  if (!listed) return listed.error();
  std::vector<model::Analogy> out;
  for (const auto& id : analogy_ids) {
    auto a = reader.analogy(id);
    if (!a) return a.error();
    out.push_back(std::move(*a));
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) {
    return model::phases().rank(x.phase) < model::phases().rank(y.phase);
  });
  return out;
}

}  // namespace sputnik::store
