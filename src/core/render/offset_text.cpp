// SPDX-License-Identifier: MIT
#include "core/render/offset_text.hpp"

#include <cstdlib>

#include "core/render/messages.hpp"

namespace sputnik::render {
namespace {

// Short enough that a day count reads better than "0 months".
constexpr int kMaxDaysShown = 45;

std::string count(model::Lang lang, Msg unit, int n) {
  return say(lang, unit, fmt::arg("n", n), fmt::arg("s", plural_s(n)));
}

std::string span(model::Lang lang, int months) {
  const int y = months / 12, m = months % 12;
  if (y == 0) return count(lang, Msg::offset_months, m);
  if (m == 0) return count(lang, Msg::offset_years, y);
  return say(lang, Msg::offset_years_months, fmt::arg("years", count(lang, Msg::offset_years, y)),
             fmt::arg("months", count(lang, Msg::offset_months, m)));
}

}  // namespace

std::string format_offset(const model::Offset& o, model::Lang lang) {
  const bool in_days = o.exact_days && std::abs(o.days) <= kMaxDaysShown;
  if ((in_days && o.days == 0) || (!in_days && o.months == 0 && !o.approximate)) return "t0";
  const bool before = in_days ? o.days < 0 : o.months < 0;
  const int magnitude = std::abs(in_days ? o.days : o.months);
  if (!in_days && magnitude == 0) return say(lang, Msg::offset_same_year);
  const std::string amount = in_days ? count(lang, Msg::offset_days, magnitude) : span(lang, magnitude);
  return std::string(o.approximate ? "≈ " : "") + "t0" + say(lang, before ? Msg::offset_before : Msg::offset_after) +
         amount;
}

}  // namespace sputnik::render
