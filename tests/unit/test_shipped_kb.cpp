// SPDX-License-Identifier: MIT
// Acceptance checks on the shipped corpus: what a newcomer's first searches must find.
#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

#include "core/catalog/catalog.hpp"
#include "test_support.hpp"

using namespace sputnik;

namespace {

class ShippedKb : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir;
    test::build_catalog(SPUTNIK_SHIPPED_KB, dir_->path() / "cat");
  }
  static void TearDownTestSuite() { delete dir_; }

  static std::vector<std::string> top(const std::string& query, unsigned n) {
    auto cat = catalog::open(dir_->path() / "cat");
    if (!cat) throw std::runtime_error("cannot open the shipped catalog: " + cat.error().message);
    index::SearchRequest request;
    request.query = query;
    request.limit = n;
    auto result = cat->index.search(request);
    std::vector<std::string> ids;
    if (!result) {
      ADD_FAILURE() << query << ": " << result.error().message;
      return ids;
    }
    for (const auto& hit : result->hits) ids.push_back(hit.data.id);
    return ids;
  }

  static bool contains(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  }

  static test::TempDir* dir_;
};
test::TempDir* ShippedKb::dir_ = nullptr;

}  // namespace

TEST_F(ShippedKb, SatelliteNavigationPutsTransitOrGpsInTheTopThree) {
  const auto ids = top("satellite navigation", 3);
  EXPECT_TRUE(contains(ids, "transit-navigation") || contains(ids, "gps")) << testing::PrintToString(ids);
}

TEST_F(ShippedKb, JapaneseFindsSputnik) {
  EXPECT_TRUE(contains(top("人工衛星", 10), "sputnik-1"));
  EXPECT_TRUE(contains(top("全地球測位システム", 10), "gps"));
  EXPECT_FALSE(top("ディープシーク", 10).empty());
  EXPECT_FALSE(top("太陽電池", 10).empty());
}

TEST_F(ShippedKb, ResponsesOf1958) {
  const auto ids = top("type:response year:1958..1958", 50);
  for (const char* id : {"explorer-1", "arpa-1958", "nasa-act-1958", "ndea-1958"})
    EXPECT_TRUE(contains(ids, id)) << id << " not in " << testing::PrintToString(ids);
}

TEST_F(ShippedKb, TheRequiredFirstSliceIsPresent) {
  const auto corpus = test::load_valid(SPUTNIK_SHIPPED_KB);
  const auto* sputnik = corpus.find_entry("sputnik-1");
  ASSERT_NE(sputnik, nullptr);
  EXPECT_EQ(sputnik->date.to_kb_string(), "1957-10-04");
  const auto* ct = corpus.find_entry("ct-scanner");
  ASSERT_NE(ct, nullptr);
  EXPECT_EQ(ct->status, "disputed");
  EXPECT_EQ(corpus.find_entry("deepseek-r1")->date.to_kb_string(), "2025-01-20");
  EXPECT_EQ(corpus.find_entry("nvidia-selloff-2025")->date.to_kb_string(), "2025-01-27");
  std::size_t spillovers = 0, links = 0;
  for (const auto& e : corpus.entries)
    spillovers += e.type == model::EntryType::spillover && e.root_moment == "sputnik-1";
  for (const auto& a : corpus.analogies) links += a.to == "deepseek-r1" || a.to == "nvidia-selloff-2025";
  EXPECT_GE(spillovers, 8u);
  EXPECT_GE(links, 3u);
  for (const auto& e : corpus.entries) {
    EXPECT_FALSE(e.title.ja.empty()) << e.id;
    EXPECT_FALSE(e.summary.ja.empty()) << e.id;
  }
}
