// SPDX-License-Identifier: MIT
#pragma once
// The closed vocabularies of the kb (kb/README.md lists the same values for people).
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace sputnik::model {

enum class EntryType { moment, response, spillover, ai_event, analogy };

std::string_view type_name(EntryType t);  ///< "moment", …, "ai_event", "analogy"
std::optional<EntryType> parse_type(std::string_view s);  ///< also accepts "ai-event"

/// The ten spillover categories, in display order.
std::span<const std::string_view> categories();
/// The Japanese name of a category (the name itself when unknown).
std::string_view category_ja(std::string_view category);
/// Position in categories() (unknown names sort last).
int category_rank(std::string_view category);
/// Maps a category or one of its older NASA Spinoff aliases (any case) to its current name.
std::optional<std::string> canonical_category(std::string_view s);

/// The analogy phases in chronological order: shock … long-run-outcome.
std::span<const std::string_view> phases();
bool is_phase(std::string_view s);
int phase_rank(std::string_view s);  ///< position in phases(), or -1

std::span<const std::string_view> response_kinds();
std::span<const std::string_view> ai_event_kinds();
std::span<const std::string_view> statuses();    ///< fact, disputed, myth
std::span<const std::string_view> strengths();   ///< strong, partial, weak
std::span<const std::string_view> labels();      ///< how the "Sputnik moment" label applies

bool contains(std::span<const std::string_view> set, std::string_view s);

}  // namespace sputnik::model
