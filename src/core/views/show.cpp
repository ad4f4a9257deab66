// SPDX-License-Identifier: MIT
#include "core/views/show.hpp"

#include <fmt/format.h>

namespace sputnik::views {
namespace {

using model::EntryType;

// Unwraps a Result into `out`, or returns its error from the enclosing function.
#define SPUTNIK_TRY(out, expr)            \
  do {                                    \
    auto result_ = (expr);                \
    if (!result_) return result_.error(); \
    out = std::move(*result_);            \
  } while (0)

Result<AnalogyLink> analogy_link(const store::CatalogReader& store, const std::string& id) {
  AnalogyLink link;
  SPUTNIK_TRY(link.analogy, store.analogy(id));
  std::vector<store::EntryRef> ends;
  SPUTNIK_TRY(ends, store.refs({link.analogy.from, link.analogy.to}));
  for (auto& ref : ends) (ref.id == link.analogy.from ? link.from : link.to) = ref;
  SPUTNIK_TRY(link.sources, store.sources_of(id));
  return link;
}

Status add_country_names(const store::CatalogReader& store, EntryDetail& d) {
  std::vector<std::string> ids = d.entry.shocked;
  ids.push_back(d.entry.shocking);
  ids.push_back(d.entry.country);
  for (const auto& id : ids) {
    if (id.empty() || d.country_names.count(id)) continue;
    std::optional<model::Country> c;
    SPUTNIK_TRY(c, store.country(id));
    if (c) d.country_names[id] = c->name;
  }
  return {};
}

Status add_relatives(const store::CatalogReader& store, EntryDetail& d) {
  const model::Entry& e = d.entry;
  if (e.type == EntryType::moment) {
    SPUTNIK_TRY(d.responses, store.responses_of(e.id));
    SPUTNIK_TRY(d.spillovers, store.spillovers_of_moment(e.id));
  } else {
    SPUTNIK_TRY(d.spillovers, store.children_of(e.id));
  }
  if (e.type == EntryType::response) SPUTNIK_TRY(d.parents, store.refs({e.moment}));
  if (e.type == EntryType::spillover) SPUTNIK_TRY(d.parents, store.refs(e.from));
  if (!e.same_as.empty()) {
    std::vector<store::EntryRef> same;
    SPUTNIK_TRY(same, store.refs({e.same_as}));
    if (!same.empty()) d.same_as = same.front();
  }
  return {};
}

Result<EntryDetail> entry_detail(const store::CatalogReader& store, const std::string& id) {
  EntryDetail d;
  SPUTNIK_TRY(d.entry, store.entry(id));
  if (!d.entry.era.empty()) SPUTNIK_TRY(d.era, store.era(d.entry.era));
  if (auto s = add_country_names(store, d); !s) return s.error();
  if (auto s = add_relatives(store, d); !s) return s.error();
  std::vector<model::Analogy> analogies;
  SPUTNIK_TRY(analogies, store.analogies_touching(id));
  for (const auto& a : analogies) {
    AnalogyLink link;
    SPUTNIK_TRY(link, analogy_link(store, a.id));
    d.analogies.push_back(std::move(link));
  }
  SPUTNIK_TRY(d.sources, store.sources_of(id));
  return d;
}

}  // namespace

Result<ShowResult> show(const store::CatalogReader& store, const std::string& id) {
  std::optional<store::IdKind> kind;
  SPUTNIK_TRY(kind, store.kind_of(id));
  if (!kind)
    return make_error(ErrorCode::no_match, fmt::format("no entry, analogy or source has the id '{}'", id),
                      "ids are listed by `sputnik search`; try `sputnik search WORDS`");
  switch (*kind) {
    case store::IdKind::entry: {
      auto d = entry_detail(store, id);
      if (!d) return d.error();
      return ShowResult(std::move(*d));
    }
    case store::IdKind::analogy: {
      auto a = analogy_link(store, id);
      if (!a) return a.error();
      return ShowResult(std::move(*a));
    }
    case store::IdKind::source: {
      SourceDetail sd;
      SPUTNIK_TRY(sd.source, store.source(id));
      SPUTNIK_TRY(sd.cited_by, store.citing(id));
      return ShowResult(std::move(sd));
    }
    case store::IdKind::era: {
      std::optional<model::Era> era;
      SPUTNIK_TRY(era, store.era(id));
      return ShowResult(*era);
    }
    case store::IdKind::country: {
      std::optional<model::Country> c;
      SPUTNIK_TRY(c, store.country(id));
      return ShowResult(*c);
    }
  }
  return make_error(ErrorCode::internal, "unknown id kind");
}

#undef SPUTNIK_TRY

}  // namespace sputnik::views
