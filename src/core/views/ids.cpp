// SPDX-License-Identifier: MIT
#include "core/views/ids.hpp"

#include <algorithm>

#include "core/store/listing.hpp"
#include "core/store/timeline.hpp"

namespace sputnik::views {

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
      auto entries =
          kind == IdKind::moment ? store::moment_entries(catalog.store) : store::ai_race_entries(catalog.store);
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

}  // namespace sputnik::views
