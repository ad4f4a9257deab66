// SPDX-License-Identifier: MIT
#include "core/store/listing.hpp"

#include <nlohmann/json.hpp>

namespace sputnik::store {
namespace {

// Lists travel into SQL as one bound JSON array, read back with json_each().
std::string json_list(const std::vector<std::string>& values) { return nlohmann::json(values).dump(); }

Statement& bind_list(Statement& s, int index, const std::vector<std::string>& values) {
  return values.empty() ? s.bind_null(index) : s.bind(index, json_list(values));
}

// ?6 = a moment: everything whose `from` chain reaches it, through responses or not.
constexpr const char* kSpilloverRowsSql = R"sql(
WITH RECURSIVE line(id) AS (
  SELECT ?6 WHERE ?6 IS NOT NULL
  UNION SELECT r.id FROM response r WHERE r.moment_id = ?6
  UNION SELECT f.spillover_id FROM spillover_from f JOIN line ON f.from_id = line.id
)
SELECT v.id, v.date_display, v.precision, v.year, v.sort_key, v.decade, COALESCE(v.era, ''), COALESCE(v.country, ''),
       v.title_en, v.title_ja, v.category, v.status, v.lag_years,
       COALESCE(v.moment_id, ''), COALESCE(v.moment_title_en, ''), COALESCE(v.moment_title_ja, ''),
       COALESCE(v.response_id, ''), COALESCE(v.response_title_en, ''), COALESCE(v.response_title_ja, '')
FROM spillover_view v
WHERE (?1 IS NULL OR v.span_start >= ?1) AND (?2 IS NULL OR v.span_end <= ?2)
  AND (?3 IS NULL OR v.category IN (SELECT value FROM json_each(?3)))
  AND (?4 IS NULL OR v.status IN (SELECT value FROM json_each(?4)))
  AND (?5 IS NULL OR v.id IN (SELECT value FROM json_each(?5)))
  AND (?6 IS NULL OR v.id IN (SELECT id FROM line))
ORDER BY v.sort_key, v.id
)sql";

SpilloverRow read_spillover_row(const Statement& s) {
  SpilloverRow row;
  row.id = s.text(0);
  row.date = s.text(1);
  row.precision = model::parse_precision(s.text(2)).value_or(model::Precision::year);
  row.year = static_cast<int>(s.integer(3));
  row.sort_key = static_cast<long>(s.integer(4));
  row.decade = static_cast<int>(s.integer(5));
  row.era = s.text(6);
  row.country = s.text(7);
  row.title = {s.text(8), s.text(9)};
  row.category = s.text(10);
  row.status = s.text(11);
  if (!s.is_null(12)) row.lag_years = static_cast<int>(s.integer(12));
  row.moment_id = s.text(13);
  row.moment_title = {s.text(14), s.text(15)};
  row.response_id = s.text(16);
  row.response_title = {s.text(17), s.text(18)};
  return row;
}

// Per type (spillovers split into myths and the rest), read by read_counts(); the queries
// add their own WHERE or GROUP BY after kCountsFrom.
constexpr const char* kCountsColumns =
    "SUM(e.type = 'moment'), SUM(e.type = 'response'), "
    "SUM(e.type = 'spillover' AND s.status <> 'myth'), SUM(s.status = 'myth'), SUM(e.type = 'ai_event') ";
constexpr const char* kCountsFrom = "FROM entry e LEFT JOIN spillover s ON s.id = e.id ";

PeriodCounts read_counts(const Statement& s, int first) {
  return {static_cast<int>(s.integer(first)), static_cast<int>(s.integer(first + 1)),
          static_cast<int>(s.integer(first + 2)), static_cast<int>(s.integer(first + 3)),
          static_cast<int>(s.integer(first + 4))};
}

int count(const Database& db, const char* sql) {
  auto s = db.prepare(sql);
  return s.step() ? static_cast<int>(s.integer(0)) : 0;
}

}  // namespace

Result<std::vector<SpilloverRow>> spillover_rows(const CatalogReader& reader, const SpilloverFilter& filter) {
  return guard_sqlite([&]() -> Result<std::vector<SpilloverRow>> {
    auto s = reader.database().prepare(kSpilloverRowsSql);
    s.bind(1, filter.years.from).bind(2, filter.years.to);
    bind_list(s, 3, filter.categories);
    bind_list(s, 4, filter.statuses);
    if (filter.ids)
      s.bind(5, json_list(*filter.ids));
    else
      s.bind_null(5);
    s.bind(6, filter.moment);
    std::vector<SpilloverRow> rows;
    while (s.step()) rows.push_back(read_spillover_row(s));
    return rows;
  });
}

