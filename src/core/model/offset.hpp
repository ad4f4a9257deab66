// SPDX-License-Identifier: MIT
#pragma once
// How long after a shock (t0) something happened (render/offset_text writes it for people).
#include <string>

#include "core/model/date.hpp"
#include "core/model/entities.hpp"

namespace sputnik::model {

struct Offset {
  int months = 0;            ///< calendar months from t0's month to the date's (1957-10 → 1958-09 is 11)
  int days = 0;              ///< exact days, when both dates are known to the day (else 0)
  bool exact_days = false;   ///< days is meaningful
  bool approximate = false;  ///< one of the dates is only known to the year, decade or about

  bool operator<(const Offset& o) const { return exact_days && o.exact_days ? days < o.days : months < o.months; }
};

/// The offset of `date` from `t0`. Months are calendar months, the way people say "the
/// education act came 11 months after Sputnik"; years alone count as twelve months.
Offset offset_between(const Date& t0, const Date& date);

/// The month `months` after `date`'s month, as "YYYY-MM" (BCE as "-YYYY-MM").
std::string month_after(const Date& date, int months);

/// Days since 1970-01-01 of a day-precision date in the proleptic Gregorian calendar.
long days_from_civil(int year, int month, int day);

}  // namespace sputnik::model
