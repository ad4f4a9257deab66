// SPDX-License-Identifier: MIT
// The floor: the least a program can do to answer each question sputnik answers, on the
// same catalog. bench/run times `sputnik` against it, so every figure is a ratio.
//
//   sputnik-bench-floor search  CATALOG QUERY   open the Xapian index, top 10, print their data
//   sputnik-bench-floor show    CATALOG ID      open SQLite, print what `show` shows: the entry,
//                                               its responses, spillovers, analogies, sources
//   sputnik-bench-floor era     CATALOG ERA     open SQLite, print the era's spillovers by date
//                                               (the rows `sputnik spillovers --era` lists)
//
// It links only libxapian and libsqlite3 and does nothing else: no options, no config,
// no checks, no formatting.
#include <sqlite3.h>
#include <unistd.h>
#include <xapian.h>
#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <string>

#include "raw_query.hpp"

namespace {

std::string generation(const char* catalog) {
  char target[4096];
  const std::string link = std::string(catalog) + "/current";
  const ssize_t n = ::readlink(link.c_str(), target, sizeof target - 1);
  if (n <= 0) return {};
  return std::string(catalog) + "/" + std::string(target, static_cast<std::size_t>(n));
}

int search(const std::string& gen, const char* text) {
  const Xapian::Database db(gen + "/xapian");
  const Xapian::MSet mset = sputnik::bench::raw_top10(db, text);
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    const std::string data = it.get_document().get_data();
    std::fwrite(data.data(), 1, data.size(), stdout);
    std::putchar('\n');
  }
  return mset.empty() ? 1 : 0;
}

// Prints every row of each statement, ?1 bound to `param`; returns how many rows.
int rows(sqlite3* db, const char* sql, const char* param) {
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
  sqlite3_bind_text(stmt, 1, param, -1, SQLITE_STATIC);
  int found = 0;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    ++found;
    for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
      const auto* v = sqlite3_column_text(stmt, c);
      std::printf("%s%s", c ? "\t" : "", v ? reinterpret_cast<const char*>(v) : "");
    }
    std::putchar('\n');
  }
  sqlite3_finalize(stmt);
  return found;
}

int query(const std::string& gen, std::initializer_list<const char*> statements, const char* param) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2((gen + "/catalog.sqlite").c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) return 4;
  int found = 0;
  for (const char* sql : statements) found += rows(db, sql, param);
  sqlite3_close(db);
  return found ? 0 : 1;
}

// The entry page: the entry, its children (responses, and spillovers by descent), the
// analogies touching it with the other side's title, and its sources.
constexpr std::initializer_list<const char*> kShow = {
    "SELECT id, type, date_display, title_en, title_ja, summary_en, summary_ja, body_en, era FROM entry WHERE id = ?1",
    "SELECT e.id, e.date_display, e.title_en FROM response r JOIN entry e ON e.id = r.id WHERE r.moment_id = ?1 "
    "ORDER BY e.sort_key",
    "WITH RECURSIVE line(id) AS (SELECT ?1 UNION SELECT r.id FROM response r WHERE r.moment_id = ?1 "
    "UNION SELECT f.spillover_id FROM spillover_from f JOIN line ON f.from_id = line.id) "
    "SELECT e.id, e.date_display, e.title_en FROM line JOIN spillover s ON s.id = line.id "
    "JOIN entry e ON e.id = s.id ORDER BY e.sort_key",
    "SELECT a.id, a.phase, a.fits_en, a.breaks_en, o.title_en FROM analogy a "
    "JOIN entry o ON o.id = CASE WHEN a.from_id = ?1 THEN a.to_id ELSE a.from_id END "
    "WHERE a.from_id = ?1 OR a.to_id = ?1",
    "SELECT s.title, s.publisher, s.year, s.url FROM citation c JOIN source s ON s.id = c.source_id "
    "WHERE c.owner_id = ?1 ORDER BY c.ord"};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: %s search|show|era CATALOG ARG\n", argv[0]);
    return 2;
  }
  const std::string gen = generation(argv[2]);
  try {
    if (std::strcmp(argv[1], "search") == 0) return search(gen, argv[3]);
    if (std::strcmp(argv[1], "show") == 0) return query(gen, kShow, argv[3]);
    if (std::strcmp(argv[1], "era") == 0)
      return query(gen,
                   {// The columns store/listing.cpp reads for each row (the titles of both languages, the
                    // moment and the response each spillover descends from).
                    "SELECT v.id, v.date_display, v.precision, v.year, v.sort_key, v.decade, v.era, v.country, "
                    "v.title_en, v.title_ja, v.category, v.status, v.lag_years, v.moment_id, v.moment_title_en, "
                    "v.moment_title_ja, v.response_id, v.response_title_en, v.response_title_ja "
                    "FROM spillover_view v, era "
                    "WHERE era.id = ?1 AND v.span_start >= era.start_year AND v.span_end <= era.end_year "
                    "ORDER BY v.sort_key, v.id"},
                   argv[3]);
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "%s\n", e.get_description().c_str());
    return 4;
  }
  return 2;
}
