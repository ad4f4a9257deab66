// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "core/util/text.hpp"

using namespace sputnik::util;

TEST(Text, Slugs) {
  for (const char* ok : {"sputnik-1", "gps", "a1-b2-c3", "x"}) EXPECT_TRUE(is_slug(ok)) << ok;
  for (const char* bad : {"", "-a", "a-", "a--b", "A", "a_b", "a b", "../etc", "a/b", "ü"})
    EXPECT_FALSE(is_slug(bad)) << bad;
  EXPECT_FALSE(is_slug(std::string(65, 'a')));
  EXPECT_EQ(slugify("Health and Medicine"), "health-and-medicine");
  EXPECT_EQ(slugify("  ai_event "), "ai-event");
}

TEST(Text, Utf8Validation) {
  EXPECT_TRUE(is_valid_utf8("Sputnik スプートニク 🚀"));
  EXPECT_FALSE(is_valid_utf8("\xff"));
  EXPECT_FALSE(is_valid_utf8("\xc0\xaf"));               // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xed\xa0\x80"));           // a surrogate
  EXPECT_FALSE(is_valid_utf8("\xe3\x82"));               // truncated
  EXPECT_TRUE(is_valid_utf8("\xef\xbf\xbd"));            // U+FFFD itself is fine
  EXPECT_EQ(valid_utf8_prefix("ok \xc3\x28 \xff"), 3u);  // where the first bad sequence starts
  EXPECT_EQ(valid_utf8_prefix("スプ\xe3\x82"), 6u);
  EXPECT_EQ(valid_utf8_prefix("スプートニク"), std::string_view("スプートニク").size());
}

TEST(Text, CjkDetectionAndWidth) {
  EXPECT_TRUE(has_cjk("人工衛星"));
  EXPECT_TRUE(has_cjk("ディープシーク"));
  EXPECT_FALSE(has_cjk("satellite"));
  EXPECT_EQ(display_width("abc"), 3u);
  EXPECT_EQ(display_width("人工"), 4u);
  EXPECT_EQ(display_width("a\x01"
                          "b\x02"),
            2u);  // match markers take no column
}

TEST(Text, WrapsWordsAndCjk) {
  EXPECT_EQ(wrap("one two three four", 9), (std::vector<std::string>{"one two", "three", "four"}));
  const auto lines = wrap("人工衛星の打ち上げ", 8);
  ASSERT_EQ(lines.size(), 3u);
  for (const auto& l : lines) EXPECT_LE(display_width(l), 8u);
  EXPECT_EQ(wrap("", 10).size(), 0u);
  // Closing punctuation never starts a line: 、 stays with the character before it.
  for (const auto& l : wrap("あいうえ、かきくけ。", 8)) EXPECT_NE(l.rfind("、", 0), 0u) << l;
  for (std::size_t w : {4u, 6u, 7u})  // a comma after Japanese text stays with it
    for (const auto& l : wrap("衛星, 軌道, 打ち上げ, 人工衛星, 宇宙", w))
      EXPECT_NE(l.rfind(",", 0), 0u) << w << ": " << l;
  EXPECT_EQ(wrap("あいうえ、かきくけ。", 8).front(), "あいうえ、");
}

TEST(Text, EditDistanceStopsPastItsLimit) {
  EXPECT_EQ(edit_distance("sputnik-1", "sputnik-1", 2), 0u);
  EXPECT_EQ(edit_distance("sputnk-1", "sputnik-1", 2), 1u);    // a letter left out
  EXPECT_EQ(edit_distance("sputnik-2", "sputnik-1", 2), 1u);   // one changed
  EXPECT_EQ(edit_distance("gsp", "gps", 2), 2u);               // two letters swapped: two edits
  EXPECT_EQ(edit_distance("sputnik", "sputnik-1957", 2), 3u);  // past the limit: limit + 1
  EXPECT_EQ(edit_distance("", "abc", 5), 3u);
}
