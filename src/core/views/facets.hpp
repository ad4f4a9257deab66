// SPDX-License-Identifier: MIT
#pragma once
// Facets: counts of the current result per facet field of the field table (type, era,
// decade, category, country), ordered the way a reader scans them (model::FacetOrder).
#include <string>
#include <vector>

#include "core/model/entities.hpp"
#include "core/model/search.hpp"
#include "core/store/listing.hpp"

namespace sputnik::views {

struct FacetValue {
  std::string key;    ///< as stored ("" = entries without a value)
  model::Text label;  ///< for people; empty for entries without a value
  unsigned count = 0;
};

struct Facet {
  std::string name;  ///< the field's name
  std::vector<FacetValue> values;
};

/// What labels and time order need from the catalog.
struct FacetContext {
  std::vector<model::Era> eras;
  std::vector<model::Country> countries;
};
Result<FacetContext> facet_context(const store::CatalogReader& reader);

/// Orders and labels raw counts (from Xapian or from rows), facets in the field table's order.
std::vector<Facet> order_facets(const model::FacetCounts& counts, const FacetContext& context);

/// The same counts computed over listed spillover rows, by the field table's slot rules.
model::FacetCounts count_rows(const std::vector<store::SpilloverRow>& rows);

}  // namespace sputnik::views
