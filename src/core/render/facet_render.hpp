// SPDX-License-Identifier: MIT
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/render/style.hpp"
#include "core/views/facets.hpp"

namespace sputnik::render {

/// "era       Space Race 12 · Energy Crisis 3 · (none) 1", one facet per line, wrapped.
std::string render_facets_text(const std::vector<views::Facet>& facets, const Style& style);
/// One Markdown bullet per facet.
std::string render_facets_markdown(const std::vector<views::Facet>& facets, model::Lang lang);
/// [{"name": "era", "values": [{"key": …, "label": …, "count": …}]}]
nlohmann::ordered_json facets_json(const std::vector<views::Facet>& facets, model::Lang lang);

}  // namespace sputnik::render
