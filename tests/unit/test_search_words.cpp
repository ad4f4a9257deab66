// SPDX-License-Identifier: MIT
// Search that finds what people type: one normalisation of names and numbers, the reading of
// plain queries, and the relaxed, corrected and widened searches built on them.
#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

#include "core/catalog/catalog.hpp"
#include "core/index/query_plan.hpp"
#include "core/util/normalize.hpp"
#include "test_support.hpp"

using namespace sputnik;
using Words = std::vector<std::string>;

TEST(Normalize, FullWidthLettersAndHalfWidthKanaFold) {
  EXPECT_EQ(util::fold_width("ＧＰＳ"), "GPS");
  EXPECT_EQ(util::fold_width("ＤｅｅｐＳｅｅｋ　Ｒ１"), "DeepSeek R1");
  EXPECT_EQ(util::fold_width("ｶﾀｶﾅ"), "カタカナ");
  EXPECT_EQ(util::fold_width("ｶﾞｶﾞｰﾘﾝ ﾊﾟﾊﾟ ｳﾞ"), "ガガーリン パパ ヴ");
  EXPECT_EQ(util::fold_width("スプートニク（1957年）"), "スプートニク(1957年)");
  EXPECT_EQ(util::fold_width("plain"), "plain");
}

TEST(Normalize, LettersAndDigitsWrittenTogetherAreSplit) {
  EXPECT_EQ(util::normalize_for_search("Mate60"), "Mate 60");
  EXPECT_EQ(util::normalize_for_search("GPT4"), "GPT 4");
  EXPECT_EQ(util::normalize_for_search("SMIC 7nm"), "SMIC 7 nm");
  EXPECT_EQ(util::normalize_for_search("14nm"), "14 nm");
  // names with one letter, ordinals and decades stay as written
  for (const char* kept : {"H100", "R1", "o3", "5G", "2nd", "21st", "1950s", "DeepSeek-R1", "1957-10-04"})
    EXPECT_EQ(util::normalize_for_search(kept), kept);
}

TEST(Normalize, MoneyIsWrittenOut) {
  EXPECT_EQ(util::normalize_for_search("$5.6M"), "5.6 million");
  EXPECT_EQ(util::normalize_for_search("$589bn loss"), "589 billion loss");
  EXPECT_EQ(util::normalize_for_search("$1T"), "1 trillion");
  EXPECT_EQ(util::normalize_for_search("It cost $5.6M, on 7nm."), "It cost 5.6 million, on 7 nm.");
  EXPECT_EQ(util::normalize_for_search("$118.42"), "118.42");
  EXPECT_EQ(util::normalize_for_search("$ 5"), "$ 5");
}

TEST(Normalize, SearchKeysCompareTermsAsSearchDoes) {
  EXPECT_EQ(util::search_key("  CAT   Scan "), "cat scan");
  EXPECT_EQ(util::search_key("ＣＡＴ"), "cat");
  EXPECT_EQ(util::search_key("エヌビディア"), "エヌビディア");
}

TEST(Normalize, VariantsAreOnlyTheWordsThatChange) {
  EXPECT_EQ(util::normalized_variants("the Mate60 on a 7nm chip for $5.6M"), (Words{"Mate 60", "7 nm", "5.6 million"}));
  EXPECT_TRUE(util::normalized_variants("Sputnik 1 was launched in 1957").empty());
  EXPECT_EQ(util::normalized_variants("ＧＰＳ衛星"), Words{"GPS衛星"});
}

TEST(QueryPlan, PlainWordsAreToldFromSyntax) {
  for (const char* plain :
       {"what did NASA invent", "sputnik sattelite", "ＧＰＳ", "DeepSeek-R1", "7nm", "why?", "or so", "10:30"})
    EXPECT_TRUE(index::is_plain_query(plain)) << plain;
  for (const char* syntax : {"\"space race\"", "nasa AND arpa", "gps OR transit", "NOT myth", "+gps", "-myth", "navig*",
                             "type:moment", "(a b)", "year:1957..1960"})
    EXPECT_FALSE(index::is_plain_query(syntax)) << syntax;
}

