// SPDX-License-Identifier: MIT
// The timeline as a picture: a proportional time axis, era bands, and labels placed in
// rows so no two overlap. HTML wraps the same SVG in a zoomable, self-contained page.
#include <fmt/format.h>
#include <algorithm>
#include <cmath>

#include "core/render/escape.hpp"
#include "core/render/messages.hpp"
#include "core/render/timeline_render.hpp"
#include "core/util/text.hpp"

namespace sputnik::render {
namespace {

using model::Lang;
using views::Timeline;
using views::TimelineItem;

// Geometry in SVG user units (pixels at zoom 1).
constexpr double kWidth = 1600, kMargin = 70, kTop = 70, kRowHeight = 38, kRowGap = 6, kLabelGap = 10;
constexpr double kAxisGap = 28, kLaneGap = 60, kMaxLabel = 270, kColumnPx = 6.9;
constexpr std::size_t kLabelColumns = 38;
// Named with fallbacks: without a CJK font Japanese renders as nothing at all.
constexpr const char* kFontFamily =
    "'Noto Sans CJK JP', 'Noto Sans JP', 'Noto Sans CJK', 'Hiragino Sans', 'Yu Gothic', 'Noto Sans', 'DejaVu Sans', "
    "sans-serif";
constexpr const char* kEraColours[] = {"#e8f0fb", "#fbf1e3", "#eaf6ec", "#f6e9f3", "#f2f2e4", "#e6f4f6"};

struct Scale {
  double from = 0, to = 1;
  double x(double year) const { return kMargin + (year - from) / (to - from) * (kWidth - 2 * kMargin); }
};

struct Placed {
  const TimelineItem* item;
  double point_x = 0, label_x = 0, label_y = 0, label_w = 0;
  std::string date, title;
};

struct Lane {
  double axis_y = 0, bottom = 0;
  std::vector<Placed> placed;
};

Scale scale_of(const Timeline& tl) {
  double lo = 1e9, hi = -1e9;
  for (const auto& item : tl.items) {
    lo = std::min(lo, views::axis_year(item.entry.date));
    hi = std::max(hi, views::axis_year(item.entry.date));
  }
  if (tl.items.empty()) lo = hi = 2000;
  const double pad = std::max(1.0, (hi - lo) * 0.03);
  return {std::floor(lo - pad), std::ceil(hi + pad)};
}

double text_width(std::string_view s, double px_per_column) {
  return static_cast<double>(util::display_width(s)) * px_per_column;
}

// Greedy rows: each label takes the first row where it clears the previous label.
Lane place_lane(const std::vector<const TimelineItem*>& items, const Scale& scale, double axis_y, Lang lang) {
  Lane lane{axis_y, axis_y, {}};
  std::vector<double> row_end;
  for (const auto* item : items) {
    Placed p{item,
             scale.x(views::axis_year(item->entry.date)),
             0,
             0,
             0,
             item->entry.date_display,
             truncate_display(one_line(item->entry.title.pick(lang)), kLabelColumns)};
    p.label_w = std::min(kMaxLabel, std::max(text_width(p.title, kColumnPx), text_width(p.date, kColumnPx * 0.85)) + 4);
    p.label_x = std::clamp(p.point_x - 4, kMargin / 2, kWidth - kMargin / 2 - p.label_w);
    std::size_t row = 0;
    while (row < row_end.size() && row_end[row] + kLabelGap > p.label_x) ++row;
    if (row == row_end.size()) row_end.push_back(0);
    row_end[row] = p.label_x + p.label_w;
    p.label_y = axis_y + kAxisGap + static_cast<double>(row) * (kRowHeight + kRowGap);
    lane.bottom = std::max(lane.bottom, p.label_y + kRowHeight);
    lane.placed.push_back(std::move(p));
  }
  return lane;
}

int tick_step(double span) {
  for (int step : {1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000})
    if (span / step <= 16) return step;
  return 2000;
}

std::string axis_svg(const Scale& scale, double y, double band_top, double band_bottom) {
  std::string out = fmt::format(
      "<line class=\"axis\" x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#555\" "
      "stroke-width=\"1.5\"/>\n",
      kMargin, y, kWidth - kMargin, y);
  const int step = tick_step(scale.to - scale.from);
  for (int year = static_cast<int>(std::ceil(scale.from / step)) * step; year <= scale.to; year += step) {
    const double x = scale.x(year);
    out += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1:.1f}\" x2=\"{0:.1f}\" y2=\"{2:.1f}\" stroke=\"#ddd\"/>\n", x,
                       band_top, band_bottom);
    out += fmt::format(
        "<text class=\"tick\" x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"11\" fill=\"#666\" "
        "text-anchor=\"middle\">{}</text>\n",
        x, y - 6, year <= 0 ? fmt::format("{} BCE", 1 - year) : std::to_string(year));
  }
  return out;
}

