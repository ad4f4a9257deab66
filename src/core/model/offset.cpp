// SPDX-License-Identifier: MIT
#include "core/model/offset.hpp"

#include <fmt/format.h>
#include <cstdlib>

namespace sputnik::model {
namespace {

bool month_known(const Date& d) {
  return d.month > 0 && (d.precision == Precision::day || d.precision == Precision::month);
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
    o.days =
        static_cast<int>(days_from_civil(date.year, date.month, date.day) - days_from_civil(t0.year, t0.month, t0.day));
  }
  return o;
}

std::string month_after(const Date& date, int months) {
  const int base = (date.year < 0 ? date.year + 1 : date.year) * 12 + (date.month > 0 ? date.month - 1 : 0) + months;
  int year = base >= 0 ? base / 12 : (base - 11) / 12;
  const int month = base - year * 12 + 1;
  if (year <= 0) year -= 1;  // back over the missing year 0
  return fmt::format("{}-{:02}", year, month);
}

}  // namespace sputnik::model