TEST(QueryPlan, QuestionWordsAndParticlesCarryNoMeaning) {
  EXPECT_EQ(index::meaningful_words("what did NASA invent?"), (Words{"NASA", "invent"}));
  EXPECT_EQ(index::meaningful_words("how did the US respond to Sputnik"), (Words{"US", "respond", "Sputnik"}));
  EXPECT_EQ(index::meaningful_words("NASAは何を発明したのか"), (Words{"NASA", "発明"}));
  EXPECT_EQ(index::meaningful_words("スプートニクにアメリカはどう対応した？"),
            (Words{"スプートニク", "アメリカ", "対応"}));
  EXPECT_EQ(index::meaningful_words("水・空気の浄化システム"), (Words{"水", "空気", "浄化システム"}));
  EXPECT_EQ(index::meaningful_words("Mate60 7nm"), (Words{"Mate", "60", "7", "nm"}));
  // a query of nothing but such words is searched as typed
  EXPECT_EQ(index::meaningful_words("the who"), (Words{"the", "who"}));
  EXPECT_EQ(index::meaningful_words("はやぶさ"), Words{"はやぶさ"});
}

TEST(QueryPlan, NamesAreKeyedAsTheyAreTyped) {
  // however a name is written, it has one key
  for (const Words& typed : {Words{"DeepSeek-R1"}, Words{"deepseek", "r1"}, Words{"ＤｅｅｐＳｅｅｋ", "R1"}})
    EXPECT_EQ(index::name_key(typed), "deepseekr1");
  EXPECT_EQ(index::name_key({"スプートニク", "ショック"}), "スプートニクショック");
  EXPECT_EQ(index::name_key({}), "");
}

TEST(QueryPlan, ATitleIsKnownByItsPartsToo) {
  const auto has = [](const Words& keys, const std::string& key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
  };
  const Words gps = index::name_keys("GPS (Navstar)");
  EXPECT_TRUE(has(gps, "gpsnavstar") && has(gps, "gps") && has(gps, "navstar"));
  const Words sematech = index::name_keys("SEMATECH: 14 US chipmakers and the Pentagon join forces");
  EXPECT_TRUE(has(sematech, "sematech"));
  EXPECT_TRUE(has(sematech, "14uschipmakerspentagonjoinforces"));  // without "and", "the"
  const Words sputnik = index::name_keys("スプートニク1号――世界初の人工衛星");
  EXPECT_TRUE(has(sputnik, "スプートニク1号") && has(sputnik, "世界初人工衛星"));
  EXPECT_TRUE(has(index::name_keys("Executive Order 14363 launches the “Genesis Mission”"), "genesismission"));
  // a hyphen inside a name does not divide it; one with spaces round it does
  EXPECT_FALSE(has(index::name_keys("DeepSeek-R1 is released"), "r1released"));
  EXPECT_TRUE(has(index::name_keys("Transit - the first navigation satellites"), "transit"));
}

TEST(QueryPlan, EveryRunOfUpToFourWordsIsLookedUpAsAName) {
  EXPECT_EQ(index::query_name_keys({"where", "gps"}), (Words{"where", "wheregps", "gps"}));
  EXPECT_EQ(index::query_name_keys({"a", "b", "c", "d", "e"}).size(), 5u + 4u + 3u + 2u);  // runs of 1, 2, 3, 4
  EXPECT_TRUE(index::query_name_keys({}).empty());
}

TEST(QueryPlan, OnlyPlainWordsAreCorrected) {
  EXPECT_TRUE(index::correctable_word("sattelite"));
  for (const char* kept : {"gps", "R1", "sputnik-1", "1957", "Mate60", "衛星"})
    EXPECT_FALSE(index::correctable_word(kept)) << kept;
}