std::string items_svg(const Lane& lane, const char* colour, Lang lang) {
  std::string out;
  for (const auto& p : lane.placed) {
    const auto& e = p.item->entry;
    out += fmt::format(
        "<g class=\"item\" id=\"item-{}\" data-x=\"{:.1f}\" data-y=\"{:.1f}\" data-w=\"{:.1f}\" data-h=\"{:.1f}\">\n",
        xml_escape(e.id), p.label_x, p.label_y, p.label_w, kRowHeight);
    out += "<title>" + xml_escape(e.date_display + " — " + one_line(e.title.pick(lang))) + "</title>\n";
    out += fmt::format(
        "<line x1=\"{0:.1f}\" y1=\"{1:.1f}\" x2=\"{0:.1f}\" y2=\"{2:.1f}\" stroke=\"{3}\" stroke-opacity=\"0.45\"/>\n",
        p.point_x, lane.axis_y, p.label_y + 2, colour);
    out += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"4.5\" fill=\"{}\"/>\n", p.point_x, lane.axis_y, colour);
    out += fmt::format(
        "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" rx=\"3\" fill=\"#fff\" "
        "fill-opacity=\"0.85\" stroke=\"{}\" stroke-opacity=\"0.35\"/>\n",
        p.label_x, p.label_y, p.label_w, kRowHeight, colour);
    out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"11\" fill=\"#555\">{}</text>\n", p.label_x + 3,
                       p.label_y + 13, xml_escape(p.date));
    out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"13\" fill=\"#111\">{}</text>\n</g>\n",
                       p.label_x + 3, p.label_y + 30, xml_escape(p.title));
  }
  return out;
}

}  // namespace

std::string timeline_svg(const Timeline& tl) {
  const Scale scale = scale_of(tl);
  std::vector<const TimelineItem*> history, ai;
  for (const auto& item : tl.items) (tl.two_lanes && item.lane == views::Lane::ai ? ai : history).push_back(&item);
  const Lane first = place_lane(history, scale, kTop + 30, tl.lang);
  Lane second;
  if (tl.two_lanes) second = place_lane(ai, scale, first.bottom + kLaneGap, tl.lang);
  const double height = (tl.two_lanes ? second.bottom : first.bottom) + 30;

  std::string out = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0:.0f} {1:.0f}\" width=\"{0:.0f}\" height=\"{1:.0f}\" "
      "font-family=\"{2}\" role=\"img\" aria-label=\"{3}\">\n",
      kWidth, height, kFontFamily, xml_escape(timeline_title(tl)));
  out += "<title>" + xml_escape(timeline_title(tl)) + "</title>\n";
  out += fmt::format("<rect width=\"{:.0f}\" height=\"{:.0f}\" fill=\"#ffffff\"/>\n", kWidth, height);
  out += "<g class=\"eras\">\n";
  for (std::size_t i = 0; i < tl.eras.size(); ++i) {
    const auto& era = tl.eras[i];
    const double x1 = std::max(kMargin, scale.x(era.start)), x2 = std::min(kWidth - kMargin, scale.x(era.end + 1));
    if (x2 <= x1) continue;
    out +=
        fmt::format("<rect class=\"era\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\"/>\n",
                    x1, kTop - 8, x2 - x1, height - kTop - 10, kEraColours[i % std::size(kEraColours)]);
    out += fmt::format("<text class=\"era-name\" x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"12\" fill=\"#445\">{}</text>\n",
                       x1 + 4, kTop + 6,
                       xml_escape(truncate_display(era.name.pick(tl.lang), static_cast<std::size_t>((x2 - x1) / 7))));
  }
  out += "</g>\n";
  out += fmt::format("<text x=\"{:.0f}\" y=\"36\" font-size=\"22\" font-weight=\"bold\" fill=\"#111\">{}</text>\n",
                     kMargin, xml_escape(timeline_title(tl)));
  out += axis_svg(scale, first.axis_y, kTop + 14, first.bottom);
  if (tl.two_lanes) {
    out += axis_svg(scale, second.axis_y, second.axis_y - 8, second.bottom);
    out += fmt::format("<text x=\"6\" y=\"{:.1f}\" font-size=\"12\" font-weight=\"bold\" fill=\"#1f4e99\">{}</text>\n",
                       first.axis_y + 4, say(tl.lang, Msg::history));
    out += fmt::format("<text x=\"6\" y=\"{:.1f}\" font-size=\"12\" font-weight=\"bold\" fill=\"#b03a2e\">{}</text>\n",
                       second.axis_y + 4, say(tl.lang, Msg::ai_race));
  }
  out += "<g class=\"links\">\n";
  const auto find_point = [](const Lane& lane, const std::string& id) -> const Placed* {
    for (const auto& p : lane.placed)
      if (p.item->entry.id == id) return &p;
    return nullptr;
  };
  for (const auto& link : tl.links) {
    const Placed* a = find_point(first, link.from);
    const Placed* b = find_point(second, link.to);
    if (!a || !b) continue;
    out += fmt::format(
        "<path class=\"link\" d=\"M{:.1f},{:.1f} C{:.1f},{:.1f} {:.1f},{:.1f} {:.1f},{:.1f}\" fill=\"none\" "
        "stroke=\"#8e44ad\" stroke-opacity=\"0.35\" stroke-width=\"1.5\"><title>{}</title></path>\n",
        a->point_x, first.axis_y, a->point_x, second.axis_y - 40, b->point_x, first.axis_y + 40, b->point_x,
        second.axis_y, xml_escape(one_line(link.analogy.fits.pick(tl.lang))));
  }
  out += "</g>\n<g class=\"items\">\n" + items_svg(first, "#1f4e99", tl.lang);
  if (tl.two_lanes) out += items_svg(second, "#b03a2e", tl.lang);
  out += "</g>\n</svg>\n";
  return out;
}

