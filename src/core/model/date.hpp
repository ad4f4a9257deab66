// SPDX-License-Identifier: MIT
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/util/result.hpp"

namespace sputnik::model {

enum class Precision { day, month, year, decade, circa };

/// A historical date: a signed year (no year 0; -250 is 250 BCE), an optional month
/// and day, and how precisely the sources know it.
struct Date {
  int year = 0;
  int month = 0;  ///< 0 when unknown
  int day = 0;    ///< 0 when unknown
  Precision precision = Precision::year;

  /// A key that sorts dates chronologically whatever their precision (YYYYMMDD, signed).
  long sort_key() const;
  /// Every year the date may mean: a decade's ten years ("1960s" → 1960..1969, BCE
  /// decades counting down like decade()), otherwise its own year.
  std::pair<int, int> year_span() const;
  /// The first year of the decade the date falls in (1957 → 1950; -250 → -250).
  int decade() const;
  /// The kb spelling: "1957-10-04", "1958-07", "1976", "1960s", "~1965", "-250".
  std::string to_kb_string() const;
  /// For people: "1957-10-04", "1960s", "c. 1965", "250 BCE", "250-03 BCE".
  std::string display() const;

  bool operator==(const Date&) const = default;
};

/// Parses the kb date syntax documented in kb/README.md.
Result<Date> parse_date(std::string_view text);

/// The difference of the two years (1957-10 → 1958-07 is 1), skipping the missing year 0.
int years_between(const Date& from, const Date& to);

/// Months between two dates (month-precision or better on both; else years × 12).
int months_between(const Date& from, const Date& to);

std::string_view precision_name(Precision p);
std::optional<Precision> parse_precision(std::string_view name);

/// The year for a list column: "1958", "250 BCE"; decades and circa dates keep their
/// display form ("1960s", "c. 1965") so a list never claims more precision than the kb.
std::string year_label(int year, Precision precision, std::string_view display);

/// The label of a decade by its first year: "1950s", or "250s bce" for a BCE decade (-250).
/// Facets, filters and lists all spell decades this way.
std::string decade_label(int decade_start);

}  // namespace sputnik::model
