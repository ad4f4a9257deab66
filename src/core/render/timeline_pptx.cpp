// SPDX-License-Identifier: MIT
// An editable PowerPoint deck: real text boxes and shapes (ECMA-376 PresentationML),
// packed with libzip. Title slide, one timeline slide per era (items on a time axis),
// one slide per key entry, and the sources in each slide's speaker notes.

#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <memory>

#include "core/render/escape.hpp"
#include "core/render/libzip.hpp"
#include "core/render/messages.hpp"
#include "core/render/timeline_render.hpp"
#include "core/util/text.hpp"
#include "core/views/timeline.hpp"

namespace sputnik::render {
namespace {

using model::Lang;
using views::Timeline;
using views::TimelineItem;

constexpr long kSlideW = 12192000, kSlideH = 6858000;  // 16:9 in EMU
constexpr long kEmuPerPt = 12700;
constexpr std::size_t kItemsPerTimelineSlide = 12;
constexpr std::size_t kMaxKeySlides = 40;
constexpr const char* kNsP = "http://schemas.openxmlformats.org/presentationml/2006/main";
constexpr const char* kNsA = "http://schemas.openxmlformats.org/drawingml/2006/main";
constexpr const char* kNsR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
constexpr const char* kXmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* kLatinFont = "Noto Sans";
constexpr const char* kEastAsianFont = "Noto Sans CJK JP";

struct Slide {
  std::string shapes;  ///< p:sp / p:cxnSp elements
  std::vector<std::string> notes;
};

// ---- DrawingML pieces -----------------------------------------------------------------

std::string run(std::string_view text, int size_pt, bool bold, Lang lang, const char* colour = "222222") {
  return fmt::format(
      "<a:r><a:rPr lang=\"{}\" sz=\"{}\" b=\"{}\" dirty=\"0\"><a:solidFill><a:srgbClr val=\"{}\"/></a:solidFill>"
      "<a:latin typeface=\"{}\"/><a:ea typeface=\"{}\"/></a:rPr><a:t>{}</a:t></a:r>",
      model::lang_tag(lang), size_pt * 100, bold ? 1 : 0, colour, kLatinFont, kEastAsianFont, xml_escape(text));
}

std::string paragraphs(const std::vector<std::string>& lines, int size_pt, bool bold, Lang lang,
                       const char* colour = "222222") {
  std::string out;
  for (const auto& line : lines) out += "<a:p>" + run(line, size_pt, bold, lang, colour) + "</a:p>";
  if (out.empty()) out = "<a:p><a:endParaRPr lang=\"en-US\"/></a:p>";  // an empty txBody is invalid
  return out;
}

std::string text_box(int id, long x, long y, long w, long h, const std::string& body_paragraphs, bool autofit = true) {
  return fmt::format(
      "<p:sp><p:nvSpPr><p:cNvPr id=\"{}\" name=\"Text {}\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr>"
      "<p:spPr><a:xfrm><a:off x=\"{}\" y=\"{}\"/><a:ext cx=\"{}\" cy=\"{}\"/></a:xfrm><a:prstGeom "
      "prst=\"rect\"><a:avLst/></a:prstGeom>"
      "<a:noFill/></p:spPr><p:txBody><a:bodyPr wrap=\"square\" lIns=\"45720\" tIns=\"22860\" rIns=\"45720\" "
      "bIns=\"22860\">{}</a:bodyPr>"
      "<a:lstStyle/>{}</p:txBody></p:sp>",
      id, id, x, y, w, h, autofit ? "<a:normAutofit/>" : "", body_paragraphs);
}

std::string shape(int id, const char* geometry, long x, long y, long w, long h, const char* fill) {
  return fmt::format(
      "<p:sp><p:nvSpPr><p:cNvPr id=\"{}\" name=\"Shape {}\"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>"
      "<p:spPr><a:xfrm><a:off x=\"{}\" y=\"{}\"/><a:ext cx=\"{}\" cy=\"{}\"/></a:xfrm><a:prstGeom "
      "prst=\"{}\"><a:avLst/></a:prstGeom>"
      "<a:solidFill><a:srgbClr val=\"{}\"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr>"
      "<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang=\"en-US\"/></a:p></p:txBody></p:sp>",
      id, id, x, y, w, h, geometry, fill);
}

std::string connector(int id, long x1, long y1, long x2, long y2, const char* colour, int width_emu) {
  const long x = std::min(x1, x2), y = std::min(y1, y2);
  return fmt::format(
      "<p:cxnSp><p:nvCxnSpPr><p:cNvPr id=\"{}\" name=\"Line {}\"/><p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr>"
      "<p:spPr><a:xfrm><a:off x=\"{}\" y=\"{}\"/><a:ext cx=\"{}\" cy=\"{}\"/></a:xfrm><a:prstGeom "
      "prst=\"line\"><a:avLst/></a:prstGeom>"
      "<a:ln w=\"{}\"><a:solidFill><a:srgbClr val=\"{}\"/></a:solidFill></a:ln></p:spPr></p:cxnSp>",
      id, id, x, y, std::abs(x2 - x1), std::abs(y2 - y1), width_emu, colour);
}

std::string title_box(int id, const std::string& text, Lang lang) {
  return text_box(id, 457200, 228600, kSlideW - 914400, 685800, paragraphs({text}, 28, true, lang, "1F3864"));
}

// ---- slides ---------------------------------------------------------------------------

std::vector<std::string> source_notes(const TimelineItem& item) {
  std::vector<std::string> notes;
  for (const auto& s : item.sources) notes.push_back(item.entry.id + ": " + source_line(s));
  return notes;
}

Slide title_slide(const Timeline& tl) {
  Slide s;
  s.shapes += text_box(2, 685800, 2057400, kSlideW - 1371600, 1371600,
                       paragraphs({timeline_title(tl)}, 40, true, tl.lang, "1F3864"));
  std::string range;
  if (!tl.items.empty()) range = tl.items.front().entry.date_display + " – " + tl.items.back().entry.date_display;
  const std::string sub = say(tl.lang, Msg::slide_subtitle, fmt::arg("n", tl.items.size()), fmt::arg("range", range));
  s.shapes += text_box(3, 685800, 3657600, kSlideW - 1371600, 914400, paragraphs({sub}, 20, false, tl.lang, "555555"));
  s.notes.push_back(say(tl.lang, Msg::deck_notes));
  return s;
}

// Items on a proportional axis; labels alternate above and below and take the first row
// on their side that they do not overlap.
Slide era_slide(const std::string& heading, const std::vector<const TimelineItem*>& items, Lang lang) {
  Slide s;
  int id = 2;
  s.shapes += title_box(id++, heading, lang);
  const long left = 609600, right = kSlideW - 609600, axis_y = 3657600;
  s.shapes += connector(id++, left, axis_y, right, axis_y, "555555", 25400);
  double lo = 1e9, hi = -1e9;
  for (const auto* item : items) {
    lo = std::min(lo, views::axis_year(item->entry.date));
    hi = std::max(hi, views::axis_year(item->entry.date));
  }
  if (hi - lo < 1) {
    lo -= 0.5;
    hi += 0.5;
  }
  const auto x_of = [&](double year) {
    return left + static_cast<long>((year - lo) / (hi - lo) * static_cast<double>(right - left));
  };
  const long label_w = 1828800, label_h = 640080, row_step = 685800;
  std::vector<long> row_end_above, row_end_below;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto& e = items[i]->entry;
    const long x = x_of(views::axis_year(e.date));
    s.shapes += shape(id++, "ellipse", x - 63500, axis_y - 63500, 127000, 127000, "1F4E99");
    auto& rows = i % 2 == 0 ? row_end_above : row_end_below;
    const long label_x = std::clamp(x - label_w / 2, 152400L, kSlideW - 152400 - label_w);
    std::size_t row = 0;
    while (row < rows.size() && rows[row] + 76200 > label_x) ++row;
    if (row == rows.size()) rows.push_back(0);
    rows[row] = label_x + label_w;
    const long y = i % 2 == 0 ? axis_y - 228600 - label_h - static_cast<long>(row) * row_step
                              : axis_y + 228600 + static_cast<long>(row) * row_step;
    s.shapes += connector(id++, x, axis_y, x, i % 2 == 0 ? y + label_h : y, "9DB3D9", 9525);
    s.shapes += text_box(id++, label_x, y, label_w, label_h,
                         "<a:p>" + run(e.date_display, 10, true, lang, "1F4E99") + "</a:p><a:p>" +
                             run(truncate_display(one_line(e.title.pick(lang)), 44), 11, false, lang) + "</a:p>");
    const auto notes = source_notes(*items[i]);
    s.notes.insert(s.notes.end(), notes.begin(), notes.end());
  }
  return s;
}

Slide entry_slide(const TimelineItem& item, Lang lang) {
  Slide s;
  const auto& e = item.entry;
  s.shapes += title_box(2, e.date_display + "  " + one_line(e.title.pick(lang)), lang);
  std::vector<std::string> body;
  for (const auto& line : util::wrap(one_line(e.summary.pick(lang)), 90)) body.push_back(line);
  s.shapes +=
      text_box(3, 457200, 1143000, kSlideW - 914400, 4572000, paragraphs({util::join(body, " ")}, 18, false, lang));
  const std::string kind = std::string(model::type_name(e.type)) + (e.kind.empty() ? "" : " · " + e.kind) +
                           (e.phase.empty() ? "" : " · " + e.phase);
  s.shapes += text_box(4, 457200, kSlideH - 800100, kSlideW - 914400, 457200,
                       paragraphs({kind + " · " + e.id}, 12, false, lang, "777777"));
  s.notes = source_notes(item);
  return s;
}

bool is_key(const TimelineItem& item, const Timeline& tl) {
  if (item.entry.type == model::EntryType::moment || item.entry.type == model::EntryType::response) return true;
  return std::any_of(tl.links.begin(), tl.links.end(),
                     [&](const views::TimelineLink& l) { return l.from == item.entry.id || l.to == item.entry.id; });
}

std::vector<Slide> slides_of(const Timeline& tl) {
  std::vector<Slide> slides{title_slide(tl)};
  // Era slides, in time order, split so a slide never holds more than it can show.
  std::vector<std::pair<std::string, std::vector<const TimelineItem*>>> groups;
  for (const auto& era : tl.eras) groups.push_back({era.heading(tl.lang), {}});
  groups.push_back({say(tl.lang, Msg::other), {}});
  for (const auto& item : tl.items) {
    std::size_t g = tl.eras.size();
    for (std::size_t i = 0; i < tl.eras.size(); ++i)
      if (tl.eras[i].id == item.entry.era) g = i;
    groups[g].second.push_back(&item);
  }
  for (const auto& [heading, items] : groups) {
    const std::size_t pages = (items.size() + kItemsPerTimelineSlide - 1) / kItemsPerTimelineSlide;
    for (std::size_t p = 0; p < pages; ++p) {
      const auto first = items.begin() + static_cast<long>(p * kItemsPerTimelineSlide);
      const auto last = items.begin() + static_cast<long>(std::min(items.size(), (p + 1) * kItemsPerTimelineSlide));
      slides.push_back(
          era_slide(pages > 1 ? fmt::format("{} ({}/{})", heading, p + 1, pages) : heading, {first, last}, tl.lang));
    }
  }
  std::size_t keys = 0;
  for (const auto& item : tl.items)
    if (is_key(item, tl) && keys++ < kMaxKeySlides) slides.push_back(entry_slide(item, tl.lang));
  return slides;
}

// ---- package parts --------------------------------------------------------------------

std::string slide_xml(const Slide& s) {
  return std::string(kXmlHeader) +
         fmt::format("<p:sld xmlns:a=\"{}\" xmlns:r=\"{}\" xmlns:p=\"{}\">", kNsA, kNsR, kNsP) +
         "<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
         "<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt "
         "cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>" +
         s.shapes + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>";
}

std::string notes_xml(const Slide& s, Lang lang) {
  return std::string(kXmlHeader) +
         fmt::format("<p:notes xmlns:a=\"{}\" xmlns:r=\"{}\" xmlns:p=\"{}\">", kNsA, kNsR, kNsP) +
         "<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" "
         "name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>"
         "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Notes\"/><p:cNvSpPr><a:spLocks "
         "noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"body\" idx=\"1\"/></p:nvPr></p:nvSpPr>"
         "<p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>" +
         paragraphs(s.notes, 12, false, lang) +
         "</p:txBody></p:sp></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>";
}

std::string rels(const std::vector<std::pair<std::string, std::string>>& targets) {
  std::string out = std::string(kXmlHeader) +
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  for (std::size_t i = 0; i < targets.size(); ++i)
    out += fmt::format("<Relationship Id=\"rId{}\" Type=\"{}{}\" Target=\"{}\"/>", i + 1, kRel, targets[i].first,
                       targets[i].second);
  return out + "</Relationships>";
}

std::string theme_xml(const char* name) {
  std::string fills, lines, effects;
  for (int i = 0; i < 3; ++i) {  // PowerPoint refuses style lists with fewer than three entries
    fills += "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
    lines +=
        fmt::format("<a:ln w=\"{}\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>", 9525 * (i + 1));
    effects += "<a:effectStyle><a:effectLst/></a:effectStyle>";
  }
  const auto colour = [](const char* tag, const char* rgb) {
    return fmt::format("<a:{0}><a:srgbClr val=\"{1}\"/></a:{0}>", tag, rgb);
  };
  return std::string(kXmlHeader) + fmt::format("<a:theme xmlns:a=\"{}\" name=\"{}\"><a:themeElements>", kNsA, name) +
         "<a:clrScheme name=\"sputnik\">" + "<a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1>" +
         "<a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1>" + colour("dk2", "1F3864") +
         colour("lt2", "E7E6E6") + colour("accent1", "1F4E99") + colour("accent2", "B03A2E") +
         colour("accent3", "2E7D32") + colour("accent4", "8E44AD") + colour("accent5", "D68910") +
         colour("accent6", "117A65") + colour("hlink", "0563C1") + colour("folHlink", "954F72") + "</a:clrScheme>" +
         fmt::format(
             "<a:fontScheme name=\"sputnik\"><a:majorFont><a:latin typeface=\"{0}\"/><a:ea typeface=\"{1}\"/><a:cs "
             "typeface=\"\"/></a:majorFont>"
             "<a:minorFont><a:latin typeface=\"{0}\"/><a:ea typeface=\"{1}\"/><a:cs "
             "typeface=\"\"/></a:minorFont></a:fontScheme>",
             kLatinFont, kEastAsianFont) +
         "<a:fmtScheme name=\"sputnik\"><a:fillStyleLst>" + fills + "</a:fillStyleLst><a:lnStyleLst>" + lines +
         "</a:lnStyleLst><a:effectStyleLst>" + effects + "</a:effectStyleLst><a:bgFillStyleLst>" + fills +
         "</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>";
}

constexpr const char* kEmptyTree =
    "<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" "
    "name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/></p:spTree></p:cSld>";
constexpr const char* kClrMap =
    "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" "
    "accent3=\"accent3\" "
    "accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>";

std::string master_xml() {
  return std::string(kXmlHeader) +
         fmt::format("<p:sldMaster xmlns:a=\"{}\" xmlns:r=\"{}\" xmlns:p=\"{}\">", kNsA, kNsR, kNsP) + kEmptyTree +
         kClrMap +
         "<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst></p:sldMaster>";
}

std::string layout_xml() {
  return std::string(kXmlHeader) +
         fmt::format("<p:sldLayout xmlns:a=\"{}\" xmlns:r=\"{}\" xmlns:p=\"{}\" type=\"blank\" preserve=\"1\">", kNsA,
                     kNsR, kNsP) +
         kEmptyTree + "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>";
}

std::string notes_master_xml() {
  return std::string(kXmlHeader) +
         fmt::format("<p:notesMaster xmlns:a=\"{}\" xmlns:r=\"{}\" xmlns:p=\"{}\">", kNsA, kNsR, kNsP) + kEmptyTree +
         kClrMap + "</p:notesMaster>";
}

std::string presentation_xml(std::size_t slides) {
  std::string ids;
  for (std::size_t i = 0; i < slides; ++i) ids += fmt::format("<p:sldId id=\"{}\" r:id=\"rId{}\"/>", 256 + i, i + 4);
  return std::string(kXmlHeader) +
         fmt::format("<p:presentation xmlns:a=\"{}\" xmlns:r=\"{}\" xmlns:p=\"{}\" saveSubsetFonts=\"1\">", kNsA, kNsR,
                     kNsP) +
         "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>"
         "<p:notesMasterIdLst><p:notesMasterId r:id=\"rId3\"/></p:notesMasterIdLst>"
         "<p:sldIdLst>" +
         ids + "</p:sldIdLst>" +
         fmt::format("<p:sldSz cx=\"{}\" cy=\"{}\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/></p:presentation>",
                     kSlideW, kSlideH);
}

std::string content_types(std::size_t slides) {
  const std::string pml = "application/vnd.openxmlformats-officedocument.presentationml.";
  std::string out =
      std::string(kXmlHeader) +
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
      "<Override PartName=\"/ppt/presentation.xml\" ContentType=\"" + pml + "presentation.main+xml\"/>" +
      "<Override PartName=\"/ppt/slideMasters/slideMaster1.xml\" ContentType=\"" + pml + "slideMaster+xml\"/>" +
      "<Override PartName=\"/ppt/slideLayouts/slideLayout1.xml\" ContentType=\"" + pml + "slideLayout+xml\"/>" +
      "<Override PartName=\"/ppt/notesMasters/notesMaster1.xml\" ContentType=\"" + pml + "notesMaster+xml\"/>" +
      "<Override PartName=\"/ppt/theme/theme1.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>" +
      "<Override PartName=\"/ppt/theme/theme2.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>" +
      "<Override PartName=\"/docProps/core.xml\" "
      "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>" +
      "<Override PartName=\"/docProps/app.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>";
  for (std::size_t i = 1; i <= slides; ++i) {
    out += fmt::format("<Override PartName=\"/ppt/slides/slide{}.xml\" ContentType=\"{}slide+xml\"/>", i, pml);
    out += fmt::format("<Override PartName=\"/ppt/notesSlides/notesSlide{}.xml\" ContentType=\"{}notesSlide+xml\"/>", i,
                       pml);
  }
  return out + "</Types>";
}

std::string core_xml(const Timeline& tl) {
  return std::string(kXmlHeader) +
         "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" +
         xml_escape(timeline_title(tl)) + "</dc:title><dc:creator>sputnik</dc:creator></cp:coreProperties>";
}

std::string app_xml() {
  return std::string(kXmlHeader) +
         "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
         "<Application>sputnik</Application></Properties>";
}

// libzip keeps pointers to the buffers until zip_close, so the package owns every part.
class Package {
 public:
  Package(const LibZip& api, zip_t* zip) : api_(api), zip_(zip) {}
  ~Package() {
    if (zip_) api_.discard(zip_);
  }
  Package(const Package&) = delete;
  Package& operator=(const Package&) = delete;

