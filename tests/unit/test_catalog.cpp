// SPDX-License-Identifier: MIT
// Store, index and catalog: what goes in comes out, searches behave, builds are atomic.
#include <gtest/gtest.h>

#include <optional>
#include <stdexcept>

#include "core/catalog/catalog.hpp"
#include "core/store/sqlite.hpp"
#include "core/views/show.hpp"
#include "test_support.hpp"

using namespace sputnik;

namespace {

class FixtureCatalog : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir;
    test::build_catalog(SPUTNIK_FIXTURE_KB, dir_->path() / "cat");
  }
  static void TearDownTestSuite() { delete dir_; }

  // Fails the calling test (and ends it) rather than dereferencing a missing catalog.
  static void open_into(std::optional<catalog::Catalog>& out) {
    auto c = catalog::open(dir_->path() / "cat");
    ASSERT_TRUE(c) << c.error().message;
    out.emplace(std::move(*c));
  }
  catalog::Catalog open() {
    std::optional<catalog::Catalog> c;
    open_into(c);
    if (!c) throw std::runtime_error("the fixture catalog cannot be opened");
    return std::move(*c);
  }

  std::vector<std::string> ids(const std::string& query, index::SortOrder sort = index::SortOrder::relevance) {
    index::SearchRequest request;
    request.query = query;
    request.sort = sort;
    request.limit = 100;
    request.relax = model::Relax::never;  // these pin what matches every word (relaxing: test_search_words)
    auto result = open().index.search(request);
    EXPECT_TRUE(result) << query << ": " << result.error().message;
    std::vector<std::string> out;
    if (result)
      for (const auto& hit : result->hits) out.push_back(hit.data.id);
    return out;
  }

  static test::TempDir* dir_;
};
test::TempDir* FixtureCatalog::dir_ = nullptr;

using Ids = std::vector<std::string>;

}  // namespace

TEST_F(FixtureCatalog, StoreRoundTripsAnEntry) {
  auto cat = open();
  auto e = cat.store.entry("gps");
  ASSERT_TRUE(e) << e.error().message;
  EXPECT_EQ(e->type, model::EntryType::spillover);
  EXPECT_EQ(e->date.year, 1995);
  EXPECT_EQ(e->title.ja, "全地球測位システム（GPS）");
  EXPECT_EQ(e->from, Ids{"transit"});
  EXPECT_EQ(e->category, "Transportation");
  EXPECT_EQ(e->lag_years, 38);
  EXPECT_EQ(e->sources, Ids{"src-gps-history"});
  auto act = cat.store.entry("nasa-act-1958");
  ASSERT_TRUE(act);
  ASSERT_EQ(act->figures.size(), 1u);
  EXPECT_EQ(act->figures[0].source, "src-nasa-sputnik");
  EXPECT_EQ(act->date.precision, model::Precision::day);
}

TEST_F(FixtureCatalog, ShowAssemblesLinks) {
  auto cat = open();
  auto shown = views::show(cat.store, "sputnik-1");
  ASSERT_TRUE(shown);
  const auto& d = std::get<views::EntryDetail>(*shown);
  ASSERT_EQ(d.responses.size(), 2u);
  EXPECT_EQ(d.responses[0].id, "arpa-1958");  // in date order
  EXPECT_EQ(d.spillovers.size(), 8u);         // all descendants on the main line, also through transit
  ASSERT_EQ(d.analogies.size(), 1u);
  EXPECT_EQ(d.analogies[0].to.id, "deepseek-r1");
  EXPECT_EQ(d.country_names.at("ussr").en, "Soviet Union");
  EXPECT_FALSE(views::show(cat.store, "nope").has_value());
  EXPECT_EQ(views::show(cat.store, "nope").error().code, ErrorCode::no_match);
  EXPECT_TRUE(std::holds_alternative<views::SourceDetail>(*views::show(cat.store, "src-gps-history")));
  EXPECT_TRUE(std::holds_alternative<views::AnalogyLink>(*views::show(cat.store, "sputnik-r1-shock")));
}

TEST_F(FixtureCatalog, EnglishIsStemmedAndAndIsTheDefault) {
  EXPECT_EQ(ids("launches"), Ids{"sputnik-1"});  // "launch" in the text
  EXPECT_EQ(ids("satellite navigation"), (Ids{"transit", "gps"}));
  EXPECT_TRUE(ids("satellite AND zebra").empty());  // plain "satellite zebra" is relaxed: test_search_words
  EXPECT_EQ(ids("the navigation").size(), 2u);      // stop words do not demand a match
}