std::string timeline_html(const Timeline& tl) {
  const std::string lang = model::lang_code(tl.lang);
  std::string out = "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n";
  // No network: the page carries its own style and script, and forbids fetching anything.
  out +=
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
      "script-src 'unsafe-inline'; img-src data:\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
         xml_escape(timeline_title(tl)) + "</title>\n";
  out += std::string("<style>\nbody{margin:0;font-family:") + kFontFamily +
         ";color:#111;background:#fafafa}\nheader{display:flex;gap:.5em;align-items:center;padding:.6em 1em;"
         "background:#fff;border-bottom:1px solid #ddd;position:sticky;top:0}\nheader h1{font-size:1.1em;margin:0 1em "
         "0 0}\n"
         "button{font:inherit;padding:.2em .7em}\n#viewport{overflow:auto;padding:1em}\n#viewport "
         "svg{display:block;height:auto}\n"
         "table{border-collapse:collapse;margin:1em}td,th{border:1px solid #ddd;padding:.2em "
         ".5em;text-align:left}\n</style>\n</head>\n<body>\n";
  out += "<header><h1>" + xml_escape(timeline_title(tl)) + "</h1>" +
         "<button id=\"zoom-out\" title=\"zoom out\">−</button><button id=\"zoom-reset\">100%</button>"
         "<button id=\"zoom-in\" title=\"zoom in\">+</button></header>\n";
  out += "<div id=\"viewport\">\n" + timeline_svg(tl) + "</div>\n";
  out += "<details><summary>" + say(tl.lang, Msg::all_entries) + "</summary>\n<table>\n";
  for (const auto& item : tl.items) {
    out += "<tr><td>" + xml_escape(item.entry.date_display) + "</td><td>" + xml_escape(item.entry.title.pick(tl.lang)) +
           "</td><td>";
    for (const auto& s : item.sources) out += "<div class=\"source\">" + xml_escape(source_line(s)) + "</div>";
    out += "</td></tr>\n";
  }
  out += "</table>\n</details>\n";
  out +=
      "<script>\n(function(){var svg=document.querySelector('#viewport svg');var base=svg.viewBox.baseVal.width;"
      "var zoom=1;function apply(){svg.style.width=(base*zoom)+'px';"
      "document.getElementById('zoom-reset').textContent=Math.round(zoom*100)+'%';}"
      "document.getElementById('zoom-in').onclick=function(){zoom=Math.min(8,zoom*1.25);apply();};"
      "document.getElementById('zoom-out').onclick=function(){zoom=Math.max(0.25,zoom/1.25);apply();};"
      "document.getElementById('zoom-reset').onclick=function(){zoom=1;apply();};"
      "document.getElementById('viewport').addEventListener('wheel',function(e){if(!e.ctrlKey)return;e.preventDefault()"
      ";"
      "zoom=Math.min(8,Math.max(0.25,zoom*(e.deltaY<0?1.1:1/1.1)));apply();},{passive:false});"
      "apply();document.body.setAttribute('data-rendered',document.querySelectorAll('#viewport g.item').length);"
      // Whether Japanese really draws: a missing font renders 人 like an unknown character
      // (a box, or nothing), so the two glyphs' pixels are identical.
      "function glyph(ch){var c=document.createElement('canvas');c.width=c.height=32;var x=c.getContext('2d');"
      "x.font='24px '+getComputedStyle(document.body).fontFamily;x.fillText(ch,2,26);"
      "return Array.prototype.join.call(x.getImageData(0,0,32,32).data,'');}"
      "document.body.setAttribute('data-cjk',glyph('\\u4eba')!==glyph('\\uffff')?'drawn':'missing');})();\n"
      "</script>\n</body>\n</html>\n";
  return out;
}

}  // namespace sputnik::render
