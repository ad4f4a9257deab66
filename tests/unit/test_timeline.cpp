// SPDX-License-Identifier: MIT
// Timelines: selection, and every exporter fed hostile text.
#include <gtest/gtest.h>
#include <zip.h>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "core/render/escape.hpp"
#include "core/render/timeline_render.hpp"
#include "core/views/timeline.hpp"
#include "test_support.hpp"

namespace sputnik {
namespace {

using render::Format;

catalog::Catalog& catalog_of(const std::string& kb) { return test::shared_catalog(kb).catalog; }

const std::string kHostileKb = std::string(SPUTNIK_TEST_DATA) + "/hostile-kb";

views::Timeline timeline(const std::string& kb, views::TimelineRequest request) {
  auto tl = views::build_timeline(catalog_of(kb), request);
  EXPECT_TRUE(tl) << tl.error().message;
  return tl ? std::move(*tl) : views::Timeline{};
}

std::vector<std::string> ids(const views::Timeline& tl) {
  std::vector<std::string> out;
  for (const auto& i : tl.items) out.push_back(i.entry.id);
  return out;
}

std::optional<Format> timeline_format_of(const char* name) {
  return render::format_from_path(name, render::offered(render::timeline_formats()));
}

TEST(TimelineFormat, FollowsTheFileExtension) {
  EXPECT_EQ(timeline_format_of("talk.pptx"), Format::pptx);
  EXPECT_EQ(timeline_format_of("deck.marp.md"), Format::marp);
  EXPECT_EQ(timeline_format_of("notes.md"), Format::md);
  EXPECT_EQ(timeline_format_of("t.timelinejs.json"), Format::timelinejs);
  EXPECT_EQ(timeline_format_of("t.json"), Format::json);
  EXPECT_EQ(timeline_format_of("T.SVG"), Format::svg);
  EXPECT_EQ(timeline_format_of("a.mmd"), Format::mermaid);
  EXPECT_EQ(timeline_format_of("a.mw"), Format::markwhen);
  EXPECT_FALSE(timeline_format_of("a.docx"));
}

TEST(Escape, EachTargetGetsItsOwnRules) {
  EXPECT_EQ(render::xml_escape("a<b>&\"'\x01z"), "a&lt;b&gt;&amp;&quot;&#39;z");
  EXPECT_EQ(render::mermaid_period("10:30 #1"), "10-30 1");
  EXPECT_EQ(render::mermaid_event("a: b; c #d <e>"), "a： b； c ＃d ‹e›");
  EXPECT_EQ(render::mermaid_event("a:b"), "a:b");  // only ": " splits events
  EXPECT_EQ(render::markdown_inline("*a* |b| <c>"), "\\*a\\* \\|b\\| \\<c\\>");
  EXPECT_EQ(render::truncate_display("人工衛星スプートニク", 9), "人工衛星…");
  EXPECT_EQ(render::one_line("a\n\tb  c"), "a b c");
}

TEST(Timeline, AMomentIsItsFamilyInDateOrderWithoutMyths) {
  views::TimelineRequest r;
  r.moment = "sputnik-1";
  const auto tl = timeline(SPUTNIK_FIXTURE_KB, r);
  const auto got = ids(tl);
  EXPECT_EQ(got.front(), "doppler-tracking");  // 1957-10 sorts before 1957-10-04
  EXPECT_EQ(std::count(got.begin(), got.end(), "tang-myth"), 0);
  EXPECT_EQ(std::count(got.begin(), got.end(), "gps"), 1);
  for (std::size_t i = 1; i < tl.items.size(); ++i)
    EXPECT_LE(tl.items[i - 1].entry.date.sort_key(), tl.items[i].entry.date.sort_key());
  EXPECT_EQ(render::timeline_title(tl), "Sputnik 1");
  r.era = *model::parse_era_spec("space-race");
  const auto inside = ids(timeline(SPUTNIK_FIXTURE_KB, r));
  EXPECT_EQ(std::count(inside.begin(), inside.end(), "gps"), 0);  // 1995 is outside the Space Race
}

TEST(Timeline, TwoLanesBringBothEndsOfEveryLinkAndCiteLoadsSources) {
  views::TimelineRequest r;
  r.moment = "sputnik-1";
  r.with_analogies = true;
  r.cite = true;
  const auto tl = timeline(SPUTNIK_FIXTURE_KB, r);
  ASSERT_EQ(tl.links.size(), 1u);
  EXPECT_EQ(tl.links[0].to, "deepseek-r1");
  const auto got = ids(tl);
  EXPECT_EQ(std::count(got.begin(), got.end(), "deepseek-r1"), 1);
  for (const auto& item : tl.items) {
    EXPECT_EQ(item.lane == views::Lane::ai, item.entry.type == model::EntryType::ai_event);
    EXPECT_FALSE(item.sources.empty()) << item.entry.id;
  }
}

TEST(Timeline, HostileTextComesOutEscapedAndIntactInEveryTextFormat) {
  views::TimelineRequest r;
  r.with_analogies = true;
  r.cite = true;
  const auto tl = timeline(kHostileKb, r);
  ASSERT_EQ(tl.items.size(), 4u);
  for (auto f : {Format::svg, Format::html, Format::timelinejs}) {
    const std::string text = render::render_timeline(tl, f);
    EXPECT_EQ(text.find("<script>alert"), std::string::npos) << render::format_name(f);
    EXPECT_EQ(text.find("<b>太字"), std::string::npos) << render::format_name(f);
  }
  const std::string svg = render::render_timeline(tl, Format::svg);
  EXPECT_NE(svg.find("Quote &quot;double&quot; &amp; &#39;single&#39; &lt;script&gt;"), std::string::npos);
  EXPECT_NE(svg.find("🚀 Rocket emoji"), std::string::npos);

  const auto json = nlohmann::json::parse(render::render_timeline(tl, Format::json));
  EXPECT_EQ(json["items"][0]["title"]["en"], "Quote \"double\" & 'single' <script>alert(1)</script>");
  EXPECT_EQ(json["items"][0]["title"]["ja"], "人工衛星「スプートニク」<b>太字</b>");

  const auto tljs = nlohmann::json::parse(render::render_timeline(tl, Format::timelinejs));
  std::set<std::string> unique;
  for (const auto& e : tljs["events"]) {
    EXPECT_TRUE(e["start_date"]["year"].is_number());
    EXPECT_TRUE(e["text"]["headline"].is_string());
    unique.insert(e["unique_id"].get<std::string>());
  }
  EXPECT_EQ(unique.size(), tl.items.size());
  EXPECT_FALSE(tljs["eras"].empty());

  const std::string csv = render::render_timeline(tl, Format::csv);
  EXPECT_NE(csv.find(",'=cmd|' /C calc'!A0,"), std::string::npos) << csv;
  EXPECT_NE(csv.find("\"Quote \"\"double\"\" & 'single' <script>alert(1)</script>\""), std::string::npos);

  const std::string mermaid = render::render_timeline(tl, Format::mermaid);
  std::istringstream lines(mermaid);
  for (std::string line; std::getline(lines, line);) {
    const auto first = line.find_first_not_of(' ');
    if (line.compare(first, 5, "title") == 0 || line.compare(first, 7, "section") == 0 || line == "timeline") continue;
    std::size_t separators = 0;
    for (std::size_t at = line.find(": "); at != std::string::npos; at = line.find(": ", at + 1)) ++separators;
    EXPECT_EQ(separators, 1u) << line;  // the period's one separator, none inside the event
    EXPECT_EQ(line.find('#'), std::string::npos) << line;
    EXPECT_EQ(line.find(';'), std::string::npos) << line;
  }

  const std::string md = render::render_timeline(tl, Format::md);
  EXPECT_NE(md.find("=cmd\\|' /C calc'!A0"), std::string::npos) << md;
  const std::string marp = render::render_timeline(tl, Format::marp);
  EXPECT_EQ(marp.find("\n---\n\n## AI Race"), marp.find("\n---\n\n## AI"));  // "---" in a title is no slide break
  EXPECT_NE(marp.find("- **2025-01-20** 🚀 Rocket emoji and ---"), std::string::npos) << marp;
}

// An RFC 4180 reader, independent of the writer: quoted fields, doubled quotes, CRLF.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    auto& field = rows.back().back();
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"')
        quoted = false;
      else
        field += c;
    } else if (c == '"')
      quoted = true;
    else if (c == ',')
      rows.back().emplace_back();
    else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;
      rows.emplace_back(1);
    } else
      field += c;
  }
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
  return rows;
}

