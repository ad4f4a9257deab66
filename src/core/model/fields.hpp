// SPDX-License-Identifier: MIT
#pragma once
// The one field table: it drives indexing (terms and value slots), query parsing
// (prefixes and ranges), the field list in `sputnik search --help`, and the facets (which
// fields are counted, from which slot, in what order) — for Xapian hits and SQL rows alike.
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/model/vocab.hpp"

namespace sputnik::model {

enum class FieldKind {
  free_text,   ///< words, stemmed, phrase-searchable
  boolean,     ///< exact filter term; the value is normalised to a slug
  range,       ///< numeric range over a value slot: `year:1957..1969`
  value_only,  ///< a value slot nobody types (the sort key)
  ranking,     ///< terms nobody types, read only to rank: an entry's names, how linked it is
};

/// How a facet lists its values: in the vocabulary's order, in time order, or by count.
enum class FacetOrder { none, vocabulary, time, count };

/// What the slot fields are computed from, whichever store an entry comes from (a kb
/// entry when indexing, a listed row when counting facets over SQL results).
struct SlotSource {
  EntryType type = EntryType::moment;
  int year = 0;
  long sort_key = 0;
  int decade = 0;  ///< first year of the decade
  std::string era, category, country, status;
};

/// A slot's value: text, or a number (serialised sortably by the index).
using SlotValue = std::variant<std::string, double>;

struct Field {
  std::string_view name;    ///< what the user types before ':'
  std::string_view prefix;  ///< Xapian term prefix (empty for range and value-only fields)
  FieldKind kind;
  int slot = -1;  ///< value slot, or -1
  FacetOrder facet = FacetOrder::none;
  SlotValue (*value)(const SlotSource&) = nullptr;  ///< the slot's value (fields with a slot)
  std::string_view help;
  std::string_view example;

  bool has_slot() const { return slot >= 0; }
  bool is_facet() const { return facet != FacetOrder::none; }
};

/// Every field, searchable ones first.
std::span<const Field> fields();
/// The fields a user can type (the field list of `search --help`).
std::span<const Field> search_fields();
/// The facets `--facets` counts, in display order.
std::vector<const Field*> facet_fields();
/// The row named `name` (throws std::logic_error: a name the code spells wrong is a bug).
const Field& field(std::string_view name);

/// The facet key of a slot field for display and counting ("1950s", "ai_event", an era id).
std::string facet_key(const Field& f, const SlotSource& source);

}  // namespace sputnik::model
