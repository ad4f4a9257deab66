// SPDX-License-Identifier: MIT
// The AI-race link: offsets, the analogy view, the narrative, compare and similar.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>

#include "core/model/offset.hpp"
#include "core/render/analogy_render.hpp"
#include "core/render/offset_text.hpp"
#include "core/views/analogy.hpp"
#include "test_support.hpp"

namespace sputnik {
namespace {

model::Date day(int y, int m, int d) { return {y, m, d, model::Precision::day}; }

TEST(Offset, CalendarMonthsDaysAndApproximateYears) {
  const auto sputnik = day(1957, 10, 4);
  EXPECT_EQ(model::offset_between(sputnik, day(1958, 2, 7)).months, 4);   // ARPA
  EXPECT_EQ(model::offset_between(sputnik, day(1958, 9, 2)).months, 11);  // NDEA: "11 months after"
  const auto r1 = day(2025, 1, 20);
  const auto selloff = model::offset_between(r1, day(2025, 1, 27));
  EXPECT_TRUE(selloff.exact_days);
  EXPECT_EQ(selloff.days, 7);
  EXPECT_EQ(render::format_offset(selloff, model::Lang::en), "t0 + 7 days");
  EXPECT_EQ(render::format_offset(model::offset_between(r1, day(2025, 1, 13)), model::Lang::en), "t0 − 7 days");
  const auto year_only = model::offset_between(sputnik, model::Date{1966, 0, 0, model::Precision::year});
  EXPECT_TRUE(year_only.approximate);
  EXPECT_EQ(year_only.months, 108);
  EXPECT_EQ(render::format_offset(year_only, model::Lang::en), "≈ t0 + 9 years");
  EXPECT_EQ(render::format_offset(model::offset_between(sputnik, day(1960, 4, 13)), model::Lang::en),
            "t0 + 2 years 6 months");
  EXPECT_EQ(render::format_offset(model::offset_between(sputnik, day(1960, 4, 13)), model::Lang::ja), "t0＋2年6か月");
  EXPECT_EQ(render::format_offset(model::offset_between(sputnik, sputnik), model::Lang::en), "t0");
}

TEST(Offset, MonthArithmeticAndDayCountsCrossYearsAndEras) {
  EXPECT_EQ(model::month_after(day(2025, 1, 20), 11), "2025-12");
  EXPECT_EQ(model::month_after(day(2025, 1, 20), 12), "2026-01");
  EXPECT_EQ(model::month_after(day(2025, 1, 20), -1), "2024-12");
  EXPECT_EQ(model::month_after(model::Date{1, 1, 0, model::Precision::month}, -1), "-1-12");  // no year 0
  EXPECT_EQ(model::days_from_civil(1970, 1, 1), 0);
  EXPECT_EQ(model::days_from_civil(2000, 3, 1) - model::days_from_civil(2000, 2, 28), 2);  // a leap year
  EXPECT_EQ(model::days_from_civil(1, 1, 1) - model::days_from_civil(-1, 12, 31), 1);      // 1 BCE → 1 CE
}

// The offset recomputed by hand from the kb dates: years × 12 plus the month difference.
int calendar_months(const model::Date& from, const model::Date& to) {
  return (to.year - from.year) * 12 + (to.month - from.month);
}

// The fixture kb with a [corpus] table: its AI race recorded up to March 2025.
test::BuiltCatalog& recorded_to_march_2025() {
  static test::TempDir dir;
  static bool written = false;
  if (!written) {
    std::filesystem::create_directories(dir.path() / "kb");
    for (const auto& f : std::filesystem::directory_iterator(SPUTNIK_FIXTURE_KB))
      std::filesystem::copy(f.path(), dir.path() / "kb" / f.path().filename(),
                            std::filesystem::copy_options::recursive);
    test::write_file(dir.path() / "kb" / "corpus.toml", "[corpus]\nai_race_recorded_to = \"2025-03\"\n");
    written = true;
  }
  return test::shared_catalog((dir.path() / "kb").string());
}

TEST(AnalogyView, MonthsAfterTheRecordAreNotRecordedRatherThanEmpty) {
  auto& kb = recorded_to_march_2025();
  auto view = views::analogy_view(kb.catalog, "sputnik-1", "deepseek-r1", day(2025, 6, 1));
  ASSERT_TRUE(view) << view.error().message;
  ASSERT_TRUE(view->recorded_to);
  EXPECT_EQ(view->recorded_to->to_kb_string(), "2025-03");
  std::map<std::string, const views::AnalogyRow*> by_id;
  for (const auto& row : view->rows) by_id[row.history.entry.id] = &row;
  ASSERT_TRUE(by_id.count("arpa-1958") && by_id.count("nasa-act-1958") && by_id.count("sputnik-1"));
  EXPECT_TRUE(by_id["arpa-1958"]->beyond_record);  // 2025-05: past March, before today
  EXPECT_FALSE(by_id["arpa-1958"]->beyond_now);
  EXPECT_FALSE(by_id["nasa-act-1958"]->beyond_record);  // 2025-10: beyond today, so "nothing yet"
  EXPECT_TRUE(by_id["nasa-act-1958"]->beyond_now);
  EXPECT_FALSE(by_id["sputnik-1"]->beyond_record);
  const std::string text = render::render_as(render::analogy_formats(), render::Format::text, *view,
                                             render::Style{false, 200, model::Lang::en});
  EXPECT_NE(text.find("AI race recorded up to 2025-03"), std::string::npos) << text;
  EXPECT_NE(text.find("not recorded yet: the kb's AI race ends at 2025-03 (that offset is 2025-05)"), std::string::npos)
      << text;
  EXPECT_NE(text.find("nothing yet (that offset is 2025-10)"), std::string::npos) << text;
  const auto json = nlohmann::json::parse(render::render_analogy_json(*view));
  EXPECT_EQ(json["ai_race_recorded_to"], "2025-03");
}

TEST(Narrative, SaysUpToWhenTheAiRaceIsRecorded) {
  auto story = views::narrative(recorded_to_march_2025().catalog, "deepseek-r1");
  ASSERT_TRUE(story) << story.error().message;
  ASSERT_TRUE(story->recorded_to);
  const std::string text = render::render_narrative_text(*story, render::Style{false, 100, model::Lang::ja});
  EXPECT_NE(text.find("AI競争の記録は2025-03まで"), std::string::npos) << text;
  auto without = views::narrative(test::shared_catalog(SPUTNIK_FIXTURE_KB).catalog, "deepseek-r1");
  ASSERT_TRUE(without);
  EXPECT_FALSE(without->recorded_to);
  EXPECT_EQ(render::render_narrative_text(*without, render::Style{}).find("recorded up to"), std::string::npos);
}

TEST(AnalogyView, FixtureOffsetsLinksAndWhatLiesBeyondNow) {
  auto& kb = test::shared_catalog(SPUTNIK_FIXTURE_KB);
  auto view = views::analogy_view(kb.catalog, "sputnik-1", "deepseek-r1", day(2025, 6, 1));
  ASSERT_TRUE(view) << view.error().message;
  std::map<std::string, const views::AnalogyRow*> by_id;
  for (const auto& row : view->rows) by_id[row.history.entry.id] = &row;
  ASSERT_TRUE(by_id.count("arpa-1958") && by_id.count("nasa-act-1958") && by_id.count("sputnik-1"));
  EXPECT_FALSE(by_id.count("tang-myth")) << "myths are not steps of the history";
  EXPECT_EQ(by_id["arpa-1958"]->history.offset.months, 4);
  EXPECT_EQ(by_id["nasa-act-1958"]->history.offset.months, 9);
  EXPECT_EQ(by_id["arpa-1958"]->same_offset_month, "2025-05");
  EXPECT_FALSE(by_id["arpa-1958"]->beyond_now);  // 2025-05 is before 2025-06-01
  EXPECT_TRUE(by_id["nasa-act-1958"]->beyond_now);
  ASSERT_EQ(by_id["sputnik-1"]->links.size(), 1u);
  EXPECT_EQ(by_id["sputnik-1"]->links[0].ai.id, "deepseek-r1");
  ASSERT_EQ(by_id["sputnik-1"]->ai_beside.size(), 1u);  // R1 itself sits beside the shock
  EXPECT_EQ(view->rows.front().phase, "shock");
  for (std::size_t i = 1; i < view->rows.size(); ++i)
    EXPECT_LE(model::phases().rank(view->rows[i - 1].phase), model::phases().rank(view->rows[i].phase));
  const auto next = view->next();
  ASSERT_FALSE(next.empty());
  EXPECT_EQ(next.front()->history.entry.id, "nasa-act-1958");
}

TEST(AnalogyView, AMomentWithoutLinksStillHasItsHistory) {
  auto view = views::analogy_view(test::shared_catalog(SPUTNIK_FIXTURE_KB).catalog, "gagarin-1961", "deepseek-r1",
                                  day(2026, 1, 1));
  ASSERT_TRUE(view);
  EXPECT_EQ(view->link_count, 0u);
  EXPECT_EQ(view->rows.size(), 3u);  // the moment, Apollo, the Apollo ICs
}

TEST(AnalogyView, WrongKindsOfIdsAreUsageErrors) {
  auto& cat = test::shared_catalog(SPUTNIK_FIXTURE_KB).catalog;
  for (auto [moment, t0] :
       {std::pair{"arpa-1958", "deepseek-r1"}, std::pair{"sputnik-1", "sputnik-1"}, std::pair{"nope", "deepseek-r1"}}) {
    auto view = views::analogy_view(cat, moment, t0, day(2026, 1, 1));
    ASSERT_FALSE(view) << moment << " " << t0;
    EXPECT_EQ(view.error().code, ErrorCode::usage);
  }
}

TEST(AnalogyView, ShippedSputnikHasTheFourPhasesCorrectOffsetsAndThreeCounterparts) {
  auto& kb = test::shared_catalog(SPUTNIK_SHIPPED_KB);
  auto view = views::analogy_view(kb.catalog, "sputnik-1", "deepseek-r1", day(2026, 11, 28));
  ASSERT_TRUE(view) << view.error().message;
  const auto* moment = kb.corpus.find_entry("sputnik-1");
  std::set<std::string> phases, counterparts;
  for (const auto& row : view->rows) {
    phases.insert(row.phase);
    const auto* e = kb.corpus.find_entry(row.history.entry.id);
    ASSERT_NE(e, nullptr);
    if (!row.history.offset.approximate) {
      EXPECT_EQ(row.history.offset.months, calendar_months(moment->date, e->date)) << e->id;
    }
    for (const auto& link : row.links) {
      EXPECT_FALSE(link.analogy.fits.en.empty());
      EXPECT_FALSE(link.analogy.breaks.en.empty());
      counterparts.insert(link.ai.id);
    }
  }
  for (const char* phase : {"shock", "alarm", "institutional-response", "spillovers"})
    EXPECT_TRUE(phases.count(phase)) << phase;
  EXPECT_GE(counterparts.size(), 3u);
}

TEST(Narrative, CoversEveryAiRaceEventAndEveryLinkToIt) {
  auto& kb = test::shared_catalog(SPUTNIK_SHIPPED_KB);
  auto story = views::narrative(kb.catalog, "deepseek-r1");
  ASSERT_TRUE(story);
  std::map<std::string, std::set<std::string>> told;
  for (const auto& item : story->items)
    for (const auto& p : item.parallels) told[item.event.id].insert(p.analogy.id);
  std::size_t events = 0;
  for (const auto& e : kb.corpus.entries) events += e.type == model::EntryType::ai_event;
  EXPECT_EQ(story->items.size(), events);
  for (const auto& a : kb.corpus.analogies) EXPECT_TRUE(told[a.to].count(a.id)) << a.id << " → " << a.to;
  for (std::size_t i = 1; i < story->items.size(); ++i)
    EXPECT_LE(story->items[i - 1].event.date.sort_key(), story->items[i].event.date.sort_key());
}

TEST(Compare, EveryMomentHasAProfileAndSputnikRespondedFasterThanTheFifthGeneration) {
  auto& kb = test::shared_catalog(SPUTNIK_SHIPPED_KB);
  for (const auto& e : kb.corpus.entries) {
    if (e.type != model::EntryType::moment) continue;
    auto p = views::moment_profile(kb.catalog, e.id);
    ASSERT_TRUE(p) << e.id << ": " << p.error().message;
    EXPECT_EQ(p->moment.id, e.id);
    if (p->median_lag) {
      EXPECT_LE(p->min_lag, p->max_lag);
    }
  }
  auto sputnik = views::moment_profile(kb.catalog, "sputnik-1");
  auto fifth = views::moment_profile(kb.catalog, "fifth-generation-1982");
  ASSERT_TRUE(sputnik && fifth);
  ASSERT_TRUE(sputnik->first_institution && fifth->first_institution);
  EXPECT_LT(sputnik->first_institution->months, fifth->first_institution->months);
  EXPECT_GT(sputnik->responses, 0);
  EXPECT_FALSE(sputnik->money.empty());
}

TEST(Similar, SputnikRanksTheOtherSpaceRaceShockAboveUnrelatedOnes) {
  auto& kb = test::shared_catalog(SPUTNIK_SHIPPED_KB);
  auto result = kb.catalog.index.similar("sputnik-1", {model::EntryType::moment}, 40, model::Lang::en);
  ASSERT_TRUE(result) << result.error().message;
  std::map<std::string, unsigned> rank;
  for (const auto& h : result->hits) rank[h.hit.data.id] = h.hit.rank;
  EXPECT_FALSE(rank.count("sputnik-1"));
  ASSERT_TRUE(rank.count("gagarin-1961"));
  for (const char* unrelated :
       {"oil-shock-1973", "japan-dram-1980s", "pisa-shock-germany-2001", "tokaido-shinkansen-1964"})
    if (rank.count(unrelated)) {
      EXPECT_LT(rank["gagarin-1961"], rank[unrelated]) << unrelated;
    }
  for (const auto& term : result->expand_terms) EXPECT_TRUE(term[0] < 'A' || term[0] > 'Z') << "prefixed term " << term;
  for (const auto& h : result->hits)
    for (const auto& t : h.shared_terms)
      EXPECT_NE(std::find(result->expand_terms.begin(), result->expand_terms.end(), t), result->expand_terms.end());
  auto missing = kb.catalog.index.similar("no-such-id", {}, 5, model::Lang::en);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::no_match);
}

}  // namespace
}  // namespace sputnik
