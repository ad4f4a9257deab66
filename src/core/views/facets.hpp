// SPDX-License-Identifier: MIT
#pragma once
// Facets: counts of the current result per type, era, decade, category and country,
// ordered the way a reader scans them (time order for eras and decades).
#include <string>
#include <vector>

#include "core/index/searcher.hpp"
#include "core/model/entities.hpp"
#include "core/store/listing.hpp"

namespace sputnik::views {

struct FacetValue {
  std::string key;    ///< as stored ("" = entries without a value)
  std::string label;  ///< for people, in the chosen language
  unsigned count = 0;
};

struct Facet {
  std::string name;  ///< type, era, decade, category, country
  std::vector<FacetValue> values;
};

/// What labels and time order need from the catalog.
struct FacetContext {
  std::vector<model::Era> eras;
  std::vector<model::Country> countries;
  model::Lang lang = model::Lang::en;
};
Result<FacetContext> facet_context(const store::CatalogReader& reader, model::Lang lang);

/// Orders and labels raw counts (from Xapian or from rows).
std::vector<Facet> order_facets(const index::FacetCounts& counts, const FacetContext& context);

/// The same counts computed over listed spillover rows.
index::FacetCounts count_rows(const std::vector<store::SpilloverRow>& rows);

}  // namespace sputnik::views
