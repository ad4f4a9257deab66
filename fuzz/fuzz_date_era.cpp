// SPDX-License-Identifier: MIT
// Dates come from the kb ("1957-10-04", "1960s", "~1965", "-250") and eras from the
// command line (`--era 1960s|space-race|1958..1975`); both are hand-written parsers over
// untrusted text. The input is given to both parsers; whatever they accept must satisfy
// what their headers promise (core/model/date.hpp, core/model/era_spec.hpp):
//   - a date has no year 0, month and day fit its precision and the calendar, a decade
//     starts on a year ending in 0, and its kb spelling (to_kb_string) parses back to the
//     same date; display() has no round trip (it says "250 BCE", "c. 1965") and is not
//     checked beyond matching year_label();
//   - year_span() covers the year (ten years for a decade), decade() is within 9 years;
//   - an era spec's range never runs backwards, has no year 0, and its years spelled by
//     YearRange::to_string() parse back to the same years; a named era is a slug;
//   - a decade or year date and the same text given to --era mean the same years.
// Any violation aborts, which libFuzzer records as a crash.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/model/date.hpp"
#include "core/model/era_spec.hpp"
#include "core/util/text.hpp"

namespace {

using namespace sputnik::model;

[[noreturn]] void fail(std::string_view input, const char* what) {
  std::fprintf(stderr, "fuzz_date_era: %s (input '%.*s')\n", what, static_cast<int>(input.size()), input.data());
  std::abort();
}

void expect(bool ok, std::string_view input, const char* what) {
  if (!ok) fail(input, what);
}

bool is_leap(int year) {  // as date.cpp: astronomical numbering, 1 BCE is year 0
  const int y = year < 0 ? year + 1 : year;
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

void check_date(std::string_view text, const Date& d) {
  expect(d.year != 0, text, "parsed a year 0");
  switch (d.precision) {
    case Precision::day: {
      static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
      expect(d.month >= 1 && d.month <= 12, text, "day precision without a valid month");
      const int last = d.month == 2 && is_leap(d.year) ? 29 : days[d.month - 1];
      expect(d.day >= 1 && d.day <= last, text, "day outside its month");
      break;
    }
    case Precision::month:
      expect(d.month >= 1 && d.month <= 12 && d.day == 0, text, "bad month date");
      break;
    case Precision::decade:
      expect(d.year % 10 == 0, text, "decade not starting on a year ending in 0");
      [[fallthrough]];
    case Precision::year:
    case Precision::circa:
      expect(d.month == 0 && d.day == 0, text, "year-only date with a month or day");
      break;
  }

  const auto reparsed = parse_date(d.to_kb_string());
  expect(reparsed.has_value() && *reparsed == d, text, "to_kb_string() does not parse back to the same date");
  expect(parse_precision(precision_name(d.precision)) == d.precision, text, "precision name does not round-trip");

  const auto [first, last] = d.year_span();
  expect(first <= d.year && d.year <= last, text, "year_span() does not contain the year");
  expect(last - first == (d.precision == Precision::decade ? 9 : 0), text, "year_span() has the wrong length");
  const int decade = d.decade();
  expect(decade % 10 == 0 &&
             (d.year > 0 ? decade <= d.year && d.year - decade <= 9 : decade >= d.year && decade - d.year <= 9),
         text, "decade() is not the decade of the year");
  if (d.precision == Precision::decade) expect(decade == d.year, text, "a decade date is not its own decade()");

  const std::string display = d.display();
  expect(!display.empty() && sputnik::util::is_valid_utf8(display), text, "display() is empty or not UTF-8");
  const std::string label = year_label(d.year, d.precision, display);
  if (d.precision == Precision::year) expect(label == display, text, "year_label() differs from display()");
  expect(years_between(d, d) == 0 && months_between(d, d) == 0, text, "a date is not 0 years from itself");
}

void check_era(std::string_view text, const EraSpec& e) {
  expect(e.text == text, text, "EraSpec::text is not the input");
  const YearRange& y = e.years;
  switch (e.kind) {
    case EraSpec::Kind::named:
      expect(sputnik::util::is_slug(e.era_id) && !y.from && !y.to, text, "named era is not a slug, or has years");
      return;
    case EraSpec::Kind::decade:
      expect(y.from && y.to && *y.to - *y.from == 9, text, "a decade is not ten years");
      break;
    case EraSpec::Kind::range:
      expect(y.from || y.to, text, "a range with no end");
      break;
  }
  expect(!y.from || *y.from != 0, text, "range starts at year 0");
  expect(!y.to || *y.to != 0, text, "range ends at year 0");
  if (y.from && y.to) expect(*y.from <= *y.to, text, "range runs backwards");
  if (y.from) expect(y.contains(*y.from), text, "range does not contain its start");
  if (y.to) expect(y.contains(*y.to), text, "range does not contain its end");
  const auto again = parse_era_spec(y.to_string());
  expect(again.has_value() && again->kind == EraSpec::Kind::range && again->years.from == y.from &&
             again->years.to == y.to,
         text, "YearRange::to_string() does not parse back to the same years");
}

// "1960s" and "1969" mean the same years as a date (year_span) and as --era.
void check_agreement(std::string_view text, const Date& d) {
  if (d.precision != Precision::decade && d.precision != Precision::year) return;
  if (d.year <= -100000 || d.year >= 100000) return;  // --era takes at most six characters a year
  const auto era = parse_era_spec(d.to_kb_string());
  expect(era.has_value(), text, "a decade or year date is not a valid --era");
  const auto [first, last] = d.year_span();
  expect(era->years.from == first && era->years.to == last, text, "--era and the date disagree on the years");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (const auto date = parse_date(text)) {
    check_date(text, *date);
    check_agreement(text, *date);
  } else {
    expect(!date.error().message.empty() && !date.error().hint.empty(), text, "date error without message or hint");
  }
  if (const auto era = parse_era_spec(text)) {
    check_era(text, *era);
  } else {
    expect(!era.error().message.empty() && !era.error().hint.empty(), text, "era error without message or hint");
  }
  return 0;
}
