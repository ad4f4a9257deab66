// SPDX-License-Identifier: MIT
#include "core/views/facets.hpp"

#include <algorithm>
#include <charconv>

#include "core/model/date.hpp"
#include "core/model/fields.hpp"
#include "core/model/vocab.hpp"

namespace sputnik::views {
namespace {

using model::FacetOrder;

long era_rank(const std::string& key, const FacetContext& context) {
  for (std::size_t i = 0; i < context.eras.size(); ++i)
    if (context.eras[i].id == key) return static_cast<long>(i);
  return 1'000'000;
}

// "1950s" → 1950, "250s bce" → -250 (model::decade_label's spellings).
long decade_rank(const std::string& key) {
  int year = 0;
  const auto [ptr, ec] = std::from_chars(key.data(), key.data() + key.size(), year);
  if (ec != std::errc()) return 1'000'000;
  return std::string_view(ptr).find("bce") != std::string_view::npos ? -year : year;
}

// Time order: eras as the kb lists them (by their years), decades by their first year.
long time_rank(const model::Field& field, const std::string& key, const FacetContext& context) {
  return field.name == "era" ? era_rank(key, context) : decade_rank(key);
}

model::Text label_of(const model::Field& field, const std::string& key, const FacetContext& context) {
  if (key.empty()) return {};
  if (field.name == "era")
    for (const auto& era : context.eras)
      if (era.id == key) return era.name;
  if (field.name == "country")
    for (const auto& c : context.countries)
      if (c.id == key) return c.name;
  if (field.name == "category") {
    const auto& categories = model::categories();
    return {std::string(categories.label(key, model::Lang::en)), std::string(categories.label(key, model::Lang::ja))};
  }
  return {key, key};
}

Facet make_facet(const model::Field& field, const std::map<std::string, unsigned>& counts,
                 const FacetContext& context) {
  Facet facet{std::string(field.name), {}};
  for (const auto& [key, n] : counts) facet.values.push_back({key, label_of(field, key, context), n});
  const auto rank = [&](const std::string& key) -> long {
    if (field.facet == FacetOrder::vocabulary) return model::entry_types().rank(key);
    return time_rank(field, key, context);
  };
  // Entries without a value always come last; the rest as the field table says.
  std::stable_sort(facet.values.begin(), facet.values.end(), [&](const FacetValue& a, const FacetValue& b) {
    if (a.key.empty() != b.key.empty()) return b.key.empty();
    if (field.facet == FacetOrder::count) return a.count > b.count;
    return rank(a.key) < rank(b.key);
  });
  return facet;
}

}  // namespace

Result<FacetContext> facet_context(const store::CatalogReader& reader) {
  auto eras = store::all_eras(reader);
  if (!eras) return eras.error();
  auto countries = store::all_countries(reader);
  if (!countries) return countries.error();
  return FacetContext{std::move(*eras), std::move(*countries)};
}

std::vector<Facet> order_facets(const model::FacetCounts& counts, const FacetContext& context) {
  std::vector<Facet> out;
  for (const model::Field* f : model::facet_fields())
    if (const auto it = counts.find(std::string(f->name)); it != counts.end())
      out.push_back(make_facet(*f, it->second, context));
  return out;
}

model::FacetCounts count_rows(const std::vector<store::SpilloverRow>& rows) {
  model::FacetCounts counts;
  for (const auto& row : rows) {
    const model::SlotSource source{model::EntryType::spillover,
                                   row.year,
                                   row.sort_key,
                                   row.decade,
                                   row.era,
                                   row.category,
                                   row.country,
                                   row.status};
    for (const model::Field* f : model::facet_fields()) ++counts[std::string(f->name)][model::facet_key(*f, source)];
  }
  return counts;
}

}  // namespace sputnik::views
