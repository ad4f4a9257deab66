// SPDX-License-Identifier: MIT
// Ids people can type: case does not matter, and a near miss is answered with the ids the
// command accepts that were most likely meant.
#include <gtest/gtest.h>

#include <stdexcept>

#include "core/catalog/catalog.hpp"
#include "core/views/ids.hpp"
#include "test_support.hpp"

using namespace sputnik;
using Ids = std::vector<std::string>;

namespace {

// Runs on the fixture kb's catalog, built once for the whole test binary.
class TypedIds : public ::testing::Test {
 protected:
  static const catalog::Catalog& open() { return test::shared_catalog(SPUTNIK_FIXTURE_KB).catalog; }
  static Ids candidates(std::string_view typed, views::IdKind kind) {
    auto found = views::id_candidates(open(), typed, kind);
    if (!found) throw std::runtime_error(found.error().message);
    Ids ids;
    for (const auto& c : *found) ids.push_back(c.id);
    return ids;
  }
};

}  // namespace

TEST_F(TypedIds, CaseIsIgnoredAndUnknownIdsAreNotKnown) {
  const auto& catalog = open();
  EXPECT_EQ(views::known_id(catalog, "Sputnik-1").value(), std::optional<std::string>("sputnik-1"));
  EXPECT_EQ(views::known_id(catalog, "GPS").value(), std::optional<std::string>("gps"));
  EXPECT_EQ(views::known_id(catalog, "sputnik").value(), std::nullopt);
}

TEST_F(TypedIds, NearIdsComeFirstThenSearchHits) {
  // within two edits, closest first
  EXPECT_EQ(candidates("sputnik-2", views::IdKind::any).front(), "sputnik-1");
  // ids containing the typed text, those it begins first, shorter first
  const Ids a = candidates("a", views::IdKind::any);
  ASSERT_EQ(a.size(), 5u);  // never more than five
  EXPECT_EQ(Ids(a.begin(), a.begin() + 4), (Ids{"arpanet", "arpa-1958", "apollo-1961", "apollo-guidance-ic"}));
  EXPECT_EQ(candidates("1958", views::IdKind::any), (Ids{"arpa-1958", "nasa-act-1958"}));
  EXPECT_EQ(candidates("sputnik", views::IdKind::any).front(), "sputnik-1");
  // then what a search for the typed words finds: "satellite" is in no id
  const Ids satellite = candidates("satellite", views::IdKind::any);
  ASSERT_FALSE(satellite.empty());
  EXPECT_EQ(satellite.front(), "transit");
}

TEST_F(TypedIds, OnlyIdsOfTheKindTheCommandTakesAreOffered) {
  EXPECT_EQ(candidates("sputnik", views::IdKind::moment), Ids{"sputnik-1"});
  EXPECT_EQ(candidates("deepseek", views::IdKind::ai_event), Ids{"deepseek-r1"});
  for (const auto& id : candidates("nasa", views::IdKind::moment)) EXPECT_NE(id, "nasa-act-1958");
}
