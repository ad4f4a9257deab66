// SPDX-License-Identifier: MIT
#pragma once
// `sputnik spillovers`: the technologies that came out of the shocks, filtered by era,
// category, moment, status and text, sorted and grouped, as a value to render.
#include <optional>
#include <string>
#include <vector>

#include "core/catalog/catalog.hpp"
#include "core/model/era_spec.hpp"
#include "core/store/listing.hpp"
#include "core/views/facets.hpp"

namespace sputnik::views {

enum class SpilloverSort { year, lag, name };
enum class GroupBy { none, era, decade, category, moment };

struct SpilloverQuery {
  std::optional<model::EraSpec> era;
  std::vector<std::string> categories;  ///< as typed; aliases and any case accepted
  std::string moment;
  std::vector<std::string> statuses = {"fact", "disputed"};  ///< myths only when asked for
  std::string text;                                          ///< full-text filter (Xapian query syntax)
  SpilloverSort sort = SpilloverSort::year;
  bool reverse = false;
  GroupBy group_by = GroupBy::none;
  std::optional<unsigned> limit;
  model::Lang lang = model::Lang::en;
  bool facets = false;
};

struct SpilloverGroup {
  std::string key;                ///< era id, decade label, category, moment id
  model::Text label;              ///< for people; empty for rows without a value ("no named era")
  std::vector<std::size_t> rows;  ///< indexes into SpilloverList::rows, in sorted order
};

struct SpilloverList {
  std::vector<store::SpilloverRow> rows;  ///< sorted, then cut to the limit
  std::size_t total = 0;                  ///< matches before the limit
  model::YearRange years;                 ///< the era resolved to years (open when none)
  std::optional<model::Era> named_era;    ///< the era asked for, when it is a named one
  std::vector<SpilloverGroup> groups;     ///< empty unless grouped
  std::vector<Facet> facets;              ///< over every match, before the limit
};

Result<SpilloverList> list_spillovers(const catalog::Catalog& catalog, const SpilloverQuery& query);

/// Parses the names the CLI accepts for --sort and --group-by.
std::optional<SpilloverSort> parse_spillover_sort(std::string_view s);
std::optional<GroupBy> parse_group_by(std::string_view s);
std::string_view group_by_name(GroupBy g);

/// Resolves a named era to its bounds (other kinds are already years); usage error when unknown.
Result<model::EraSpec> resolve_era(const store::CatalogReader& reader, model::EraSpec spec);

}  // namespace sputnik::views