TEST(Timeline, CsvParsesBackToTheSameCells) {
  views::TimelineRequest r;
  r.cite = true;
  const auto tl = timeline(kHostileKb, r);
  const auto rows = parse_csv(render::render_timeline(tl, Format::csv));
  ASSERT_EQ(rows.size(), tl.items.size() + 1);
  const std::size_t columns = rows[0].size();
  for (const auto& row : rows) EXPECT_EQ(row.size(), columns);
  EXPECT_EQ(rows[0][7], "title");
  EXPECT_EQ(rows[1][7], "Quote \"double\" & 'single' <script>alert(1)</script>");
  EXPECT_EQ(rows[2][7], "'=cmd|' /C calc'!A0");  // defused, otherwise as written
  EXPECT_EQ(rows[2][8].front(), '\'');
  EXPECT_NE(rows[1].back().find("https://history.nasa.gov/"), std::string::npos);  // sources column
}

// Label boxes as the SVG declares them: x, y, w, h.
std::vector<std::array<double, 4>> label_boxes(const std::string& svg) {
  std::vector<std::array<double, 4>> boxes;
  const std::regex box("data-x=\"([0-9.]+)\" data-y=\"([0-9.]+)\" data-w=\"([0-9.]+)\" data-h=\"([0-9.]+)\"");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), box); it != std::sregex_iterator(); ++it)
    boxes.push_back({std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]), std::stod((*it)[4])});
  return boxes;
}

