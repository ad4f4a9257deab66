// SPDX-License-Identifier: MIT
// The list commands (spillovers, eras, stats, facets), checked against the kb files
// themselves on the fixture corpus and on the shipped one.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include "core/model/date.hpp"
#include "core/views/overview.hpp"
#include "core/views/spillovers.hpp"
#include "test_support.hpp"

namespace sputnik {
namespace {

using Ids = std::vector<std::string>;

class Listing : public ::testing::TestWithParam<std::string> {
 protected:
  test::BuiltCatalog& kb() { return test::shared_catalog(GetParam()); }

  views::SpilloverList list(views::SpilloverQuery q) {
    auto result = views::list_spillovers(kb().catalog, q);
    EXPECT_TRUE(result) << result.error().message;
    return result ? std::move(*result) : views::SpilloverList{};
  }

  static Ids ids_of(const views::SpilloverList& l) {
    Ids out;
    for (const auto& r : l.rows) out.push_back(r.id);
    std::sort(out.begin(), out.end());
    return out;
  }

  // The same question answered straight from the kb files, without the catalog.
  Ids expected_ids(int from, int to, const std::set<std::string>& statuses) {
    Ids out;
    for (const auto& e : kb().corpus.entries) {
      if (e.type != model::EntryType::spillover || !statuses.count(e.status)) continue;
      const auto [first, last] = e.date.year_span();
      if (first >= from && last <= to) out.push_back(e.id);
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  static views::SpilloverQuery era(const std::string& spec) {
    views::SpilloverQuery q;
    q.era = *model::parse_era_spec(spec);
    return q;
  }
};

TEST_P(Listing, AYearRangeListsEverySpilloverDatedInItAndNoOther) {
  EXPECT_EQ(ids_of(list(era("1958..1975"))), expected_ids(1958, 1975, {"fact", "disputed"}));
  EXPECT_EQ(ids_of(list(era("1966.."))), expected_ids(1966, 1 << 20, {"fact", "disputed"}));
  EXPECT_EQ(ids_of(list(era("..1964"))), expected_ids(-(1 << 20), 1964, {"fact", "disputed"}));
}

TEST_P(Listing, ANamedEraMeansItsYears) {
  EXPECT_EQ(ids_of(list(era("space-race"))), ids_of(list(era("1957..1975"))));
  EXPECT_EQ(ids_of(list(era("Space Race"))), ids_of(list(era("1957..1975"))));
}

TEST_P(Listing, DecadeAndCategoryIntersect) {
  auto both = era("1960s");
  both.categories = {"information technology"};
  views::SpilloverQuery it;
  it.categories = {"Information Technology"};
  Ids expected;
  const Ids decade = ids_of(list(era("1960s"))), category = ids_of(list(it));
  std::set_intersection(decade.begin(), decade.end(), category.begin(), category.end(), std::back_inserter(expected));
  EXPECT_EQ(ids_of(list(both)), expected);
  EXPECT_FALSE(expected.empty());
}

TEST_P(Listing, MythsOnlyWhenAskedForAndThenAll) {
  views::SpilloverQuery q;
  for (const auto& row : list(q).rows) EXPECT_NE(row.status, "myth") << row.id;
  q.statuses = {"myth"};
  const auto myths = list(q);
  EXPECT_EQ(ids_of(myths), expected_ids(-(1 << 20), 1 << 20, {"myth"}));
  EXPECT_FALSE(myths.rows.empty());
  for (const auto& row : myths.rows) EXPECT_FALSE(row.lag_years) << row.id << ": a myth has no lag";
}

TEST_P(Listing, FacetCountsEqualTheListedRows) {
  for (const char* spec : {"1900..2030", "1960s", "space-race"}) {
    auto q = era(spec);
    q.statuses = {"fact", "disputed", "myth"};
    q.facets = true;
    const auto l = list(q);
    ASSERT_EQ(l.facets.size(), l.rows.empty() ? 0u : 5u) << spec;
    for (const auto& facet : l.facets) {
      unsigned sum = 0;
      for (const auto& v : facet.values) {
        sum += v.count;
        const auto matching = std::count_if(l.rows.begin(), l.rows.end(), [&](const store::SpilloverRow& r) {
          return facet.name == "type"       ? v.key == "spillover"
                 : facet.name == "era"      ? r.era == v.key
                 : facet.name == "decade"   ? model::decade_label(r.decade) == v.key
                 : facet.name == "category" ? r.category == v.key
                                            : r.country == v.key;
        });
        EXPECT_EQ(v.count, static_cast<unsigned>(matching)) << spec << " " << facet.name << "=" << v.key;
      }
      EXPECT_EQ(sum, l.rows.size()) << spec << " " << facet.name;
    }
  }
}

TEST_P(Listing, SearchFacetsCountEveryMatchNotJustThePage) {
  index::SearchRequest page;
  page.types = {model::EntryType::spillover};
  page.limit = 2;
  page.facets = true;
  auto result = kb().catalog.index.search(page);
  ASSERT_TRUE(result);
  views::SpilloverQuery all;
  all.statuses = {"fact", "disputed", "myth"};
  const auto rows = list(all).rows;
  const auto from_rows = views::count_rows(rows);
  // Xapian's value counts of the whole match set equal the SQL rows' counts, facet by facet.
  for (const char* name : {"type", "era", "decade", "category", "country"})
    EXPECT_EQ(result->facets.at(name), from_rows.at(name)) << name;
}

TEST_P(Listing, SortingHappensBeforeTheLimit) {
  views::SpilloverQuery q;
  q.sort = views::SpilloverSort::lag;
  q.reverse = true;
  const auto all = list(q);
  q.limit = 3;
  const auto top = list(q);
  ASSERT_EQ(top.rows.size(), 3u);
  EXPECT_EQ(top.total, all.rows.size());
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(top.rows[i].id, all.rows[i].id);
  for (std::size_t i = 1; i < all.rows.size(); ++i)
    if (all.rows[i].lag_years && all.rows[i - 1].lag_years) {
      EXPECT_GE(*all.rows[i - 1].lag_years, *all.rows[i].lag_years);
    }
}

TEST_P(Listing, AMomentKeepsEverythingDescendedFromItByAnyLine) {
  views::SpilloverQuery q;
  q.moment = "sputnik-1";
  q.statuses = {"fact", "disputed", "myth"};
  const Ids ids = ids_of(list(q));
  for (const auto& e : kb().corpus.entries)
    if (e.type == model::EntryType::spillover && e.root_moment == "sputnik-1") {
      EXPECT_TRUE(std::binary_search(ids.begin(), ids.end(), e.id)) << e.id;
    }
}

TEST_P(Listing, BadInputIsAUsageErrorNamingTheProblem) {
  views::SpilloverQuery q;
  q.categories = {"Astrology"};
  auto r = views::list_spillovers(kb().catalog, q);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::usage);
  EXPECT_NE(r.error().message.find("Astrology"), std::string::npos);
  auto unknown = views::list_spillovers(kb().catalog, era("bronze-age"));
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, ErrorCode::usage);
  views::SpilloverQuery not_moment;
  not_moment.moment = "arpa-1958";
  EXPECT_FALSE(views::list_spillovers(kb().catalog, not_moment));
}

TEST_P(Listing, StatsCountWhatTheKbFilesHold) {
  auto stats = views::corpus_stats(kb().catalog.store);
  ASSERT_TRUE(stats);
  std::map<std::string, int> kinds;
  for (const auto& e : kb().corpus.entries)
    ++kinds[e.type == model::EntryType::spillover ? e.status : std::string(model::type_name(e.type))];
  EXPECT_EQ(stats->counts.moments, kinds["moment"]);
  EXPECT_EQ(stats->counts.responses, kinds["response"]);
  EXPECT_EQ(stats->counts.ai_events, kinds["ai_event"]);
  EXPECT_EQ(stats->counts.facts, kinds["fact"]);
  EXPECT_EQ(stats->counts.disputed, kinds["disputed"]);
  EXPECT_EQ(stats->counts.myths, kinds["myth"]);
  EXPECT_EQ(stats->counts.analogies, static_cast<int>(kb().corpus.analogies.size()));
  EXPECT_EQ(stats->counts.sources, static_cast<int>(kb().corpus.sources.size()));
  int with_lag = 0;
  for (const auto& e : kb().corpus.entries) with_lag += e.lag_years.has_value();
  EXPECT_EQ(stats->overall.count, with_lag);
  int per_moment = 0;
  for (const auto& s : stats->by_moment) {
    per_moment += s.count;
    EXPECT_LE(s.min, s.median);
    EXPECT_LE(s.median, s.max);
  }
  EXPECT_EQ(per_moment, with_lag);
}

TEST_P(Listing, EraCountsAgreeWithTheSpilloverList) {
  auto overview = views::era_overview(kb().catalog.store);
  ASSERT_TRUE(overview);
  for (const auto& row : overview->eras)
    EXPECT_EQ(static_cast<std::size_t>(row.counts.spillovers), list(era(row.era.id)).rows.size()) << row.era.id;
  for (std::size_t i = 1; i < overview->eras.size(); ++i)
    EXPECT_LE(overview->eras[i - 1].era.start, overview->eras[i].era.start);
  int decade_total = 0;
  for (const auto& d : overview->decades) decade_total += d.counts.spillovers;
  EXPECT_EQ(static_cast<std::size_t>(decade_total), list({}).rows.size());
}

INSTANTIATE_TEST_SUITE_P(Corpora, Listing, ::testing::Values(SPUTNIK_FIXTURE_KB, SPUTNIK_SHIPPED_KB),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                           return param.index == 0 ? "fixture" : "shipped";
                         });

TEST(Overview, MedianOfOddAndEvenCounts) {
  EXPECT_EQ(views::median({}), 0);
  EXPECT_EQ(views::median({5}), 5);
  EXPECT_EQ(views::median({9, 1, 5}), 5);
  EXPECT_EQ(views::median({1, 2, 3, 10}), 2.5);
}

}  // namespace
}  // namespace sputnik
