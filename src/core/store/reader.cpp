// SPDX-License-Identifier: MIT
#include "core/store/reader.hpp"

#include <fmt/format.h>
#include <sqlite3.h>
#include <algorithm>

#include "core/store/schema.hpp"
#include "core/util/text.hpp"

namespace sputnik::store {
namespace {

using model::EntryType;

constexpr const char* kRefColumns =
    "SELECT e.id, e.type, e.date_display, e.sort_key, e.title_en, e.title_ja, "
    "COALESCE(r.kind || ', ' || r.phase, s.category || ', ' || s.status, '') "
    "FROM entry e LEFT JOIN response r ON r.id = e.id LEFT JOIN spillover s ON s.id = e.id ";

EntryRef read_ref(const Statement& s) {
  EntryRef ref;
  ref.id = s.text(0);
  ref.type = model::parse_type(s.text(1)).value_or(EntryType::moment);
  ref.date = s.text(2);
  ref.sort_key = static_cast<long>(s.integer(3));
  ref.title = {s.text(4), s.text(5)};
  ref.detail = s.text(6);
  return ref;
}

Error not_found(std::string_view what, const std::string& id) {
  return make_error(ErrorCode::no_match, fmt::format("no {} with id '{}'", what, id),
                    "`sputnik search id:ID` or `sputnik search WORDS` finds ids");
}

}  // namespace

model::Date read_date(const Statement& s, int year_col) {
  model::Date d;
  d.year = static_cast<int>(s.integer(year_col));
  d.month = static_cast<int>(s.integer(year_col + 1));
  d.day = static_cast<int>(s.integer(year_col + 2));
  d.precision = model::parse_precision(s.text(year_col + 3)).value_or(model::Precision::year);
  return d;
}

Result<CatalogReader> CatalogReader::open(const std::filesystem::path& sqlite_path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(sqlite_path, ec))
    return make_error(ErrorCode::catalog, fmt::format("no catalog database at {}", sqlite_path.string()),
                      "run `sputnik build` to create it");
  return CatalogReader(sqlite_path);
}

const Database& CatalogReader::database() const {
  if (db_) return *db_;
  auto db = Database::open(path_, Database::Mode::read_only);
  if (!db) throw SqliteError{SQLITE_CANTOPEN, db.error().message};
  const int version = db->user_version();
  if (version != schema_version())
    throw SqliteError{SQLITE_ERROR, fmt::format("{} has schema version {}, this sputnik needs {}", path_.string(),
                                                version, schema_version())};
  db_.emplace(std::move(*db));
  return *db_;
}

Result<std::optional<IdKind>> CatalogReader::kind_of(const std::string& id) const {
  return guard_sqlite([&]() -> Result<std::optional<IdKind>> {
    auto s = database().prepare(
        "SELECT 0 FROM entry WHERE id = ?1 UNION ALL SELECT 1 FROM analogy WHERE id = ?1 "
        "UNION ALL SELECT 2 FROM source WHERE id = ?1 UNION ALL SELECT 3 FROM era WHERE id = ?1 "
        "UNION ALL SELECT 4 FROM country WHERE id = ?1");
    s.bind(1, id);
    if (!s.step()) return std::optional<IdKind>();
    return std::optional<IdKind>(static_cast<IdKind>(s.integer(0)));
  });
}

