// SPDX-License-Identifier: MIT
#include "core/render/facet_render.hpp"

#include <fmt/format.h>

#include "core/render/table.hpp"
#include "core/util/text.hpp"

namespace sputnik::render {
namespace {

std::vector<std::string> value_texts(const views::Facet& facet) {
  std::vector<std::string> out;
  for (const auto& v : facet.values) out.push_back(fmt::format("{} {}", v.label, v.count));
  return out;
}

}  // namespace

std::string render_facets_text(const std::vector<views::Facet>& facets, const Style& style) {
  if (facets.empty()) return {};
  Table table{{{"facet"}, {"counts", false, true}}, {}};
  for (const auto& facet : facets) table.rows.push_back({{facet.name, util::join(value_texts(facet), " · ")}});
  return style.bold("Facets") + "\n" + render_text_table(table, style, false);
}

std::string render_facets_markdown(const std::vector<views::Facet>& facets) {
  if (facets.empty()) return {};
  std::string out = "**Facets**\n\n";
  for (const auto& facet : facets)
    out += fmt::format("- **{}**: {}\n", facet.name, markdown_cell(util::join(value_texts(facet), " · ")));
  return out;
}

nlohmann::ordered_json facets_json(const std::vector<views::Facet>& facets) {
  auto out = nlohmann::ordered_json::array();
  for (const auto& facet : facets) {
    auto values = nlohmann::ordered_json::array();
    for (const auto& v : facet.values) values.push_back({{"key", v.key}, {"label", v.label}, {"count", v.count}});
    out.push_back({{"name", facet.name}, {"values", values}});
  }
  return out;
}

}  // namespace sputnik::render
