// SPDX-License-Identifier: MIT
#include "core/model/era_spec.hpp"

#include <fmt/format.h>
#include <charconv>

#include "core/util/text.hpp"

namespace sputnik::model {
namespace {

// A signed year with no year 0, the same rule as kb dates.
std::optional<int> parse_year(std::string_view s) {
  if (s.empty() || s.size() > 6) return std::nullopt;
  int year = 0;
  const char* end = s.data() + s.size();
  const auto [ptr, ec] = std::from_chars(s.data(), end, year);
  if (ec != std::errc() || ptr != end || year == 0 || s.front() == '+') return std::nullopt;
  return year;
}

Error bad_era(std::string_view text, std::string_view why) {
  return Error{ErrorCode::usage, fmt::format("invalid era '{}': {}", text, why),
               fmt::format("--era accepts {}", era_spec_forms())};
}

Result<EraSpec> parse_decade(std::string_view text) {
  const auto year = parse_year(text.substr(0, text.size() - 1));
  if (!year) return bad_era(text, "a decade is a year ending in 0 followed by 's', like 1960s");
  if (*year % 10 != 0) return bad_era(text, fmt::format("a decade starts at a year ending in 0 ({}0s?)", *year / 10));
  // BCE decades count backwards: -250s covers -259..-250, matching Date::decade().
  const YearRange years = *year > 0 ? YearRange{*year, *year + 9} : YearRange{*year - 9, *year};
  return EraSpec{EraSpec::Kind::decade, std::string(text), {}, years};
}

Result<EraSpec> parse_range(std::string_view text, std::size_t dots) {
  const std::string_view left = text.substr(0, dots), right = text.substr(dots + 2);
  YearRange years;
  if (!left.empty() && !(years.from = parse_year(left))) return bad_era(text, fmt::format("'{}' is not a year", left));
  if (!right.empty() && !(years.to = parse_year(right))) return bad_era(text, fmt::format("'{}' is not a year", right));
  if (!years.from && !years.to) return bad_era(text, "a range needs at least one end");
  if (years.from && years.to && *years.from > *years.to)
    return bad_era(text, fmt::format("the range runs backwards ({}..{}?)", *years.to, *years.from));
  return EraSpec{EraSpec::Kind::range, std::string(text), {}, years};
}

}  // namespace

std::string YearRange::to_string() const {
  return fmt::format("{}..{}", from ? std::to_string(*from) : "", to ? std::to_string(*to) : "");
}

std::string_view era_spec_forms() {
  return "a decade (1960s), a named era (space-race or \"Space Race\"; `sputnik eras` lists them), a year range "
         "(1958..1975, 1958.., ..1975; BCE years are negative: -300..-100) or one year (1969)";
}

Result<EraSpec> parse_era_spec(std::string_view text) {
  if (text.empty()) return bad_era(text, "it is empty");
  if (const auto dots = text.find(".."); dots != std::string_view::npos) return parse_range(text, dots);
  if (const auto year = parse_year(text)) return EraSpec{EraSpec::Kind::range, std::string(text), {}, {*year, *year}};
  const bool looks_numeric = text.front() == '-' || (text.front() >= '0' && text.front() <= '9');
  if (looks_numeric && text.back() == 's') return parse_decade(text);
  // An era by id or by its English name ("Space Race" is space-race).
  if (const std::string id = util::slugify(text); !looks_numeric && util::is_slug(id))
    return EraSpec{EraSpec::Kind::named, std::string(text), id, {}};
  return bad_era(text, "not a decade, an era name or a year range");
}

}  // namespace sputnik::model