Result<model::Entry> CatalogReader::entry(const std::string& id) const {
  return guard_sqlite([&]() -> Result<model::Entry> {
    auto s = database().prepare(
        "SELECT e.type, e.year, e.month, e.day, e.precision, e.era, e.title_en, e.title_ja, e.summary_en, "
        "e.summary_ja, e.body_en, e.body_ja, e.note_en, e.note_ja, e.root_moment, e.country, e.same_as, e.file, "
        "e.line, m.shocking, m.label, m.label_note_en, m.label_note_ja, COALESCE(r.moment_id, ''), "
        "COALESCE(r.kind, a.kind, ''), COALESCE(r.phase, ''), sp.category, sp.status, sp.how_en, sp.how_ja, "
        "sp.true_origin_en, sp.true_origin_ja, sp.lag_years "
        "FROM entry e LEFT JOIN moment m ON m.id = e.id LEFT JOIN response r ON r.id = e.id "
        "LEFT JOIN spillover sp ON sp.id = e.id LEFT JOIN ai_event a ON a.id = e.id WHERE e.id = ?1");
    s.bind(1, id);
    if (!s.step()) return not_found("entry", id);
    model::Entry e;
    e.id = id;
    e.type = model::parse_type(s.text(0)).value_or(EntryType::moment);
    e.date = read_date(s, 1);
    e.era = s.text(5);
    e.title = {s.text(6), s.text(7)};
    e.summary = {s.text(8), s.text(9)};
    e.body = {s.text(10), s.text(11)};
    e.note = {s.text(12), s.text(13)};
    e.root_moment = s.text(14);
    e.country = s.text(15);
    e.same_as = s.text(16);
    e.where = {s.text(17), static_cast<int>(s.integer(18)), 1};
    e.shocking = s.text(19);
    e.label = s.text(20);
    e.label_note = {s.text(21), s.text(22)};
    e.moment = s.text(23);
    e.kind = s.text(24);
    e.phase = s.text(25);
    e.category = s.text(26);
    e.status = s.text(27);
    e.how = {s.text(28), s.text(29)};
    e.true_origin = {s.text(30), s.text(31)};
    if (!s.is_null(32)) e.lag_years = static_cast<int>(s.integer(32));

    e.shocked = strings("SELECT country FROM moment_shocked WHERE moment_id = ?1 ORDER BY ord", id);
    e.from = strings("SELECT from_id FROM spillover_from WHERE spillover_id = ?1 ORDER BY ord", id);
    e.tags = strings("SELECT tag FROM tag WHERE entry_id = ?1 ORDER BY tag", id);
    e.sources = strings("SELECT source_id FROM citation WHERE owner_id = ?1 ORDER BY ord", id);
    auto f = database().prepare(
        "SELECT value, unit, what_en, what_ja, year, source_id FROM figure WHERE entry_id = ?1 ORDER BY ord");
    f.bind(1, id);
    while (f.step()) {
      model::Figure fig{f.real(0), f.text(1), {f.text(2), f.text(3)}, std::nullopt, f.text(5)};
      if (!f.is_null(4)) fig.year = static_cast<int>(f.integer(4));
      e.figures.push_back(std::move(fig));
    }
    return e;
  });
}

Result<model::Analogy> CatalogReader::analogy(const std::string& id) const {
  return guard_sqlite([&]() -> Result<model::Analogy> {
    auto s = database().prepare(
        "SELECT id, from_id, to_id, phase, strength, fits_en, fits_ja, breaks_en, breaks_ja, file, line "
        "FROM analogy WHERE id = ?1");
    s.bind(1, id);
    if (!s.step()) return not_found("analogy", id);
    model::Analogy a{s.text(0),
                     s.text(1),
                     s.text(2),
                     s.text(3),
                     s.text(4),
                     {s.text(5), s.text(6)},
                     {s.text(7), s.text(8)},
                     {},
                     {s.text(9), static_cast<int>(s.integer(10)), 1},
                     {}};
    a.sources = strings("SELECT source_id FROM citation WHERE owner_id = ?1 ORDER BY ord", id);
    return a;
  });
}

Result<model::Source> CatalogReader::source(const std::string& id) const {
  return guard_sqlite([&]() -> Result<model::Source> {
    auto s = database().prepare(
        "SELECT id, title, publisher, url, author, accessed, year, is_primary, file, line FROM source WHERE id = ?1");
    s.bind(1, id);
    if (!s.step()) return not_found("source", id);
    return model::Source{s.text(0),
                         s.text(1),
                         s.text(2),
                         s.text(3),
                         s.text(4),
                         s.text(5),
                         static_cast<int>(s.integer(6)),
                         s.integer(7) != 0,
                         {s.text(8), static_cast<int>(s.integer(9)), 1},
                         {}};
  });
}

Result<std::optional<model::Era>> CatalogReader::era(const std::string& id) const {
  return guard_sqlite([&]() -> Result<std::optional<model::Era>> {
    auto s = database().prepare(
        "SELECT name_en, name_ja, summary_en, summary_ja, start_year, end_year FROM era WHERE id = ?1");
    s.bind(1, id);
    if (!s.step()) return std::optional<model::Era>();
    return std::optional<model::Era>(model::Era{id,
                                                {s.text(0), s.text(1)},
                                                {s.text(2), s.text(3)},
                                                static_cast<int>(s.integer(4)),
                                                static_cast<int>(s.integer(5)),
                                                {}});
  });
}

Result<std::optional<model::Country>> CatalogReader::country(const std::string& id) const {
  return guard_sqlite([&]() -> Result<std::optional<model::Country>> {
    auto s = database().prepare("SELECT name_en, name_ja FROM country WHERE id = ?1");
    s.bind(1, id);
    if (!s.step()) return std::optional<model::Country>();
    return std::optional<model::Country>(model::Country{id, {s.text(0), s.text(1)}, {}});
  });
}

std::vector<std::string> CatalogReader::strings(const char* sql, const std::string& param) const {
  auto s = database().prepare(sql);
  s.bind(1, param);
  std::vector<std::string> out;
  while (s.step()) out.push_back(s.text(0));
  return out;
}

