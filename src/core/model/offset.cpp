// SPDX-License-Identifier: MIT
#include "core/model/offset.hpp"

#include <cstdlib>
#include <fmt/format.h>

namespace sputnik::model {
namespace {

// Short enough that a day count reads better than "0 months".
constexpr int kMaxDaysShown = 45;

bool month_known(const Date& d) {
  return d.month > 0 && (d.precision == Precision::day || d.precision == Precision::month);
}

std::string plural(int n, const char* one, const char* many) { return fmt::format("{} {}", n, n == 1 ? one : many); }

std::string span_en(int months) {
  const int y = months / 12, m = months % 12;
  if (y == 0) return plural(m, "month", "months");
  if (m == 0) return plural(y, "year", "years");
  return plural(y, "year", "years") + " " + plural(m, "month", "months");
}

std::string span_ja(int months) {
  const int y = months / 12, m = months % 12;
  if (y == 0) return fmt::format("{}か月", m);
  if (m == 0) return fmt::format("{}年", y);
  return fmt::format("{}年{}か月", y, m);
}

}  // namespace

long days_from_civil(int year, int month, int day) {
  // H. Hinnant's algorithm; year 0 does not exist in kb dates, so BCE years shift by one.
  const int y = (year < 0 ? year + 1 : year) - (month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<long>(era) * 146097L + doe - 719468L;
}

Offset offset_between(const Date& t0, const Date& date) {
  Offset o;
  const int years = years_between(t0, date);
  o.approximate = !month_known(t0) || !month_known(date) || date.precision == Precision::circa;
  o.months = o.approximate ? years * 12 : years * 12 + (date.month - t0.month);
  if (t0.precision == Precision::day && date.precision == Precision::day) {
    o.exact_days = true;
    o.days = static_cast<int>(days_from_civil(date.year, date.month, date.day) -
                              days_from_civil(t0.year, t0.month, t0.day));
  }
  return o;
}

std::string format_offset(const Offset& o, Lang lang) {
  const bool in_days = o.exact_days && std::abs(o.days) <= kMaxDaysShown;
  if ((in_days && o.days == 0) || (!in_days && o.months == 0 && !o.approximate)) return "t0";
  const bool before = in_days ? o.days < 0 : o.months < 0;
  const int magnitude = std::abs(in_days ? o.days : o.months);
  std::string span;
  if (lang == Lang::ja)
    span = in_days ? fmt::format("{}日", magnitude) : span_ja(magnitude);
  else
    span = in_days ? plural(magnitude, "day", "days") : span_en(magnitude);
  if (!in_days && magnitude == 0) return lang == Lang::ja ? "≈ t0（同年）" : "≈ t0 (same year)";
  const std::string sign = lang == Lang::ja ? (before ? "−" : "＋") : (before ? " − " : " + ");
  return std::string(o.approximate ? "≈ " : "") + "t0" + sign + span;
}

std::string month_after(const Date& date, int months) {
  const int base = (date.year < 0 ? date.year + 1 : date.year) * 12 + (date.month > 0 ? date.month - 1 : 0) + months;
  int year = base >= 0 ? base / 12 : (base - 11) / 12;
  const int month = base - year * 12 + 1;
  if (year <= 0) year -= 1;  // back over the missing year 0
  return fmt::format("{}-{:02}", year, month);
}

}  // namespace sputnik::model
