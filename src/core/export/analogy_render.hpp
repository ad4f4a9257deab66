// SPDX-License-Identifier: MIT
#pragma once
#include <string>

#include "core/export/style.hpp"
#include "core/index/searcher.hpp"
#include "core/query/analogy.hpp"

namespace sputnik::out {

/// Bumped when a field of the JSON output changes meaning or disappears.
inline constexpr int kAnalogyFormatVersion = 1;

std::string render_analogy_text(const query::AnalogyView& view, const Style& style);
std::string render_analogy_json(const query::AnalogyView& view);
std::string render_analogy_markdown(const query::AnalogyView& view, model::Lang lang);

std::string render_narrative_text(const query::Narrative& story, const Style& style);
std::string render_narrative_jsonl(const query::Narrative& story);
std::string render_narrative_json(const query::Narrative& story);
std::string render_narrative_markdown(const query::Narrative& story, model::Lang lang);

std::string render_compare_text(const query::MomentProfile& a, const query::MomentProfile& b, const Style& style);
std::string render_compare_json(const query::MomentProfile& a, const query::MomentProfile& b);
std::string render_compare_markdown(const query::MomentProfile& a, const query::MomentProfile& b, model::Lang lang);

std::string render_similar_text(const std::string& id, const index::SimilarResult& result, const Style& style);
std::string render_similar_jsonl(const index::SimilarResult& result);
std::string render_similar_json(const std::string& id, const index::SimilarResult& result);

/// The phase as a heading: "Institutional response", "制度的対応".
std::string phase_label(std::string_view phase, model::Lang lang);

}  // namespace sputnik::out
