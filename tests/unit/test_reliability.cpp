// SPDX-License-Identifier: MIT
// The pieces behind the reliability promises: query checks, terminal-safe messages,
// manifests, read-only opens.
#include <gtest/gtest.h>

#include <fstream>

#include "core/catalog/catalog.hpp"
#include "core/catalog/manifest.hpp"
#include "core/index/query_check.hpp"
#include "core/util/text.hpp"
#include "test_support.hpp"

using namespace sputnik;
namespace fs = std::filesystem;

namespace {

// ---- queries ---------------------------------------------------------------------------

struct BadQuery {
  std::string query, message_part;
};

class RefusedQuery : public ::testing::TestWithParam<BadQuery> {};

TEST_P(RefusedQuery, IsAUsageErrorThatSaysWhy) {
  auto checked = index::check_query(GetParam().query);
  ASSERT_FALSE(checked) << GetParam().query;
  EXPECT_EQ(checked.error().code, ErrorCode::usage);
  EXPECT_NE(checked.error().message.find(GetParam().message_part), std::string::npos) << checked.error().message;
}

INSTANTIATE_TEST_SUITE_P(Hostile, RefusedQuery,
                         ::testing::Values(BadQuery{"\"open phrase", "the quote at column 1 is never closed"},
                                           BadQuery{"a \"b\" \"c", "the quote at column 7"},
                                           BadQuery{"(a OR (b", "'(' at column 7 is never closed"},
                                           BadQuery{"(a))", "')' at column 4 closes nothing"},
                                           BadQuery{"nosuch:word", "there is no field 'nosuch:'"},
                                           BadQuery{"gps -colour:red", "there is no field 'colour:'"},
                                           BadQuery{"(launch:1957)", "there is no field 'launch:'"},
                                           BadQuery{std::string("sat\xff"
                                                                "ellite"),
                                                    "not valid UTF-8"},
                                           BadQuery{std::string("\xc0\xaf"), "not valid UTF-8"},  // overlong '/'
                                           BadQuery{std::string(index::kMaxQueryBytes + 1, 'a'), "the limit is 2048"}));

TEST(AcceptedQuery, EveryDocumentedFormPasses) {
  for (const std::string& q : std::vector<std::string>{
           "", "sputnik", "title:sputnik", "type:spillover year:1957..1969", "category:\"Health and Medicine\"",
           "\"(brackets) and nosuch:colons inside a phrase\"", "(gps OR transit) AND NOT myth", "sat*", "10:30",
           "note: a colon followed by a space", "year:..1969", "人工衛星", std::string(index::kMaxQueryBytes, 'a')})
    EXPECT_TRUE(index::check_query(q)) << q << ": " << index::check_query(q).error().message;
}

// ---- messages ---------------------------------------------------------------------------

TEST(TerminalSafe, EscapesControlsBidiAndBrokenBytesAndKeepsText) {
  EXPECT_EQ(util::terminal_safe("\x1b[31mred\x1b[0m"), "\\x1b[31mred\\x1b[0m");
  EXPECT_EQ(util::terminal_safe("a\u202eb"), "a<U+202E>b");
  EXPECT_EQ(util::terminal_safe("bell\a del\x7f"), "bell\\x07 del\\x7f");
  EXPECT_EQ(util::terminal_safe("c1\xc2\x9b"), "c1\\u009b");  // C1 CSI, an escape on some terminals
  EXPECT_EQ(util::terminal_safe("bad\xff\xfe"), "bad\\xff\\xfe");
  EXPECT_EQ(util::terminal_safe(std::string_view("nul\0x", 5)), "nul\\x00x");
  const std::string kept = "line one\n\tスプートニク「1号」 — ok";
  EXPECT_EQ(util::terminal_safe(kept), kept);
}

// ---- manifests and opening ------------------------------------------------------------------

class FreshCatalog : public ::testing::Test {
 protected:
  void SetUp() override {
    test::build_catalog(SPUTNIK_FIXTURE_KB, dir_.path() / "cat");
    generation_ = catalog::current_generation(dir_.path() / "cat");
  }
  test::TempDir dir_;
  fs::path generation_;
};

TEST_F(FreshCatalog, ManifestListsEveryFileAndAnIntactCatalogPassesCheck) {
  ASSERT_TRUE(catalog::check_sizes(generation_));
  auto checked = catalog::check(dir_.path() / "cat");
  ASSERT_TRUE(checked) << checked.error().message;
  std::size_t files = 0;
  for (const auto& item : fs::recursive_directory_iterator(generation_))
    if (item.is_regular_file() && item.path().filename() != catalog::kManifestName) ++files;
  EXPECT_EQ(checked->files, files);
}

TEST_F(FreshCatalog, SameSizeDamageIsFoundByCheckAndRepairedByAPlainBuild) {
  {
    std::fstream f(generation_ / "xapian" / "postlist.glass", std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(100);
    f.put('x');
  }
  EXPECT_TRUE(catalog::check_sizes(generation_)) << "a same-size change is not visible to the cheap check";
  auto checked = catalog::check(dir_.path() / "cat");
  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().code, ErrorCode::catalog);
  EXPECT_NE(checked.error().hint.find("sputnik build"), std::string::npos);
  std::vector<kb::Diagnostic> problems;
  auto rebuilt = catalog::build({{SPUTNIK_FIXTURE_KB}, dir_.path() / "cat"}, problems);
  ASSERT_TRUE(rebuilt) << rebuilt.error().message;
  EXPECT_FALSE(rebuilt->up_to_date) << "a damaged catalog must not count as up to date";
  EXPECT_TRUE(catalog::check(dir_.path() / "cat"));
}

TEST_F(FreshCatalog, ATruncatedTableIsRefusedOnOpen) {
  fs::resize_file(generation_ / "xapian" / "termlist.glass", 10);
  auto opened = catalog::open(dir_.path() / "cat");
  ASSERT_FALSE(opened);
  EXPECT_EQ(opened.error().code, ErrorCode::catalog);
  EXPECT_NE(opened.error().message.find("termlist.glass is 10 bytes"), std::string::npos) << opened.error().message;
  EXPECT_FALSE(catalog::is_current(dir_.path() / "cat", {SPUTNIK_FIXTURE_KB})) << "so the default catalog rebuilds";
}

TEST_F(FreshCatalog, ReadCommandsOpenTheDatabaseReadOnly) {
  auto opened = catalog::open(dir_.path() / "cat");
  ASSERT_TRUE(opened) << opened.error().message;
  EXPECT_TRUE(opened->store.database().is_read_only());
}

}  // namespace
