// SPDX-License-Identifier: MIT
#pragma once
// Typed access to one TOML table of the kb, recording a Diagnostic for every missing,
// mistyped or unknown field instead of stopping at the first.
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <toml++/toml.h>
#include <vector>

#include "core/kb/diagnostic.hpp"
#include "core/model/entities.hpp"

namespace sputnik::kb {

enum class Need { optional, required };
enum class TextNeed { optional, english, both };

class TableReader {
 public:
  TableReader(const toml::table& table, std::string file, std::string context,
              std::vector<Diagnostic>& out);

  std::string string(std::string_view key, Need need);
  std::vector<std::string> strings(std::string_view key, Need need);
  model::Text text(std::string_view key, TextNeed need);
  std::optional<model::Date> date(std::string_view key, Need need);
  std::optional<std::int64_t> integer(std::string_view key, Need need);
  bool boolean(std::string_view key);
  std::vector<model::Figure> figures(std::string_view key);

  /// Reports every key not in `known` (catches typos such as `sumary`).
  void reject_unknown(std::initializer_list<std::string_view> known);
  /// Names the context after the id once it is known ("moment[2]" → "sputnik-1").
  void set_context(std::string context) { context_ = std::move(context); }

  model::Location where() const;
  /// The position of every key in the table.
  model::FieldLocations field_locations() const;
  void report(const toml::node* at, std::string_view field, std::string message);

 private:
  const toml::node* get(std::string_view key, Need need, std::string_view expected);
  std::string field_name(std::string_view key) const;

  const toml::table& table_;
  std::string file_;
  std::string context_;
  std::vector<Diagnostic>& out_;
};

}  // namespace sputnik::kb
