// SPDX-License-Identifier: MIT
#pragma once
// Typed access to one TOML table of the kb, recording a Diagnostic for every missing,
// mistyped or unknown field instead of stopping at the first.
#include <toml++/toml.h>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/kb/diagnostic.hpp"
#include "core/model/entities.hpp"

namespace sputnik::kb {

enum class Need { optional, required };
enum class TextNeed { optional, english, both };

// The longest value accepted, in bytes (kb/README.md, "Limits"): far above any real entry,
// low enough that a runaway paste is reported at its line instead of being indexed.
inline constexpr std::size_t kMaxLineBytes = 1024;        ///< ids, titles, names, units, references
inline constexpr std::size_t kMaxUrlBytes = 4096;         ///< source URLs
inline constexpr std::size_t kMaxProseBytes = 64 * 1024;  ///< summary, body, note, how, fits, …
/// Years (dates, source years, era bounds, figure years) have at most six digits.
inline constexpr std::int64_t kMaxYear = 999999;

class TableReader {
 public:
  TableReader(const toml::table& table, std::string file, std::string context, std::vector<Diagnostic>& out);

  std::string string(std::string_view key, Need need, std::size_t max_bytes = kMaxLineBytes);
  std::vector<std::string> strings(std::string_view key, Need need);
  model::Text text(std::string_view key, TextNeed need, std::size_t max_bytes = kMaxProseBytes);
  std::optional<model::Date> date(std::string_view key, Need need);
  /// An integer year, -kMaxYear..kMaxYear (BCE negative).
  std::optional<int> year(std::string_view key, Need need);
  bool boolean(std::string_view key);
  std::vector<model::Figure> figures(std::string_view key);

  /// Reports every key of the table that no accessor asked for (catches typos such as
  /// `sumary`), listing the fields that were read, in the order they were asked for.
  void reject_unread();
  /// Names the context after the id once it is known ("moment[2]" → "sputnik-1").
  void set_context(std::string context) { context_ = std::move(context); }

  /// The value of `key`, or nullptr: for reporting at a field's own line.
  const toml::node* node(std::string_view key) const { return table_.get(key); }
  model::Location where() const;
  /// The position of every key in the table.
  model::FieldLocations field_locations() const;
  void report(const toml::node* at, std::string_view field, std::string message);

 private:
  const toml::node* get(std::string_view key, Need need, std::string_view expected);
  std::string field_name(std::string_view key) const;
  /// Reports a string over `max_bytes`; true when it fits.
  bool fits(const toml::node& n, std::string_view key, std::string_view value, std::size_t max_bytes);

  const toml::table& table_;
  std::vector<std::string> read_;  ///< every key asked for, in order
  std::string file_;
  std::string context_;
  std::vector<Diagnostic>& out_;
};

}  // namespace sputnik::kb
