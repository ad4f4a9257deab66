// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "core/model/era_spec.hpp"
#include "core/render/table.hpp"
#include "core/util/text.hpp"

namespace sputnik {
namespace {

TEST(EraSpec, AcceptsDecadesNamesRangesAndYears) {
  auto decade = model::parse_era_spec("1960s");
  ASSERT_TRUE(decade);
  EXPECT_EQ(decade->kind, model::EraSpec::Kind::decade);
  EXPECT_EQ(decade->years.to_string(), "1960..1969");
  EXPECT_EQ(model::parse_era_spec("-250s")->years.to_string(), "-259..-250");
  EXPECT_EQ(model::parse_era_spec("1958..1975")->years.to_string(), "1958..1975");
  EXPECT_EQ(model::parse_era_spec("1958..")->years.to_string(), "1958..");
  EXPECT_EQ(model::parse_era_spec("..1975")->years.to_string(), "..1975");
  EXPECT_EQ(model::parse_era_spec("-300..-100")->years.to_string(), "-300..-100");
  EXPECT_EQ(model::parse_era_spec("1969")->years.to_string(), "1969..1969");
  auto named = model::parse_era_spec("Space Race");
  ASSERT_TRUE(named);
  EXPECT_EQ(named->kind, model::EraSpec::Kind::named);
  EXPECT_EQ(named->era_id, "space-race");
}

TEST(EraSpec, RejectsWhatIsNoEraWithTheAcceptedForms) {
  for (const char* bad :
       {"19x0s", "1965s", "1975..1958", "..", "0", "0..10", "", "1958...1975", "+1958", "space race!"}) {
    auto r = model::parse_era_spec(bad);
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().code, ErrorCode::usage) << bad;
    EXPECT_NE(r.error().message.find(std::string("'") + bad + "'"), std::string::npos) << r.error().message;
    EXPECT_NE(r.error().hint.find("1958..1975"), std::string::npos);
  }
}

TEST(Csv, QuotesWhatNeedsQuotingAndDefusesFormulas) {
  EXPECT_EQ(render::csv_field("plain"), "plain");
  EXPECT_EQ(render::csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(render::csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(render::csv_field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(render::csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
  EXPECT_EQ(render::csv_field("+1"), "'+1");
  EXPECT_EQ(render::csv_field("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(render::csv_field("-250", true), "-250");  // numbers stay numbers
  const render::Table table{{{"a"}, {"n", true}}, {render::Row({"x", "1"})}};
  EXPECT_EQ(render::render_csv(table), "a,n\r\nx,1\r\n");
}

TEST(Markdown, EscapesPipesHtmlAndLineBreaks) {
  EXPECT_EQ(render::markdown_cell("a|b"), "a\\|b");
  EXPECT_EQ(render::markdown_cell("<script>"), "&lt;script>");
  EXPECT_EQ(render::markdown_cell("one\r\ntwo"), "one<br>two");
  const render::Table table{{{"Year", true}, {"Name"}}, {render::Row({"1957", "Sputnik"})}};
  EXPECT_EQ(render::render_markdown_table(table), "| Year | Name |\n| ---: | --- |\n| 1957 | Sputnik |\n");
}

TEST(TextTable, FitsTheWidthByWrappingTheFlexColumnAndAlignsCjk) {
  render::Style style;
  style.width = 40;
  const render::Table table{{{"YEAR"}, {"NAME", false, true}, {"N", true}},
                            {render::Row({"1957", "A very long spillover name that must wrap inside its column", "12"}),
                             render::Row({"1958", "全地球測位システム", "3"}, "← detail line")}};
  const std::string text = render::render_text_table(table, style);
  std::size_t start = 0, lines = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    EXPECT_LE(util::display_width(text.substr(start, end - start)), 40u) << text;
    start = end + 1;
    ++lines;
  }
  EXPECT_GT(lines, 4u);  // header, a wrapped row, a CJK row and its detail
  EXPECT_NE(text.find("1958  全地球測位システム"), std::string::npos) << text;
  EXPECT_NE(text.find("      ← detail line"), std::string::npos) << text;
}

}  // namespace
}  // namespace sputnik
