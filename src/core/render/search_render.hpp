// SPDX-License-Identifier: MIT
#pragma once
#include <string>

#include "core/model/search.hpp"
#include "core/render/formats.hpp"
#include "core/render/style.hpp"
#include "core/views/facets.hpp"

namespace sputnik::render {

/// Bumped when a field of the JSON output changes meaning or disappears.
inline constexpr int kSearchFormatVersion = 1;

std::string render_search_text(const model::SearchResult& result, const model::SearchRequest& request,
                               const Style& style);
/// One compact JSON object per hit and line (the fields of "hits" in render_search_json).
std::string render_search_jsonl(const model::SearchResult& result);
/// With `facets`, a "facets" member counts the whole match set (search --facets).
std::string render_search_json(const model::SearchResult& result, const model::SearchRequest& request,
                               const std::vector<views::Facet>* facets = nullptr);

/// What `search` shows: the page of hits, and what was asked for.
struct SearchOutput {
  const model::SearchResult& result;
  const model::SearchRequest& request;
  const std::vector<views::Facet>* facets = nullptr;  ///< with --facets
  bool explain = false;                               ///< print the parsed query first (text)
};
FormatTable<SearchOutput> search_formats();

}  // namespace sputnik::render
