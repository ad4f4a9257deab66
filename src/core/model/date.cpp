// SPDX-License-Identifier: MIT
#include "core/model/date.hpp"

#include <fmt/format.h>
#include <charconv>

namespace sputnik::model {
namespace {

bool is_leap(int year) {
  // Proleptic Gregorian with astronomical numbering: 1 BCE is year 0, 5 BCE is -4.
  const int y = year < 0 ? year + 1 : year;
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

bool parse_uint(std::string_view s, int& out) {
  if (s.empty() || s.size() > 6) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  std::from_chars(s.data(), s.data() + s.size(), out);
  return true;
}

Error date_error(std::string_view text, std::string_view why) {
  return make_error(ErrorCode::data, fmt::format("invalid date '{}': {}", text, why),
                    "use YYYY-MM-DD, YYYY-MM, YYYY, YYYYs (decade), ~YYYY (circa); a leading '-' for BCE");
}

// Splits "YYYY[-MM[-DD]]" (already stripped of sign/circa) into numbers.
Result<Date> parse_numeric(std::string_view original, std::string_view body, bool bce) {
  Date d;
  const auto dash1 = body.find('-');
  const auto year = body.substr(0, dash1);
  if (year.size() > 6 && year.find_first_not_of("0123456789") == std::string_view::npos)
    return date_error(original, "the year has more than six digits");
  if (!parse_uint(year, d.year)) return date_error(original, "the year must be digits");
  if (d.year == 0) return date_error(original, "there is no year 0 (1 BCE is followed by 1 CE)");
  if (bce) d.year = -d.year;
  d.precision = Precision::year;
  if (dash1 == std::string_view::npos) return d;
  const auto rest = body.substr(dash1 + 1);
  const auto dash2 = rest.find('-');
  if (!parse_uint(rest.substr(0, dash2), d.month) || d.month < 1 || d.month > 12)
    return date_error(original, "the month must be 01 to 12");
  d.precision = Precision::month;
  if (dash2 == std::string_view::npos) return d;
  if (!parse_uint(rest.substr(dash2 + 1), d.day) || d.day < 1 || d.day > days_in_month(d.year, d.month))
    return date_error(original, fmt::format("day {} does not exist in that month", rest.substr(dash2 + 1)));
  d.precision = Precision::day;
  return d;
}

}  // namespace

long Date::sort_key() const { return static_cast<long>(year) * 10000 + month * 100 + day; }

std::pair<int, int> Date::year_span() const {
  if (precision != Precision::decade) return {year, year};
  return year >= 0 ? std::pair{year, year + 9} : std::pair{year - 9, year};
}

int Date::decade() const {
  // BCE decades count down: "the 250s BCE" are 259..250 BCE, so -255 belongs to -250.
  return year >= 0 ? year / 10 * 10 : -((-year) / 10 * 10);
}

std::string Date::to_kb_string() const {
  switch (precision) {
    case Precision::decade:
      return fmt::format("{}s", year);
    case Precision::circa:
      return fmt::format("~{}", year);
    case Precision::year:
      return fmt::format("{}", year);
    case Precision::month:
      return fmt::format("{}-{:02}", year, month);
    case Precision::day:
      return fmt::format("{}-{:02}-{:02}", year, month, day);
  }
  return {};
}

std::string Date::display() const {
  if (year > 0) {
    if (precision == Precision::circa) return fmt::format("c. {}", year);
    return to_kb_string();
  }
  const int y = -year;
  switch (precision) {
    case Precision::decade:
      return fmt::format("{}s BCE", y);
    case Precision::circa:
      return fmt::format("c. {} BCE", y);
    case Precision::year:
      return fmt::format("{} BCE", y);
    case Precision::month:
      return fmt::format("{}-{:02} BCE", y, month);
    case Precision::day:
      return fmt::format("{}-{:02}-{:02} BCE", y, month, day);
  }
  return {};
}

Result<Date> parse_date(std::string_view text) {
  if (text.empty()) return date_error(text, "it is empty");
  std::string_view body = text;
  bool circa = false, bce = false, decade = false;
  if (body.front() == '~') {
    circa = true;
    body.remove_prefix(1);
  }
  if (!body.empty() && body.front() == '-') {
    bce = true;
    body.remove_prefix(1);
  }
  if (!body.empty() && body.back() == 's') {
    decade = true;
    body.remove_suffix(1);
  }
  if (body.empty()) return date_error(text, "there is no year");
  if ((circa || decade) && body.find('-') != std::string_view::npos)
    return date_error(text, "circa and decade dates take a year only");
  auto date = parse_numeric(text, body, bce);
  if (!date) return date;
  if (circa) date->precision = Precision::circa;
  if (decade) {
    if (date->year % 10 != 0) return date_error(text, "a decade must start on a year ending in 0");
    date->precision = Precision::decade;
  }
  return date;
}

int months_between(const Date& from, const Date& to) {
  const bool months_known = from.month > 0 && to.month > 0;
  const int years = years_between(from, to);
  if (!months_known) return years * 12;
  int months = years * 12 + (to.month - from.month);
  if (from.day > 0 && to.day > 0 && to.day < from.day) --months;
  return months;
}

int years_between(const Date& from, const Date& to) {
  return to.year - from.year - ((from.year < 0) != (to.year < 0) ? 1 : 0);  // there is no year 0
}

std::string_view precision_name(Precision p) {
  switch (p) {
    case Precision::day:
      return "day";
    case Precision::month:
      return "month";
    case Precision::year:
      return "year";
    case Precision::decade:
      return "decade";
    case Precision::circa:
      return "circa";
  }
  return "year";
}

std::optional<Precision> parse_precision(std::string_view name) {
  for (auto p : {Precision::day, Precision::month, Precision::year, Precision::decade, Precision::circa})
    if (precision_name(p) == name) return p;
  return std::nullopt;
}

std::string year_label(int year, Precision precision, std::string_view display) {
  if (precision == Precision::decade || precision == Precision::circa) return std::string(display);
  return year < 0 ? std::to_string(-year) + " BCE" : std::to_string(year);
}

std::string decade_label(int decade_start) {
  return decade_start >= 0 ? fmt::format("{}s", decade_start) : fmt::format("{}s bce", -decade_start);
}

}  // namespace sputnik::model