TEST_F(FixtureCatalog, PhrasesBooleansAndWildcards) {
  EXPECT_EQ(ids("\"satellite navigation\" -gps"), Ids{"transit"});
  EXPECT_EQ(ids("tang OR transit", index::SortOrder::date),
            (Ids{"tang-myth", "transit", "gps"}));  // gps mentions Transit
  EXPECT_EQ(ids("navig*"), (Ids{"transit", "gps"}));
}

TEST_F(FixtureCatalog, FieldsFromTheFieldTable) {
  // the analogy's title names both ends
  EXPECT_EQ(ids("title:sputnik", index::SortOrder::date),
            (Ids{"doppler-tracking", "sputnik-r1-shock",
                 "sputnik-1"}));  // the analogy shares the moment's date; the shorter document wins the tie
  EXPECT_EQ(ids("type:response", index::SortOrder::date), (Ids{"arpa-1958", "nasa-act-1958", "apollo-1961"}));
  EXPECT_EQ(ids("type:ai-event"), Ids{"deepseek-r1"});
  EXPECT_EQ(ids("category:\"Consumer Goods\"", index::SortOrder::date), (Ids{"tang-myth", "memory-foam"}));
  EXPECT_EQ(ids("category:consumer-goods status:myth"), Ids{"tang-myth"});
  EXPECT_EQ(ids("country:china"), Ids{"deepseek-r1"});
  EXPECT_EQ(ids("era:post-cold-war"), Ids{"gps"});
  EXPECT_EQ(ids("decade:1960s type:spillover", index::SortOrder::date),
            (Ids{"software-engineering", "apollo-guidance-ic", "tang-myth", "computer-mouse", "transit", "memory-foam",
                 "arpanet"}));  // a decade-dated entry sorts at the decade's start
  EXPECT_EQ(ids("moment:gagarin-1961 type:spillover", index::SortOrder::date), Ids{"apollo-guidance-ic"});
  EXPECT_EQ(ids("tag:satellite"), Ids{"sputnik-1"});
  EXPECT_EQ(ids("id:gps"), Ids{"gps"});
  EXPECT_EQ(ids("type:analogy"), Ids{"sputnik-r1-shock"});
}

TEST_F(FixtureCatalog, YearRangesWithOpenEnds) {
  EXPECT_EQ(ids("type:response year:1958..1958", index::SortOrder::date), (Ids{"arpa-1958", "nasa-act-1958"}));
  EXPECT_EQ(ids("year:1990..", index::SortOrder::date), (Ids{"gps", "deepseek-r1"}));
  EXPECT_EQ(ids("year:..1957", index::SortOrder::date),
            (Ids{"doppler-tracking", "sputnik-1"}));  // 1957-10 sorts first in its month
}

TEST_F(FixtureCatalog, JapaneseQueriesOfThreeOrMoreCharacters) {
  EXPECT_EQ(ids("人工衛星"), Ids{"sputnik-1"});
  EXPECT_EQ(ids("全地球測位システム"), Ids{"gps"});
  EXPECT_EQ(ids("衛星航法", index::SortOrder::date), (Ids{"transit", "gps"}));
  EXPECT_EQ(ids("title:スプートニク type:moment"), Ids{"sputnik-1"});
}

TEST_F(FixtureCatalog, SnippetsHighlightMatchesAndHitsCarryAnalogyLinks) {
  index::SearchRequest request;
  request.query = "人工衛星";
  auto result = open().index.search(request);
  ASSERT_TRUE(result);
  ASSERT_EQ(result->hits.size(), 1u);
  const auto& hit = result->hits[0];
  EXPECT_NE(hit.snippet.find(std::string(1, model::kHighlightStart) + "人"), std::string::npos) << hit.snippet;
  ASSERT_EQ(hit.data.links.size(), 1u);
  EXPECT_EQ(hit.data.links[0].id, "deepseek-r1");
  EXPECT_EQ(hit.data.links[0].phase, "shock");
}

TEST_F(FixtureCatalog, MalformedQueriesAreUsageErrors) {
  for (const char* bad : {"a AND", "year:1950..abc", "OR", "(a OR"}) {
    index::SearchRequest request;
    request.query = bad;
    auto result = open().index.search(request);
    ASSERT_FALSE(result) << bad;
    EXPECT_EQ(result.error().code, ErrorCode::usage) << bad;
    EXPECT_NE(result.error().message.find(bad), std::string::npos);
  }
}

