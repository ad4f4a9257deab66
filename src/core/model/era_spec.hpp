// SPDX-License-Identifier: MIT
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/util/result.hpp"

namespace sputnik::model {

/// Inclusive signed years; a missing end is open.
struct YearRange {
  std::optional<int> from, to;

  bool contains(int year) const { return (!from || year >= *from) && (!to || year <= *to); }
  /// "1958..1975", "1958..", "..1975", "1960..1969".
  std::string to_string() const;
};

/// What a user means by `--era E`: a decade (1960s), a named era (space-race) or a range.
struct EraSpec {
  enum class Kind { decade, named, range };
  Kind kind = Kind::range;
  std::string text;    ///< as the user typed it
  std::string era_id;  ///< Kind::named: resolved to bounds against the catalog's eras
  YearRange years;     ///< decade and range: the bounds; named: filled in once resolved
};

/// Parses `1960s`, `-250s`, `1958..1975`, `1958..`, `..1975`, `-300..-100`, a single year
/// `1969`, or an era id. The error names every accepted form.
Result<EraSpec> parse_era_spec(std::string_view text);

/// The forms --era accepts, for help texts and error hints.
std::string_view era_spec_forms();

}  // namespace sputnik::model