Result<std::vector<model::Era>> all_eras(const CatalogReader& reader) {
  return guard_sqlite([&]() -> Result<std::vector<model::Era>> {
    auto s = reader.database().prepare(
        "SELECT id, name_en, name_ja, COALESCE(summary_en, ''), COALESCE(summary_ja, ''), start_year, end_year "
        "FROM era ORDER BY start_year, end_year, id");
    std::vector<model::Era> eras;
    while (s.step()) {
      model::Era era;
      era.id = s.text(0);
      era.name = {s.text(1), s.text(2)};
      era.summary = {s.text(3), s.text(4)};
      era.start = static_cast<int>(s.integer(5));
      era.end = static_cast<int>(s.integer(6));
      eras.push_back(std::move(era));
    }
    return eras;
  });
}

Result<std::vector<model::Country>> all_countries(const CatalogReader& reader) {
  return guard_sqlite([&]() -> Result<std::vector<model::Country>> {
    auto s = reader.database().prepare("SELECT id, name_en, name_ja FROM country ORDER BY id");
    std::vector<model::Country> countries;
    while (s.step()) {
      model::Country c;
      c.id = s.text(0);
      c.name = {s.text(1), s.text(2)};
      countries.push_back(std::move(c));
    }
    return countries;
  });
}

Result<PeriodCounts> counts_in_years(const CatalogReader& reader, const model::YearRange& years) {
  return guard_sqlite([&]() -> Result<PeriodCounts> {
    auto s = reader.database().prepare(std::string("SELECT ") + kCountsColumns + kCountsFrom +
                                       "WHERE (?1 IS NULL OR e.span_start >= ?1) AND (?2 IS NULL OR e.span_end <= ?2)");
    s.bind(1, years.from).bind(2, years.to);
    return s.step() ? read_counts(s, 0) : PeriodCounts{};
  });
}

Result<std::vector<DecadeCounts>> decade_counts(const CatalogReader& reader) {
  return guard_sqlite([&]() -> Result<std::vector<DecadeCounts>> {
    auto s = reader.database().prepare(std::string("SELECT e.decade, ") + kCountsColumns + kCountsFrom +
                                       "GROUP BY e.decade ORDER BY e.decade");
    std::vector<DecadeCounts> out;
    while (s.step()) out.push_back({static_cast<int>(s.integer(0)), read_counts(s, 1)});
    return out;
  });
}

Result<CorpusCounts> corpus_counts(const CatalogReader& reader) {
  return guard_sqlite([&]() -> Result<CorpusCounts> {
    const Database& db = reader.database();
    CorpusCounts c;
    c.moments = count(db, "SELECT COUNT(*) FROM moment");
    c.responses = count(db, "SELECT COUNT(*) FROM response");
    c.ai_events = count(db, "SELECT COUNT(*) FROM ai_event");
    c.facts = count(db, "SELECT COUNT(*) FROM spillover WHERE status = 'fact'");
    c.disputed = count(db, "SELECT COUNT(*) FROM spillover WHERE status = 'disputed'");
    c.myths = count(db, "SELECT COUNT(*) FROM spillover WHERE status = 'myth'");
    c.analogies = count(db, "SELECT COUNT(*) FROM analogy");
    c.sources = count(db, "SELECT COUNT(*) FROM source");
    c.primary_sources = count(db, "SELECT COUNT(*) FROM source WHERE is_primary = 1");
    c.eras = count(db, "SELECT COUNT(*) FROM era");
    c.countries = count(db, "SELECT COUNT(*) FROM country");
    c.entries = count(db, "SELECT COUNT(*) FROM entry");
    c.entries_with_primary_source =
        count(db,
              "SELECT COUNT(*) FROM entry e WHERE EXISTS (SELECT 1 FROM citation c JOIN source s ON s.id = c.source_id "
              "WHERE c.owner_id = e.id AND s.is_primary = 1)");
    return c;
  });
}

Result<std::vector<LagSample>> lag_samples(const CatalogReader& reader) {
  return guard_sqlite([&]() -> Result<std::vector<LagSample>> {
    auto s = reader.database().prepare(
        "SELECT v.moment_id, v.category, m.title_en, m.title_ja, m.sort_key, v.lag_years FROM spillover_view v "
        "JOIN entry m ON m.id = v.moment_id WHERE v.status <> 'myth' AND v.lag_years IS NOT NULL "
        "ORDER BY m.sort_key, v.moment_id, v.lag_years");
    std::vector<LagSample> out;
    while (s.step())
      out.push_back({s.text(0),
                     s.text(1),
                     {s.text(2), s.text(3)},
                     static_cast<long>(s.integer(4)),
                     static_cast<int>(s.integer(5))});
    return out;
  });
}

}  // namespace sputnik::store
