// SPDX-License-Identifier: MIT
#include "core/views/ids.hpp"

#include <algorithm>
#include <tuple>

#include "core/store/listing.hpp"
#include "core/store/timeline.hpp"
#include "core/util/text.hpp"

namespace sputnik::views {
namespace {

// The dated entries of a kind; `any` (and `era`, which no entry is) gives every entry.
Result<std::vector<store::DatedEntry>> entries_of_kind(const catalog::Catalog& catalog, IdKind kind) {
  switch (kind) {
    case IdKind::moment:
      return store::moment_entries(catalog.store);
    case IdKind::ai_event:
      return store::ai_race_entries(catalog.store);
    case IdKind::any:
    case IdKind::era:
      break;
  }
  return store::all_dated_entries(catalog.store);
}

}  // namespace

Result<std::vector<std::string>> ids_of_kind(const catalog::Catalog& catalog, IdKind kind) {
  std::vector<std::string> out;
  switch (kind) {
    case IdKind::era: {
      auto eras = store::all_eras(catalog.store);
      if (!eras) return eras.error();
      for (const auto& e : *eras) out.push_back(e.id);
      return out;
    }
    case IdKind::moment:
    case IdKind::ai_event: {
      auto entries = entries_of_kind(catalog, kind);
      if (!entries) return entries.error();
      for (const auto& e : *entries) out.push_back(e.id);
      return out;
    }
    case IdKind::any:
      break;
  }
  auto ids = catalog.index.matching_ids("", {});  // every entry and analogy
  if (!ids) return ids.error();
  std::sort(ids->begin(), ids->end());
  return ids;
}

Result<std::optional<std::string>> known_id(const catalog::Catalog& catalog, std::string_view typed) {
  for (const std::string& id : {std::string(typed), util::ascii_lower(typed)}) {
    auto kind = catalog.store.kind_of(id);
    if (!kind) return kind.error();
    if (*kind) return std::optional<std::string>(id);
  }
  return std::optional<std::string>();
}

namespace {

std::vector<model::EntryType> types_of_kind(IdKind kind) {
  using model::EntryType;
  switch (kind) {
    case IdKind::moment:
      return {EntryType::moment};
    case IdKind::ai_event:
      return {EntryType::ai_event};
    case IdKind::any:
    case IdKind::era:
      break;
  }
  return {EntryType::moment, EntryType::response, EntryType::spillover, EntryType::ai_event};
}

// The typed id's words: "deepseek-shock" → "deepseek shock", searched as people type.
std::string words_of(std::string_view typed) {
  std::string words(typed);
  std::replace(words.begin(), words.end(), '-', ' ');
  std::replace(words.begin(), words.end(), '_', ' ');
  return words;
}

constexpr std::size_t kEditsAllowed = 2;

}  // namespace

Result<std::vector<IdCandidate>> id_candidates(const catalog::Catalog& catalog, std::string_view typed, IdKind kind,
                                               std::size_t max) {
  const std::string wanted = util::ascii_lower(typed);
  auto entries = entries_of_kind(catalog, kind);
  if (!entries) return entries.error();
  // (edits, 0 if the id begins with it, id length, id) for the ids near the typed one
  std::vector<std::tuple<std::size_t, int, std::size_t, const store::DatedEntry*>> near;
  for (const auto& e : *entries) {
    const std::size_t edits = util::edit_distance(wanted, e.id, kEditsAllowed);
    const std::size_t at = wanted.empty() ? std::string::npos : e.id.find(wanted);
    if (edits <= kEditsAllowed || at != std::string::npos)
      near.emplace_back(std::min(edits, kEditsAllowed + 1), at == 0 ? 0 : 1, e.id.size(), &e);
  }
  std::sort(near.begin(), near.end(), [](const auto& a, const auto& b) {
    return std::tie(std::get<0>(a), std::get<1>(a), std::get<2>(a), std::get<3>(a)->id) <
           std::tie(std::get<0>(b), std::get<1>(b), std::get<2>(b), std::get<3>(b)->id);
  });
  std::vector<IdCandidate> out;
  const auto listed = [&](const std::string& id) {
    return std::any_of(out.begin(), out.end(), [&](const IdCandidate& c) { return c.id == id; });
  };
  for (const auto& n : near) {
    if (out.size() == max) return out;
    const store::DatedEntry& e = *std::get<3>(n);
    out.push_back({e.id, e.type, e.date_display, e.title});
  }
  model::SearchRequest request;
  request.query = words_of(typed);
  request.types = types_of_kind(kind);
  request.limit = static_cast<unsigned>(max);
  if (request.query.find_first_not_of(' ') == std::string::npos) return out;
  request.relax = model::Relax::never;  // an id is a name: words it only half shares suggest noise
  auto found = catalog.index.search(request);
  // A query the parser refuses, or one only a spelling correction matched ("nope" → "note"),
  // suggests nothing; the id error stands on its own.
  if (!found || !found->corrected_query.empty()) return out;
  for (const auto& hit : found->hits) {
    if (out.size() == max) break;
    if (!listed(hit.data.id)) out.push_back({hit.data.id, hit.data.type, hit.data.date, hit.data.title});
  }
  return out;
}

}  // namespace sputnik::views