namespace {

// Runs on the fixture kb's catalog, built once for the whole test binary.
class PeopleSearch : public ::testing::Test {
 protected:
  static model::SearchResult search(const std::string& query, model::Relax relax = model::Relax::fill_page) {
    model::SearchRequest request;
    request.query = query;
    request.limit = 100;
    request.relax = relax;
    auto result = test::shared_catalog(SPUTNIK_FIXTURE_KB).catalog.index.search(request);
    if (!result) throw std::runtime_error(query + ": " + result.error().message);
    return *result;
  }
  static Words ids(const model::SearchResult& result) {
    Words out;
    for (const auto& hit : result.hits) out.push_back(hit.data.id);
    return out;
  }
};

}  // namespace

TEST_F(PeopleSearch, MostWordsFollowEveryWordAndSayWhatTheyLack) {
  const auto result = search("satellite navigation zebra");
  EXPECT_EQ(result.complete, 0u);
  ASSERT_FALSE(result.hits.empty());
  for (const auto& hit : result.hits) {
    EXPECT_TRUE(hit.partial) << hit.data.id;
    EXPECT_EQ(hit.missing_terms.back(), "zebra") << hit.data.id;
  }
  // first the entries with both words it has, in their titles
  EXPECT_EQ(ids(result)[0], "transit");
  EXPECT_EQ(result.hits[0].matched_terms, (Words{"satellite", "navigation"}));
  EXPECT_EQ(result.hits[0].missing_terms, Words{"zebra"});
  EXPECT_TRUE(search("satellite navigation zebra", model::Relax::never).hits.empty());
}

TEST_F(PeopleSearch, CompleteMatchesComeFirstAndPartialOnesFillThePage) {
  const auto result = search("satellite navigation Sputnik");
  ASSERT_GE(result.complete, 1u);
  ASSERT_GT(result.hits.size(), result.complete);
  for (std::size_t i = 0; i < result.hits.size(); ++i) {
    EXPECT_EQ(result.hits[i].partial, i >= result.complete) << i;
    EXPECT_EQ(result.hits[i].rank, i + 1);
  }
  // a list of ids relaxes only when nothing matches in full
  EXPECT_EQ(search("satellite navigation Sputnik", model::Relax::only_if_empty).hits.size(), result.complete);
}

TEST_F(PeopleSearch, ExplicitSyntaxIsNeverRelaxedOrCorrected) {
  EXPECT_TRUE(search("satellite AND zebra").hits.empty());
  EXPECT_TRUE(search("\"navigation satellite\" zebra").hits.empty());
  EXPECT_TRUE(search("+sattelite navigation").corrected_query.empty());
}

TEST_F(PeopleSearch, AWordTheKbNeverUsesIsCorrected) {
  const auto result = search("satelite navigation");
  EXPECT_EQ(result.corrected_query, "satellite navigation");
  EXPECT_EQ(result.complete, 2u);
  const Words found = ids(result);
  ASSERT_GE(found.size(), 2u);
  EXPECT_EQ(Words(found.begin(), found.begin() + 2), (Words{"transit", "gps"}));
  // words the kb has are never changed, whatever is near them
  EXPECT_TRUE(search("transit").corrected_query.empty());
}

TEST_F(PeopleSearch, SynonymsAliasesAndWidthsFindTheEntry) {
  EXPECT_EQ(ids(search("DARPA")).front(), "arpa-1958");  // kb/synonyms.toml: ARPA = DARPA
  EXPECT_EQ(ids(search("Navstar")).front(), "gps");      // the entry's alias
  EXPECT_EQ(ids(search("ＧＰＳ")).front(), "gps");
  const Words japanese = ids(search("ディープシーク"));  // the fixture writes DeepSeek in Latin letters
  EXPECT_NE(std::find(japanese.begin(), japanese.end(), "deepseek-r1"), japanese.end());
}
