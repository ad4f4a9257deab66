// SPDX-License-Identifier: MIT
#pragma once
// The ids a command accepts, for shell completion (and for suggestions when one is mistyped).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/catalog.hpp"

namespace sputnik::views {

enum class IdKind { any, moment, ai_event, era };

/// Every id of that kind in the catalog: entries and analogies (any), moments, AI-race
/// events or named eras; sorted for `any`, in time order otherwise.
Result<std::vector<std::string>> ids_of_kind(const catalog::Catalog& catalog, IdKind kind);

/// `typed` as the catalog spells it, if the catalog has it: ids are slugs, so `Sputnik-1`
/// is `sputnik-1`. Any id `show` accepts counts (an entry, analogy, source, era or country):
/// a known id of the wrong kind is for the command to explain, not a typo.
Result<std::optional<std::string>> known_id(const catalog::Catalog& catalog, std::string_view typed);

/// An entry a mistyped id may have meant.
struct IdCandidate {
  std::string id;
  model::EntryType type = model::EntryType::moment;
  std::string date;  ///< display form
  model::Text title;
};

/// Up to `max` entries of `kind` (`any`: every entry) that `typed` may have meant: first the
/// ids within two edits of it or containing it (closest first, then those it begins, then
/// shorter), then the best search hits for its words ("deepseek" → deepseek-shock-2025).
Result<std::vector<IdCandidate>> id_candidates(const catalog::Catalog& catalog, std::string_view typed, IdKind kind,
                                               std::size_t max = 5);

}  // namespace sputnik::views