  bool add(const std::string& name, std::string content) {
    parts_.push_back(std::make_unique<std::string>(std::move(content)));
    zip_source_t* src = api_.source_buffer(zip_, parts_.back()->data(), parts_.back()->size(), 0);
    if (!src) return false;
    if (api_.file_add(zip_, name.c_str(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
      api_.source_free(src);
      return false;
    }
    return true;
  }
  std::string error() const { return api_.strerror(zip_); }
  bool close() {
    if (api_.close(zip_) != 0) return false;
    zip_ = nullptr;
    return true;
  }

 private:
  const LibZip& api_;
  zip_t* zip_;
  std::vector<std::unique_ptr<std::string>> parts_;
};

}  // namespace

Result<std::size_t> write_timeline_pptx(const Timeline& tl, const std::filesystem::path& path) {
  auto api = libzip();
  if (!api) return api.error();
  const LibZip& zip_api = **api;
  const auto slides = slides_of(tl);
  int zip_error = 0;
  zip_t* zip = zip_api.open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &zip_error);
  if (!zip) {
    zip_error_t err;
    zip_api.error_init_with_code(&err, zip_error);
    const std::string message = zip_api.error_strerror(&err);
    zip_api.error_fini(&err);
    return make_error(ErrorCode::io, fmt::format("cannot write {}: {}", path.string(), message),
                      "check the directory exists and is writable");
  }
  Package pkg(zip_api, zip);
  std::vector<std::pair<std::string, std::string>> parts = {
      {"[Content_Types].xml", content_types(slides.size())},  // first, as OPC readers expect
      {"_rels/.rels", rels({{"officeDocument", "ppt/presentation.xml"}})},
      {"docProps/core.xml", core_xml(tl)},
      {"docProps/app.xml", app_xml()},
      {"ppt/presentation.xml", presentation_xml(slides.size())},
      {"ppt/slideMasters/slideMaster1.xml", master_xml()},
      {"ppt/slideMasters/_rels/slideMaster1.xml.rels",
       rels({{"slideLayout", "../slideLayouts/slideLayout1.xml"}, {"theme", "../theme/theme1.xml"}})},
      {"ppt/slideLayouts/slideLayout1.xml", layout_xml()},
      {"ppt/slideLayouts/_rels/slideLayout1.xml.rels", rels({{"slideMaster", "../slideMasters/slideMaster1.xml"}})},
      {"ppt/notesMasters/notesMaster1.xml", notes_master_xml()},
      {"ppt/notesMasters/_rels/notesMaster1.xml.rels", rels({{"theme", "../theme/theme2.xml"}})},
      {"ppt/theme/theme1.xml", theme_xml("sputnik")},
      {"ppt/theme/theme2.xml", theme_xml("sputnik notes")}};
  std::vector<std::pair<std::string, std::string>> presentation_rels = {
      {"slideMaster", "slideMasters/slideMaster1.xml"},
      {"theme", "theme/theme1.xml"},
      {"notesMaster", "notesMasters/notesMaster1.xml"}};
  for (std::size_t i = 0; i < slides.size(); ++i) {
    const std::size_t n = i + 1;
    presentation_rels.push_back({"slide", fmt::format("slides/slide{}.xml", n)});
    parts.push_back({fmt::format("ppt/slides/slide{}.xml", n), slide_xml(slides[i])});
    parts.push_back({fmt::format("ppt/slides/_rels/slide{}.xml.rels", n),
                     rels({{"slideLayout", "../slideLayouts/slideLayout1.xml"},
                           {"notesSlide", fmt::format("../notesSlides/notesSlide{}.xml", n)}})});
    parts.push_back({fmt::format("ppt/notesSlides/notesSlide{}.xml", n), notes_xml(slides[i], tl.lang)});
    parts.push_back({fmt::format("ppt/notesSlides/_rels/notesSlide{}.xml.rels", n),
                     rels({{"notesMaster", "../notesMasters/notesMaster1.xml"},
                           {"slide", fmt::format("../slides/slide{}.xml", n)}})});
  }
  parts.push_back({"ppt/_rels/presentation.xml.rels", rels(presentation_rels)});
  for (auto& [name, content] : parts)
    if (!pkg.add(name, std::move(content)))
      return make_error(ErrorCode::io, fmt::format("cannot write {}: {}", path.string(), pkg.error()), "");
  if (!pkg.close())
    return make_error(ErrorCode::io, fmt::format("cannot write {}: {}", path.string(), pkg.error()),
                      "check the disk has room and the directory is writable");
  return slides.size();
}

}  // namespace sputnik::render
