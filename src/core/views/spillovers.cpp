// SPDX-License-Identifier: MIT
#include "core/views/spillovers.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "core/model/date.hpp"
#include "core/model/vocab.hpp"
#include "core/util/text.hpp"

namespace sputnik::views {
namespace {

using model::Lang;

Result<std::vector<std::string>> canonical_categories(const std::vector<std::string>& typed) {
  std::vector<std::string> out;
  for (const auto& c : typed) {
    auto canonical = model::canonical_category(c);
    if (!canonical)
      return make_error(ErrorCode::usage, fmt::format("unknown category '{}'", c),
                        fmt::format("categories: {}", model::categories().listed(", ")));
    out.push_back(std::move(*canonical));
  }
  return out;
}

Result<void> check_statuses(const std::vector<std::string>& statuses) {
  for (const auto& s : statuses)
    if (!model::statuses().contains(s))
      return make_error(ErrorCode::usage, fmt::format("unknown status '{}'", s), "statuses: fact, disputed, myth, all");
  return {};
}

Result<void> check_moment(const store::CatalogReader& reader, const std::string& id) {
  auto entry = reader.entry(id);
  const std::string hint = "`sputnik search type:moment` lists the moments";
  if (!entry) return make_error(ErrorCode::usage, fmt::format("no moment with id '{}'", id), hint);
  if (entry->type != model::EntryType::moment)
    return make_error(ErrorCode::usage, fmt::format("'{}' is a {}, not a moment", id, model::type_name(entry->type)),
                      hint);
  return {};
}

void sort_rows(std::vector<store::SpilloverRow>& rows, const SpilloverQuery& query) {
  // Ties break on date then id so the order never depends on the database's.
  const auto by_date = [](const store::SpilloverRow& a, const store::SpilloverRow& b) {
    return std::tie(a.sort_key, a.id) < std::tie(b.sort_key, b.id);
  };
  const auto key_less = [&](const store::SpilloverRow& a, const store::SpilloverRow& b) {
    switch (query.sort) {
      case SpilloverSort::lag: {
        // Rows without a lag (no dated moment) go last in either direction of the key.
        const int la = a.lag_years.value_or(1 << 30), lb = b.lag_years.value_or(1 << 30);
        return la != lb ? la < lb : by_date(a, b);
      }
      case SpilloverSort::name: {
        const std::string na = util::ascii_lower(a.title.pick(query.lang)),
                          nb = util::ascii_lower(b.title.pick(query.lang));
        return na != nb ? na < nb : by_date(a, b);
      }
      case SpilloverSort::year:
        break;
    }
    return by_date(a, b);
  };
  std::stable_sort(rows.begin(), rows.end(),
                   [&](const auto& a, const auto& b) { return query.reverse ? key_less(b, a) : key_less(a, b); });
}

struct GroupKey {
  std::string key;
  model::Text label;  ///< empty for rows without a value (the renderer names them)
  long rank = 0;      ///< groups are shown in this order
};

GroupKey group_key(const store::SpilloverRow& row, const SpilloverQuery& query, const FacetContext& context) {
  switch (query.group_by) {
    case GroupBy::era: {
      for (std::size_t i = 0; i < context.eras.size(); ++i)
        if (context.eras[i].id == row.era) {
          const auto& era = context.eras[i];
          return {era.id, {era.heading(Lang::en), era.heading(Lang::ja)}, static_cast<long>(i)};
        }
      return {"", {}, 1'000'000};
    }
    case GroupBy::decade: {
      const std::string label = model::decade_label(row.decade);
      return {label, {label, label}, row.decade};
    }
    case GroupBy::category: {
      const auto& categories = model::categories();
      return {row.category,
              {std::string(categories.label(row.category, Lang::en)),
               std::string(categories.label(row.category, Lang::ja))},
              categories.rank(row.category)};
    }
    case GroupBy::moment:
      return {row.moment_id, row.moment_title, 0};
    case GroupBy::none:
      break;
  }
  return {};
}

std::vector<SpilloverGroup> group_rows(const std::vector<store::SpilloverRow>& rows, const SpilloverQuery& query,
                                       const FacetContext& context) {
  struct Pending {
    GroupKey key;
    std::size_t first_row;
    SpilloverGroup group;
  };
  std::vector<Pending> pending;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const GroupKey key = group_key(rows[i], query, context);
    auto it = std::find_if(pending.begin(), pending.end(), [&](const Pending& p) { return p.key.key == key.key; });
    if (it == pending.end()) {
      pending.push_back({key, i, {key.key, key.label, {}}});
      it = pending.end() - 1;
    }
    it->group.rows.push_back(i);
  }
  // Eras and decades in time order (reversed with --reverse), categories in the vocabulary's
  // order, moments in the order their first row appears; --sort orders rows inside each.
  std::stable_sort(pending.begin(), pending.end(), [&](const Pending& a, const Pending& b) {
    if (query.group_by == GroupBy::moment) return a.first_row < b.first_row;
    return query.reverse && query.group_by != GroupBy::category ? a.key.rank > b.key.rank : a.key.rank < b.key.rank;
  });
  std::vector<SpilloverGroup> groups;
  for (auto& p : pending) groups.push_back(std::move(p.group));
  return groups;
}

std::optional<model::Era> named_era(const model::EraSpec& spec, const FacetContext& context) {
  if (spec.kind == model::EraSpec::Kind::named)
    for (const auto& era : context.eras)
      if (era.id == spec.era_id) return era;
  return std::nullopt;
}

}  // namespace

