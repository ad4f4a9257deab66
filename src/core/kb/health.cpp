// SPDX-License-Identifier: MIT
#include "core/kb/health.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <set>

#include "core/model/vocab.hpp"
#include "core/util/text.hpp"

namespace sputnik::kb {
namespace {

using model::EntryType;

bool cites_primary(const std::vector<std::string>& ids, const std::set<std::string>& primary) {
  for (const auto& id : ids)
    if (primary.count(id)) return true;
  return false;
}

std::string percent(int part, int whole) { return whole ? fmt::format("{:.0f}%", 100.0 * part / whole) : "—"; }

std::string counts_text(const std::vector<std::pair<std::string, int>>& counts) {
  std::vector<std::string> parts;
  for (const auto& [name, n] : counts) parts.push_back(fmt::format("{} {}", name, n));
  return util::join(parts, " · ");
}

void count_entry(Health& h, const model::Entry& e) {
  switch (e.type) {
    case EntryType::moment:
      ++h.moments;
      break;
    case EntryType::response:
      ++h.responses;
      break;
    case EntryType::ai_event:
      ++h.ai_events;
      break;
    case EntryType::spillover:
      ++(e.status == model::status::myth ? h.myths : e.status == model::status::disputed ? h.disputed : h.facts);
      break;
    case EntryType::analogy:
      break;
  }
}

}  // namespace

Health health(const model::Corpus& corpus) {
  Health h;
  std::set<std::string> primary;
  for (const auto& s : corpus.sources)
    if (s.primary) primary.insert(s.id);
  h.sources = static_cast<int>(corpus.sources.size());
  h.primary_sources = static_cast<int>(primary.size());

  std::vector<model::Era> eras = corpus.eras;
  std::stable_sort(eras.begin(), eras.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
  std::vector<int> per_era(eras.size() + 1, 0);
  const auto categories = model::categories().terms();
  std::vector<int> per_category(categories.size() + 1, 0);
  for (const auto& e : corpus.entries) {
    count_entry(h, e);
    std::size_t era = eras.size();
    for (std::size_t i = 0; i < eras.size(); ++i)
      if (eras[i].id == e.era) era = i;
    ++per_era[era];
    if (e.type == EntryType::spillover) ++per_category[static_cast<std::size_t>(model::categories().rank(e.category))];
    ++h.cited;
    h.cited_with_primary += cites_primary(e.sources, primary);
    for (const auto& f : e.figures) {
      ++h.figures;
      h.figures_with_source += !f.source.empty();
    }
  }
  for (const auto& a : corpus.analogies) {
    ++h.analogies;
    ++h.cited;
    h.cited_with_primary += cites_primary(a.sources, primary);
  }
  for (std::size_t i = 0; i < eras.size(); ++i) h.entries_by_era.emplace_back(eras[i].name.en, per_era[i]);
  if (per_era.back()) h.entries_by_era.emplace_back("(no era)", per_era.back());
  for (std::size_t i = 0; i < categories.size(); ++i)
    h.spillovers_by_category.emplace_back(std::string(categories[i].id), per_category[i]);
  return h;
}

std::string format_health(const Health& h, std::size_t width) {
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"entries", fmt::format("moments {} · responses {} · spillovers {} (fact {}, disputed {}, myth {}) · "
                              "AI events {} · analogies {}",
                              h.moments, h.responses, h.facts + h.disputed + h.myths, h.facts, h.disputed, h.myths,
                              h.ai_events, h.analogies)},
      {"by era", counts_text(h.entries_by_era)},
      {"by category", counts_text(h.spillovers_by_category)},
      {"sources", fmt::format("{} sources, {} primary ({}); entries and analogies citing a primary source: {} of {} "
                              "({}); figures with a source: {} of {}",
                              h.sources, h.primary_sources, percent(h.primary_sources, h.sources), h.cited_with_primary,
                              h.cited, percent(h.cited_with_primary, h.cited), h.figures_with_source, h.figures)}};
  constexpr std::size_t label_width = 13;
  std::string out = "corpus health:\n";
  for (const auto& [label, text] : rows) {
    const auto lines = util::wrap(text, width > label_width + 20 ? width - label_width - 2 : 40);
    for (std::size_t i = 0; i < lines.size(); ++i)
      out += fmt::format("  {:<{}}{}\n", i == 0 ? label : "", label_width, lines[i]);
  }
  return out;
}

}  // namespace sputnik::kb