template <class Load>
auto CatalogReader::load_all(const std::vector<std::string>& ids, Load load) const
    -> Result<std::vector<typename decltype(load(std::string()))::value_type>> {
  std::vector<typename decltype(load(std::string()))::value_type> out;
  for (const auto& id : ids) {
    auto item = load(id);
    if (!item) return item.error();
    out.push_back(std::move(*item));
  }
  return out;
}

std::vector<EntryRef> CatalogReader::ref_query(const std::string& sql, const std::string& param) const {
  auto s = database().prepare(sql);
  s.bind(1, param);
  std::vector<EntryRef> out;
  while (s.step()) out.push_back(read_ref(s));
  return out;
}

Result<std::vector<EntryRef>> CatalogReader::responses_of(const std::string& moment_id) const {
  return guard_sqlite([&]() -> Result<std::vector<EntryRef>> {
    return ref_query(std::string(kRefColumns) + "WHERE r.moment_id = ?1 ORDER BY e.sort_key, e.id", moment_id);
  });
}

Result<std::vector<EntryRef>> CatalogReader::spillovers_of_moment(const std::string& moment_id) const {
  return guard_sqlite([&]() -> Result<std::vector<EntryRef>> {
    return ref_query(std::string(kRefColumns) +
                         "WHERE e.type = 'spillover' AND e.root_moment = ?1 "
                         "ORDER BY e.sort_key, e.id",
                     moment_id);
  });
}

Result<std::vector<EntryRef>> CatalogReader::children_of(const std::string& id) const {
  return guard_sqlite([&]() -> Result<std::vector<EntryRef>> {
    return ref_query(std::string(kRefColumns) +
                         "JOIN spillover_from f ON f.spillover_id = e.id "
                         "WHERE f.from_id = ?1 ORDER BY e.sort_key, e.id",
                     id);
  });
}

Result<std::vector<EntryRef>> CatalogReader::refs(const std::vector<std::string>& ids) const {
  return guard_sqlite([&]() -> Result<std::vector<EntryRef>> {
    std::vector<EntryRef> out;
    for (const auto& id : ids) {
      auto found = ref_query(std::string(kRefColumns) + "WHERE e.id = ?1", id);
      out.insert(out.end(), found.begin(), found.end());
    }
    return out;
  });
}

Result<std::vector<model::Analogy>> CatalogReader::analogies_touching(const std::string& id) const {
  return guard_sqlite([&]() -> Result<std::vector<model::Analogy>> {
    auto out = load_all(strings("SELECT id FROM analogy WHERE from_id = ?1 OR to_id = ?1 ORDER BY id", id),
                        [this](const std::string& a) { return analogy(a); });
    if (!out) return out;
    std::stable_sort(out->begin(), out->end(), [](const auto& x, const auto& y) {
      return model::phases().rank(x.phase) < model::phases().rank(y.phase);
    });
    return out;
  });
}

Result<std::vector<model::Source>> CatalogReader::sources_of(const std::string& owner_id) const {
  return guard_sqlite([&]() -> Result<std::vector<model::Source>> {
    return load_all(strings("SELECT source_id FROM citation WHERE owner_id = ?1 ORDER BY ord", owner_id),
                    [this](const std::string& id) { return source(id); });
  });
}

Result<std::vector<EntryRef>> CatalogReader::citing(const std::string& source_id) const {
  return guard_sqlite([&]() -> Result<std::vector<EntryRef>> {
    return ref_query(std::string(kRefColumns) +
                         "JOIN citation c ON c.owner_id = e.id WHERE c.source_id = ?1 "
                         "ORDER BY e.sort_key, e.id",
                     source_id);
  });
}

Result<std::string> CatalogReader::meta(const std::string& key) const {
  return guard_sqlite([&]() -> Result<std::string> {
    auto s = database().prepare("SELECT value FROM meta WHERE key = ?1");
    s.bind(1, key);
    return s.step() ? s.text(0) : std::string();
  });
}

Result<std::optional<model::Date>> CatalogReader::ai_race_recorded_to() const {
  auto text = meta(std::string(kMetaAiRaceRecordedTo));
  if (!text) return text.error();
  if (text->empty()) return std::optional<model::Date>();
  auto date = model::parse_date(*text);
  if (!date)
    return make_error(ErrorCode::catalog, "the catalog's ai_race_recorded_to cannot be read: " + *text,
                      "run `sputnik build` to rebuild it");
  return std::optional<model::Date>(*date);
}

Status CatalogReader::integrity() const {
  return guard_sqlite([&]() -> Status {
    auto s = database().prepare("PRAGMA integrity_check");
    std::vector<std::string> problems;
    while (s.step())
      if (const std::string row = s.text(0); row != "ok") problems.push_back(row);
    if (problems.empty()) return {};
    return make_error(ErrorCode::catalog, "the catalog database is damaged: " + util::join(problems, "; "),
                      "run `sputnik build` to rebuild it from the kb");
  });
}

}  // namespace sputnik::store