TEST(Timeline, SvgShowsEveryEntryWithNoOverlappingLabels) {
  views::TimelineRequest r;
  r.moment = "sputnik-1";
  r.with_analogies = true;
  const auto tl = timeline(SPUTNIK_SHIPPED_KB, r);
  ASSERT_GE(tl.items.size(), 30u);
  ASSERT_LE(tl.items.size(), 200u);  // the family and its AI-race links, as the corpus holds them
  const std::string svg = render::render_timeline(tl, Format::svg);
  const auto boxes = label_boxes(svg);
  ASSERT_EQ(boxes.size(), tl.items.size());
  for (const auto& item : tl.items) EXPECT_NE(svg.find("id=\"item-" + item.entry.id + "\""), std::string::npos);
  for (std::size_t i = 0; i < boxes.size(); ++i)
    for (std::size_t j = i + 1; j < boxes.size(); ++j) {
      const auto& a = boxes[i];
      const auto& b = boxes[j];
      const bool apart = a[0] + a[2] <= b[0] || b[0] + b[2] <= a[0] || a[1] + a[3] <= b[1] || b[1] + b[3] <= a[1];
      EXPECT_TRUE(apart) << "labels " << i << " and " << j << " overlap";
    }
}

TEST(Timeline, PptxIsAZipOfPresentationPartsWithNotes) {
  views::TimelineRequest r;
  r.moment = "sputnik-1";
  r.cite = true;
  r.lang = model::Lang::ja;
  const auto tl = timeline(SPUTNIK_FIXTURE_KB, r);
  test::TempDir dir;
  const auto path = dir.path() / "talk.pptx";
  ASSERT_TRUE(render::write_timeline_pptx(tl, path));
  int err = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY, &err);
  ASSERT_NE(zip, nullptr);
  EXPECT_EQ(std::string(zip_get_name(zip, 0, 0)), "[Content_Types].xml");
  for (const char* part : {"ppt/presentation.xml", "ppt/slides/slide1.xml", "ppt/notesSlides/notesSlide2.xml",
                           "ppt/theme/theme1.xml", "ppt/slideMasters/slideMaster1.xml"})
    EXPECT_GE(zip_name_locate(zip, part, 0), 0) << part;
  // the second slide (the first era) carries its items' sources in its notes
  zip_file_t* notes = zip_fopen(zip, "ppt/notesSlides/notesSlide2.xml", 0);
  ASSERT_NE(notes, nullptr);
  std::string xml(200000, '\0');
  xml.resize(static_cast<std::size_t>(zip_fread(notes, xml.data(), xml.size())));
  zip_fclose(notes);
  zip_close(zip);
  EXPECT_NE(xml.find("history.nasa.gov"), std::string::npos);
  EXPECT_NE(xml.find("lang=\"ja-JP\""), std::string::npos);
  const auto bad = render::write_timeline_pptx(tl, dir.path() / "no-such-dir" / "x.pptx");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, ErrorCode::io);
}

}  // namespace
}  // namespace sputnik
