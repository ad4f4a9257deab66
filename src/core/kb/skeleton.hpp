// SPDX-License-Identifier: MIT
#pragma once
// `sputnik new`: a complete, commented TOML skeleton for one kb entry, to be filled in. Every
// required field is there, empty, so the skeleton fails validation until it is filled in.
#include <optional>
#include <string>
#include <string_view>

namespace sputnik::kb {

enum class SkeletonKind { moment, response, spillover, ai_event, analogy, source };

/// "moment", "response", "spillover", "ai_event" (or "ai-event"), "analogy", "source".
std::optional<SkeletonKind> parse_skeleton_kind(std::string_view name);
/// The names parse_skeleton_kind accepts, for help and errors.
std::string skeleton_kinds();

/// The TOML text of a new entry with this id, and its source stub (for a source: just the source).
std::string skeleton(SkeletonKind kind, const std::string& id);

}  // namespace sputnik::kb