TEST_F(FixtureCatalog, OffsetAndLimitPageThroughTheSortedWholeResult) {
  index::SearchRequest request;
  request.sort = index::SortOrder::date;
  request.limit = 3;
  request.offset = 3;
  auto result = open().index.search(request);
  ASSERT_TRUE(result);
  ASSERT_EQ(result->hits.size(), 3u);
  EXPECT_EQ(result->hits[0].rank, 4u);
  // after Doppler tracking (1957-10, which sorts before the days of its month),
  // sputnik-1 and its analogy, which shares its date
  EXPECT_EQ(result->hits[0].data.id, "arpa-1958");
  EXPECT_EQ(result->total_estimate, 16u);  // 15 entries + 1 analogy
}

TEST(Catalog, FailedBuildLeavesTheCatalogUntouchedAndNoOpBuildWritesNothing) {
  test::TempDir dir;
  const auto cat = dir.path() / "cat";
  std::vector<kb::Diagnostic> problems;
  auto first = catalog::build({{SPUTNIK_FIXTURE_KB}, cat, false}, problems);
  ASSERT_TRUE(first);
  const auto generation = catalog::current_generation(cat);

  auto again = catalog::build({{SPUTNIK_FIXTURE_KB}, cat, false}, problems);
  ASSERT_TRUE(again);
  EXPECT_TRUE(again->up_to_date);
  EXPECT_EQ(catalog::current_generation(cat), generation);
  EXPECT_TRUE(catalog::is_current(cat, {SPUTNIK_FIXTURE_KB}));

  auto bad = catalog::build({{std::filesystem::path(SPUTNIK_TEST_DATA) / "bad-refs"}, cat, true}, problems);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, ErrorCode::data);
  EXPECT_FALSE(problems.empty());
  EXPECT_EQ(catalog::current_generation(cat), generation);
  EXPECT_TRUE(catalog::open(cat).has_value());

  auto forced = catalog::build({{SPUTNIK_FIXTURE_KB}, cat, true}, problems);
  ASSERT_TRUE(forced);
  EXPECT_NE(catalog::current_generation(cat), generation);
  EXPECT_TRUE(std::filesystem::exists(generation));  // the previous generation stays for open readers
}

TEST(Catalog, DamagedDatabaseIsDetectedOnOpen) {
  test::TempDir dir;
  const auto cat = dir.path() / "cat";
  std::vector<kb::Diagnostic> problems;
  ASSERT_TRUE(catalog::build({{SPUTNIK_FIXTURE_KB}, cat, false}, problems));
  const auto sqlite = catalog::current_generation(cat) / "catalog.sqlite";
  test::write_file(sqlite, "this is not a database");
  auto opened = catalog::open(cat);
  ASSERT_FALSE(opened);
  EXPECT_EQ(opened.error().code, ErrorCode::catalog);
  EXPECT_NE(opened.error().hint.find("sputnik build"), std::string::npos);
}

// A catalog written by another sputnik (another schema) keeps its size and passes the MANIFEST
// check; its schema version is what gives it away, on the first read.
TEST(Catalog, VersionSkewIsDetectedOnFirstRead) {
  test::TempDir dir;
  const auto cat = dir.path() / "cat";
  std::vector<kb::Diagnostic> problems;
  ASSERT_TRUE(catalog::build({{SPUTNIK_FIXTURE_KB}, cat, false}, problems));
  const auto sqlite = catalog::current_generation(cat) / "catalog.sqlite";
  std::filesystem::permissions(sqlite, std::filesystem::perms::owner_write, std::filesystem::perm_options::add);
  {
    auto db = store::Database::open(sqlite, store::Database::Mode::create);
    ASSERT_TRUE(db) << db.error().message;
    db->exec("PRAGMA user_version = 99");
    ASSERT_EQ(db->user_version(), 99);
  }
  auto opened = catalog::open(cat);
  ASSERT_TRUE(opened) << opened.error().message;
  const auto read = opened->store.meta("fingerprint");
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().code, ErrorCode::catalog);
  EXPECT_NE(read.error().message.find("schema version 99"), std::string::npos) << read.error().message;
  EXPECT_NE(read.error().hint.find("sputnik build"), std::string::npos);
}

TEST(Catalog, MissingCatalogSaysHowToBuildIt) {
  auto opened = catalog::open("/nonexistent/catalog");
  ASSERT_FALSE(opened);
  EXPECT_EQ(opened.error().code, ErrorCode::catalog);
  EXPECT_NE(opened.error().hint.find("sputnik build"), std::string::npos);
}
