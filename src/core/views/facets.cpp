// SPDX-License-Identifier: MIT
#include "core/views/facets.hpp"

#include <algorithm>
#include <charconv>

#include "core/index/terms.hpp"
#include "core/model/vocab.hpp"

namespace sputnik::views {
namespace {

using model::Lang;

std::string none_label(Lang lang) { return lang == Lang::ja ? "（なし）" : "(none)"; }

// A rank that puts values in reading order; values the order does not know go last.
using Ranker = long (*)(const std::string& key, const FacetContext& context);

long type_rank(const std::string& key, const FacetContext&) {
  const auto t = model::parse_type(key);
  return t ? static_cast<long>(*t) : 100;
}

long era_rank(const std::string& key, const FacetContext& context) {
  for (std::size_t i = 0; i < context.eras.size(); ++i)
    if (context.eras[i].id == key) return static_cast<long>(i);
  return 1'000'000;
}

// "1950s" → 1950, "250s bce" → -250 (index::decade_label's spellings).
long decade_rank(const std::string& key, const FacetContext&) {
  int year = 0;
  const auto [ptr, ec] = std::from_chars(key.data(), key.data() + key.size(), year);
  if (ec != std::errc()) return 1'000'000;
  return std::string_view(ptr).find("bce") != std::string_view::npos ? -year : year;
}

std::string label_of(const std::string& facet, const std::string& key, const FacetContext& context) {
  if (key.empty()) return none_label(context.lang);
  if (facet == "era")
    for (const auto& era : context.eras)
      if (era.id == key) return era.name.pick(context.lang);
  if (facet == "country")
    for (const auto& c : context.countries)
      if (c.id == key) return c.name.pick(context.lang);
  if (facet == "category" && context.lang == Lang::ja) return std::string(model::category_ja(key));
  return key;
}

Facet make_facet(const std::string& name, const std::map<std::string, unsigned>& counts, const FacetContext& context) {
  Facet facet{name, {}};
  for (const auto& [key, n] : counts) facet.values.push_back({key, label_of(name, key, context), n});
  const Ranker rank = name == "type" ? type_rank : name == "era" ? era_rank : name == "decade" ? decade_rank : nullptr;
  // Entries without a value always come last; time-like facets in time order; the rest by count.
  std::stable_sort(facet.values.begin(), facet.values.end(), [&](const FacetValue& a, const FacetValue& b) {
    if (a.key.empty() != b.key.empty()) return b.key.empty();
    if (rank) return rank(a.key, context) < rank(b.key, context);
    return a.count > b.count;
  });
  return facet;
}

}  // namespace

Result<FacetContext> facet_context(const store::CatalogReader& reader, model::Lang lang) {
  auto eras = store::all_eras(reader);
  if (!eras) return eras.error();
  auto countries = store::all_countries(reader);
  if (!countries) return countries.error();
  return FacetContext{std::move(*eras), std::move(*countries), lang};
}

std::vector<Facet> order_facets(const index::FacetCounts& counts, const FacetContext& context) {
  std::vector<Facet> out;
  for (const char* name : {"type", "era", "decade", "category", "country"})
    if (const auto it = counts.find(name); it != counts.end()) out.push_back(make_facet(name, it->second, context));
  return out;
}

index::FacetCounts count_rows(const std::vector<store::SpilloverRow>& rows) {
  index::FacetCounts counts;
  for (const auto& row : rows) {
    ++counts["type"]["spillover"];
    ++counts["era"][row.era];
    ++counts["decade"][index::decade_label(row.decade)];
    ++counts["category"][row.category];
    ++counts["country"][row.country];
  }
  return counts;
}

}  // namespace sputnik::views
