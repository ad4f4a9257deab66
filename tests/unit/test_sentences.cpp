// SPDX-License-Identifier: MIT
// Cutting an article into sentences, in English and Japanese, and reading the figures they
// quote, for `annotate`.
#include <gtest/gtest.h>

#include "core/util/sentences.hpp"
#include "core/views/annotate.hpp"

using sputnik::util::split_sentences;
using Texts = std::vector<std::string>;

namespace {
Texts texts(std::string_view article) {
  Texts out;
  for (const auto& s : split_sentences(article)) out.push_back(s.text);
  return out;
}
}  // namespace

TEST(Sentences, EnglishStopsButNotAbbreviationsInitialsOrNumbers) {
  EXPECT_EQ(texts("The U.S. reacted in Jan. 1958. Nvidia fell 17%! Why? It cost $5.6 million."),
            (Texts{"The U.S. reacted in Jan. 1958.", "Nvidia fell 17%!", "Why?", "It cost $5.6 million."}));
  EXPECT_EQ(texts("J. F. Kennedy spoke, e.g. at Rice. Then Dr. Glennan ran NASA."),
            (Texts{"J. F. Kennedy spoke, e.g. at Rice.", "Then Dr. Glennan ran NASA."}));
  EXPECT_EQ(texts("He said \"it was a shock.\" Then he left."),
            (Texts{"He said \"it was a shock.\"", "Then he left."}));
}

TEST(Sentences, JapaneseStopsTakeTheirClosingBrackets) {
  EXPECT_EQ(
      texts("アンドリーセンは「AIのスプートニク・モーメントだ。」と述べた。株価は急落した！本当か？"),
      (Texts{"アンドリーセンは「AIのスプートニク・モーメントだ。」", "と述べた。", "株価は急落した！", "本当か？"}));
  EXPECT_EQ(texts("1957年、ソ連はスプートニク1号を打ち上げた。米国は衝撃を受けた。"),
            (Texts{"1957年、ソ連はスプートニク1号を打ち上げた。", "米国は衝撃を受けた。"}));
}

TEST(Sentences, LinesParagraphsAndMarkdown) {
  const auto sentences = split_sentences(
      "# The DeepSeek shock\n\nOn 27 January 2025 Nvidia\nfell about 17%.\n\n- GPS came from Apollo\n"
      "```\ncode. Not prose.\n```\n1. Sputnik spurred the Moon landing.");
  ASSERT_EQ(sentences.size(), 4u);
  EXPECT_EQ(sentences[0].text, "The DeepSeek shock");  // a heading is a sentence of its own
  EXPECT_EQ(sentences[1].text, "On 27 January 2025 Nvidia fell about 17%.");
  EXPECT_EQ(sentences[1].line, 3u);
  EXPECT_EQ(sentences[2].text, "GPS came from Apollo");  // a list item ends at its line's end
  EXPECT_EQ(sentences[3].text, "Sputnik spurred the Moon landing.");
  EXPECT_EQ(sentences[3].line, 10u);
  EXPECT_TRUE(split_sentences("").empty());
  EXPECT_TRUE(split_sentences("\n\n  \n").empty());
}

TEST(Sentences, QuotedNumbersAreReadWithTheirScale) {
  const auto numbers =
      sputnik::views::quoted_numbers("It cost $5.6M, or 560万ドル; Nvidia fell 17% in 1957, losing $589 billion.");
  ASSERT_EQ(numbers.size(), 4u);  // the year 1957 is no figure
  EXPECT_EQ(numbers[0].text, "5.6 million");
  EXPECT_DOUBLE_EQ(numbers[0].value, 5.6e6);
  EXPECT_EQ(numbers[1].text, "560万");
  EXPECT_DOUBLE_EQ(numbers[1].value, 5.6e6);
  EXPECT_TRUE(numbers[2].percent);
  EXPECT_DOUBLE_EQ(numbers[2].value, 17);
  EXPECT_DOUBLE_EQ(numbers[3].value, 589e9);
  EXPECT_TRUE(sputnik::views::quoted_numbers("Sputnik 1 flew on 4 October 1957.").empty());
}
