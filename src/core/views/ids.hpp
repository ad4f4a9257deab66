// SPDX-License-Identifier: MIT
#pragma once
// The ids a command accepts, for shell completion (and for suggestions when one is mistyped).
#include <string>
#include <vector>

#include "core/catalog/catalog.hpp"

namespace sputnik::views {

enum class IdKind { any, moment, ai_event, era };

/// Every id of that kind in the catalog: entries and analogies (any), moments, AI-race
/// events or named eras; sorted for `any`, in time order otherwise.
Result<std::vector<std::string>> ids_of_kind(const catalog::Catalog& catalog, IdKind kind);

}  // namespace sputnik::views
