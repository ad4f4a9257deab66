// SPDX-License-Identifier: MIT
#include "core/render/facet_render.hpp"

#include <fmt/format.h>

#include "core/render/messages.hpp"
#include "core/render/table.hpp"
#include "core/util/text.hpp"

namespace sputnik::render {
namespace {

std::string label_of(const views::FacetValue& v, model::Lang lang) {
  return v.key.empty() ? say(lang, Msg::none_value) : v.label.pick(lang);
}

std::vector<std::string> value_texts(const views::Facet& facet, model::Lang lang) {
  std::vector<std::string> out;
  for (const auto& v : facet.values) out.push_back(fmt::format("{} {}", label_of(v, lang), v.count));
  return out;
}

}  // namespace

std::string render_facets_text(const std::vector<views::Facet>& facets, const Style& style) {
  if (facets.empty()) return {};
  Table table{{{say(style.lang, Msg::col_facet)}, {say(style.lang, Msg::col_counts), false, true}}, {}};
  for (const auto& facet : facets)
    table.rows.push_back({{facet.name, util::join(value_texts(facet, style.lang), " · ")}});
  return style.bold(say(style.lang, Msg::facets)) + "\n" + render_text_table(table, style, false);
}

std::string render_facets_markdown(const std::vector<views::Facet>& facets, model::Lang lang) {
  if (facets.empty()) return {};
  std::string out = "**" + say(lang, Msg::facets) + "**\n\n";
  for (const auto& facet : facets)
    out += fmt::format("- **{}**: {}\n", facet.name, markdown_cell(util::join(value_texts(facet, lang), " · ")));
  return out;
}

nlohmann::ordered_json facets_json(const std::vector<views::Facet>& facets, model::Lang lang) {
  auto out = nlohmann::ordered_json::array();
  for (const auto& facet : facets) {
    auto values = nlohmann::ordered_json::array();
    for (const auto& v : facet.values)
      values.push_back({{"key", v.key}, {"label", label_of(v, lang)}, {"count", v.count}});
    out.push_back({{"name", facet.name}, {"values", values}});
  }
  return out;
}

}  // namespace sputnik::render
