// SPDX-License-Identifier: MIT
#pragma once
#include <string>

#include "core/model/search.hpp"
#include "core/render/formats.hpp"
#include "core/render/style.hpp"
#include "core/views/analogy.hpp"

namespace sputnik::render {

/// Bumped when a field of the JSON output changes meaning or disappears.
inline constexpr int kAnalogyFormatVersion = 1;

std::string render_analogy_text(const views::AnalogyView& view, const Style& style);
std::string render_analogy_json(const views::AnalogyView& view);
std::string render_analogy_markdown(const views::AnalogyView& view, model::Lang lang);

std::string render_narrative_text(const views::Narrative& story, const Style& style);
std::string render_narrative_jsonl(const views::Narrative& story);
std::string render_narrative_json(const views::Narrative& story);
std::string render_narrative_markdown(const views::Narrative& story, model::Lang lang);

std::string render_compare_text(const views::MomentProfile& a, const views::MomentProfile& b, const Style& style);
std::string render_compare_json(const views::MomentProfile& a, const views::MomentProfile& b);
std::string render_compare_markdown(const views::MomentProfile& a, const views::MomentProfile& b, model::Lang lang);

std::string render_similar_text(const std::string& id, const model::SimilarResult& result, const Style& style);
std::string render_similar_jsonl(const model::SimilarResult& result);
std::string render_similar_json(const std::string& id, const model::SimilarResult& result);

/// The phase as a heading: "Institutional response", "制度的対応".
std::string phase_label(std::string_view phase, model::Lang lang);

struct CompareOutput {
  const views::MomentProfile& a;
  const views::MomentProfile& b;
};
struct SimilarOutput {
  const std::string& id;
  const model::SimilarResult& result;
};
FormatTable<views::AnalogyView> analogy_formats();
FormatTable<views::Narrative> narrative_formats();
FormatTable<CompareOutput> compare_formats();
FormatTable<SimilarOutput> similar_formats();

}  // namespace sputnik::render
