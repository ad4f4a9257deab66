// SPDX-License-Identifier: MIT
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/entities.hpp"
#include "core/store/sqlite.hpp"
#include "core/util/result.hpp"

namespace sputnik::store {

/// The meta key under which a build stores [corpus] ai_race_recorded_to.
inline constexpr std::string_view kMetaAiRaceRecordedTo = "ai_race_recorded_to";

/// A one-line reference to an entry, for lists of linked entries.
struct EntryRef {
  std::string id;
  model::EntryType type = model::EntryType::moment;
  std::string date;  ///< display form
  long sort_key = 0;
  model::Text title;
  std::string detail;  ///< response: kind and phase; spillover: category and status
};

/// A date from four consecutive columns: year, month, day (NULL or 0 when unknown), precision.
model::Date read_date(const Statement& s, int year_col);

enum class IdKind { entry, analogy, source, era, country };

/// Read-only access to a catalog's SQLite file. Every method catches SQLite errors at
/// this boundary and reports them as catalog errors.
///
/// The file is opened on first use, read-only, and its PRAGMA user_version checked then:
/// opening SQLite costs more than a whole search, which never needs it.
class CatalogReader {
 public:
  /// Checks that the file exists; see above for when it is opened.
  static Result<CatalogReader> open(const std::filesystem::path& sqlite_path);

  Result<std::optional<IdKind>> kind_of(const std::string& id) const;
  Result<model::Entry> entry(const std::string& id) const;
  Result<model::Analogy> analogy(const std::string& id) const;
  Result<model::Source> source(const std::string& id) const;
  Result<std::optional<model::Era>> era(const std::string& id) const;
  Result<std::optional<model::Country>> country(const std::string& id) const;

  Result<std::vector<EntryRef>> responses_of(const std::string& moment_id) const;
  /// Every spillover whose line of descent leads back to the moment.
  Result<std::vector<EntryRef>> spillovers_of_moment(const std::string& moment_id) const;
  /// Spillovers that name `id` in their `from`.
  Result<std::vector<EntryRef>> children_of(const std::string& id) const;
  Result<std::vector<EntryRef>> refs(const std::vector<std::string>& ids) const;
  /// Analogies whose `from` or `to` is `id`, in phase order.
  Result<std::vector<model::Analogy>> analogies_touching(const std::string& id) const;
  Result<std::vector<model::Source>> sources_of(const std::string& owner_id) const;
  Result<std::vector<EntryRef>> citing(const std::string& source_id) const;
  Result<std::string> meta(const std::string& key) const;
  /// The date the kb says its AI race is recorded up to ([corpus] ai_race_recorded_to), if any.
  Result<std::optional<model::Date>> ai_race_recorded_to() const;
  /// SQLite's PRAGMA integrity_check: reads every page; slow, for `sputnik check`.
  Status integrity() const;

  /// The open database, for the store's list queries (store/listing.cpp). Throws
  /// SqliteError if it cannot be opened or is of another schema version: call it inside
  /// guard_sqlite.
  const Database& database() const;

 private:
  explicit CatalogReader(std::filesystem::path path) : path_(std::move(path)) {}
  std::vector<EntryRef> ref_query(const std::string& sql, const std::string& param) const;
  /// The first column of every row of `sql` with ?1 bound to `param`.
  std::vector<std::string> strings(const char* sql, const std::string& param) const;
  /// Loads each id with `load` (a member returning Result<T>), stopping at the first error.
  template <class Load>
  auto load_all(const std::vector<std::string>& ids, Load load) const
      -> Result<std::vector<typename decltype(load(std::string()))::value_type>>;

  std::filesystem::path path_;
  mutable std::optional<Database> db_;
};

}  // namespace sputnik::store
