// SPDX-License-Identifier: MIT
#pragma once
// The one field table: it drives indexing (terms and values), query parsing (prefixes
// and ranges) and the field list in `sputnik search --help`.
#include <span>
#include <string_view>

namespace sputnik::model {

enum class FieldKind {
  free_text,  ///< words, stemmed, phrase-searchable
  boolean,    ///< exact filter term; the value is normalised to a slug
  range,      ///< numeric range over a value slot: `year:1957..1969`
};

/// Value slots in the index (also used for sorting and facets).
namespace slot {
inline constexpr unsigned year = 0;      ///< sortable_serialise(year)
inline constexpr unsigned sort_key = 1;  ///< sortable_serialise(Date::sort_key())
inline constexpr unsigned type = 2;
inline constexpr unsigned era = 3;
inline constexpr unsigned category = 4;
inline constexpr unsigned country = 5;   ///< the primary country
inline constexpr unsigned decade = 6;    ///< "1950s"
inline constexpr unsigned status = 7;
}  // namespace slot

struct Field {
  std::string_view name;    ///< what the user types before ':'
  std::string_view prefix;  ///< Xapian term prefix (empty for range fields)
  FieldKind kind;
  unsigned slot;            ///< value slot for range fields
  std::string_view help;
  std::string_view example;
};

std::span<const Field> search_fields();

}  // namespace sputnik::model
