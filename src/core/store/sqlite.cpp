// SPDX-License-Identifier: MIT
#include "core/store/sqlite.hpp"

#include <fmt/format.h>
#include <sqlite3.h>
#include <cerrno>
#include <cstring>
#include <string>

namespace sputnik::store {
namespace {
// "disk I/O error" alone does not say whether the disk is full or the file too large.
// SQLite drops errno when a write finds the disk full (SQLITE_FULL), so that one is named.
std::string with_cause(std::string message, sqlite3* db, int code) {
  int err = db ? sqlite3_system_errno(db) : 0;
  if (err == 0 && (code & 0xff) == SQLITE_FULL) err = ENOSPC;
  if (err != 0) message += fmt::format(" ({})", std::strerror(err));
  return message;
}

[[noreturn]] void fail(sqlite3* db, int code) {
  throw SqliteError{code, with_cause(db ? sqlite3_errmsg(db) : sqlite3_errstr(code), db, code)};
}
}  // namespace

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
  const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
  if (rc != SQLITE_OK) fail(db_, rc);
}

Statement::Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_) { other.stmt_ = nullptr; }

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int index, std::string_view text) {
  const int rc = text.empty()
                     ? sqlite3_bind_null(stmt_, index)
                     : sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  if (rc != SQLITE_OK) fail(db_, rc);
  return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
  if (const int rc = sqlite3_bind_int64(stmt_, index, value); rc != SQLITE_OK) fail(db_, rc);
  return *this;
}

Statement& Statement::bind(int index, double value) {
  if (const int rc = sqlite3_bind_double(stmt_, index, value); rc != SQLITE_OK) fail(db_, rc);
  return *this;
}

Statement& Statement::bind(int index, std::optional<int> value) {
  return value ? bind(index, *value) : bind_null(index);
}

Statement& Statement::bind_null(int index) {
  if (const int rc = sqlite3_bind_null(stmt_, index); rc != SQLITE_OK) fail(db_, rc);
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  fail(db_, rc);
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string Statement::text(int column) const {
  const auto* p = sqlite3_column_text(stmt_, column);
  return p ? std::string(reinterpret_cast<const char*>(p),
                         static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
           : std::string();
}

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }
double Statement::real(int column) const { return sqlite3_column_double(stmt_, column); }
bool Statement::is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

Result<Database> Database::open(const std::filesystem::path& path, Mode mode) {
  sqlite3* db = nullptr;
  const int flags = mode == Mode::read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return make_error(ErrorCode::catalog, fmt::format("cannot open {}: {}", path.string(), message),
                      "run `sputnik build` to create the catalog");
  }
  Database database(db);
  try {
    database.exec("PRAGMA foreign_keys = ON");
  } catch (const SqliteError& e) {
    return make_error(ErrorCode::catalog, fmt::format("cannot use {}: {}", path.string(), e.message),
                      "run `sputnik build` to rebuild the catalog");
  }
  return database;
}

Database::Database(Database&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }
Database::~Database() { sqlite3_close(db_); }

void Database::exec(std::string_view sql) const {
  const std::string script(sql);
  char* message = nullptr;
  const int rc = sqlite3_exec(db_, script.c_str(), nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    std::string text = with_cause(message ? message : sqlite3_errstr(rc), db_, rc);
    sqlite3_free(message);
    throw SqliteError{rc, text};
  }
}

bool Database::is_read_only() const { return sqlite3_db_readonly(db_, "main") == 1; }

int Database::user_version() const {
  Statement s = prepare("PRAGMA user_version");
  return s.step() ? static_cast<int>(s.integer(0)) : 0;
}

}  // namespace sputnik::store