Result<model::EraSpec> resolve_era(const store::CatalogReader& reader, model::EraSpec spec) {
  if (spec.kind != model::EraSpec::Kind::named) return spec;
  auto era = reader.era(spec.era_id);
  if (!era) return era.error();
  if (!*era) {
    auto eras = store::all_eras(reader);
    if (!eras) return eras.error();
    std::vector<std::string> ids;
    for (const auto& e : *eras) ids.push_back(e.id);
    return make_error(ErrorCode::usage, fmt::format("unknown era '{}'", spec.text),
                      fmt::format("named eras: {} (`sputnik eras` shows their years); --era also takes a decade "
                                  "(1960s) or years (1958..1975)",
                                  util::join(ids, ", ")));
  }
  spec.years = {(*era)->start, (*era)->end};
  return spec;
}

Result<SpilloverList> list_spillovers(const catalog::Catalog& catalog, const SpilloverQuery& query) {
  const store::CatalogReader& reader = catalog.store;
  store::SpilloverFilter filter;
  SpilloverList list;
  auto context = facet_context(reader);
  if (!context) return context.error();
  if (query.era) {
    auto era = resolve_era(reader, *query.era);
    if (!era) return era.error();
    filter.years = list.years = era->years;
    list.named_era = named_era(*era, *context);
  }
  auto categories = canonical_categories(query.categories);
  if (!categories) return categories.error();
  filter.categories = std::move(*categories);
  if (auto ok = check_statuses(query.statuses); !ok) return ok.error();
  filter.statuses = query.statuses;
  if (!query.moment.empty()) {
    if (auto ok = check_moment(reader, query.moment); !ok) return ok.error();
    filter.moment = query.moment;
  }
  if (!query.text.empty()) {
    auto ids = catalog.index.matching_ids(query.text, {model::EntryType::spillover});
    if (!ids) return ids.error();
    filter.ids = std::move(*ids);
  }
  auto rows = store::spillover_rows(reader, filter);
  if (!rows) return rows.error();
  list.rows = std::move(*rows);
  list.total = list.rows.size();
  if (query.facets) list.facets = order_facets(count_rows(list.rows), *context);
  sort_rows(list.rows, query);
  if (query.limit && list.rows.size() > *query.limit) list.rows.resize(*query.limit);
  if (query.group_by != GroupBy::none) list.groups = group_rows(list.rows, query, *context);
  return list;
}

std::optional<SpilloverSort> parse_spillover_sort(std::string_view s) {
  if (s == "year") return SpilloverSort::year;
  if (s == "lag") return SpilloverSort::lag;
  if (s == "name") return SpilloverSort::name;
  return std::nullopt;
}

std::optional<GroupBy> parse_group_by(std::string_view s) {
  for (auto g : {GroupBy::none, GroupBy::era, GroupBy::decade, GroupBy::category, GroupBy::moment})
    if (s == group_by_name(g)) return g;
  return std::nullopt;
}

std::string_view group_by_name(GroupBy g) {
  switch (g) {
    case GroupBy::none:
      return "none";
    case GroupBy::era:
      return "era";
    case GroupBy::decade:
      return "decade";
    case GroupBy::category:
      return "category";
    case GroupBy::moment:
      return "moment";
  }
  return "none";
}

}  // namespace sputnik::views
