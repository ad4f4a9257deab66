// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "core/model/date.hpp"

using namespace sputnik::model;

TEST(Date, ParsesEveryPrecision) {
  EXPECT_EQ(*parse_date("1957-10-04"), (Date{1957, 10, 4, Precision::day}));
  EXPECT_EQ(*parse_date("1958-07"), (Date{1958, 7, 0, Precision::month}));
  EXPECT_EQ(*parse_date("1976"), (Date{1976, 0, 0, Precision::year}));
  EXPECT_EQ(*parse_date("1960s"), (Date{1960, 0, 0, Precision::decade}));
  EXPECT_EQ(*parse_date("~1965"), (Date{1965, 0, 0, Precision::circa}));
  EXPECT_EQ(*parse_date("-250"), (Date{-250, 0, 0, Precision::year}));
  EXPECT_EQ(*parse_date("-250-03"), (Date{-250, 3, 0, Precision::month}));
}

TEST(Date, RejectsImpossibleDates) {
  for (const char* bad : {"", "0", "-0", "1957-13", "1957-00", "1957-02-30", "1957-04-31", "1900-02-29", "19x0s",
                          "1965s", "~1965-01", "1957-1-", "abc", "1957-10-04T00:00", "-", "~", "s"})
    EXPECT_FALSE(parse_date(bad).has_value()) << bad;
}

TEST(Date, LeapYearsFollowTheGregorianRules) {
  EXPECT_TRUE(parse_date("2000-02-29").has_value());
  EXPECT_TRUE(parse_date("2024-02-29").has_value());
  EXPECT_FALSE(parse_date("2100-02-29").has_value());
  EXPECT_TRUE(parse_date("-1-02-29").has_value());  // 1 BCE is astronomical year 0, a leap year
}

TEST(Date, ErrorsNameTheProblemAndTheAcceptedForms) {
  auto r = parse_date("1957-02-30");
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("1957-02-30"), std::string::npos);
  EXPECT_NE(r.error().hint.find("YYYY-MM-DD"), std::string::npos);
}

TEST(Date, SortKeysOrderChronologicallyAcrossPrecisionsAndEras) {
  const char* ordered[] = {"-251", "-250", "-250-03", "-1", "1", "1957", "1957-10", "1957-10-04", "1957-12", "1958"};
  for (std::size_t i = 1; i < std::size(ordered); ++i)
    EXPECT_LT(parse_date(ordered[i - 1])->sort_key(), parse_date(ordered[i])->sort_key())
        << ordered[i - 1] << " < " << ordered[i];
}

TEST(Date, DisplayAndKbSpellingRoundTrip) {
  for (const char* s : {"1957-10-04", "1958-07", "1976", "1960s", "~1965", "-250", "-250-03-01"})
    EXPECT_EQ(parse_date(s)->to_kb_string(), s);
  EXPECT_EQ(parse_date("-250")->display(), "250 BCE");
  EXPECT_EQ(parse_date("~1965")->display(), "c. 1965");
  EXPECT_EQ(parse_date("1960s")->display(), "1960s");
}

TEST(Date, DecadesOfCeAndBceYears) {
  EXPECT_EQ(parse_date("1957")->decade(), 1950);
  EXPECT_EQ(parse_date("1960")->decade(), 1960);
  EXPECT_EQ(parse_date("-255")->decade(), -250);  // the 250s BCE are 259..250 BCE
  EXPECT_EQ(parse_date("-250")->decade(), -250);
}

TEST(Date, OffsetsBetweenDates) {
  const Date sputnik = *parse_date("1957-10-04");
  EXPECT_EQ(months_between(sputnik, *parse_date("1958-02-07")), 4);   // ARPA
  EXPECT_EQ(months_between(sputnik, *parse_date("1958-09-02")), 10);  // NDEA: 10 whole months
  EXPECT_EQ(months_between(sputnik, *parse_date("1959")), 24);        // year precision: years × 12
  EXPECT_EQ(years_between(sputnik, *parse_date("1995")), 38);
  EXPECT_EQ(years_between(*parse_date("-1"), *parse_date("1")), 1);  // no year 0
}
