// SPDX-License-Identifier: MIT
#pragma once
// A thin RAII layer over the SQLite C API. Every value goes through a bound parameter.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/util/result.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace sputnik::store {

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  Statement(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  Statement& bind(int index, std::string_view text);  ///< an empty string binds NULL
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bind(int index, std::optional<int> value);
  Statement& bind_null(int index);

  bool step();  ///< true while a row is available; throws on error
  void run();   ///< step to completion, then reset for the next bindings
  void reset();

  std::string text(int column) const;  ///< NULL reads as ""
  std::int64_t integer(int column) const;
  double real(int column) const;
  bool is_null(int column) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

/// A SQLite error, caught at the store boundary and turned into an Error.
struct SqliteError {
  int code;
  std::string message;
};

/// Runs `f`, turning a SqliteError thrown inside into a catalog error: the boundary
/// between the store's exceptions and the Result values everything else uses.
template <class F>
auto guard_sqlite(F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const SqliteError& e) {
    return make_error(ErrorCode::catalog, "the catalog cannot be read: " + e.message,
                      "run `sputnik build` to rebuild it");
  }
}

class Database {
 public:
  enum class Mode { read_only, create };
  static Result<Database> open(const std::filesystem::path& path, Mode mode);

  Database(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  Statement prepare(std::string_view sql) const { return Statement(db_, sql); }
  void exec(std::string_view sql) const;  ///< runs a script of statements
  int user_version() const;
  /// SQLite's own answer (sqlite3_db_readonly): no write can go through this handle.
  bool is_read_only() const;

 private:
  explicit Database(sqlite3* db) : db_(db) {}
  sqlite3* db_;
};

}  // namespace sputnik::store
