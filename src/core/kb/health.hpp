// SPDX-License-Identifier: MIT
#pragma once
// The corpus health summary `validate --strict` prints: what the kb holds, where in time
// and in which categories, and how much of it rests on primary sources.
#include <string>
#include <utility>
#include <vector>

#include "core/model/entities.hpp"

namespace sputnik::kb {

struct Health {
  int moments = 0, responses = 0, ai_events = 0, analogies = 0;
  int facts = 0, disputed = 0, myths = 0;
  std::vector<std::pair<std::string, int>> entries_by_era;          ///< era name → dated entries, time order
  std::vector<std::pair<std::string, int>> spillovers_by_category;  ///< the category vocabulary's order
  int sources = 0, primary_sources = 0;
  int cited = 0, cited_with_primary = 0;  ///< entries and analogies, and those citing a primary source
  int figures = 0, figures_with_source = 0;
};

/// Counts over a resolved corpus (kb::resolve has filled in the eras).
Health health(const model::Corpus& corpus);

/// Indented lines for a terminal, each at most `width` columns.
std::string format_health(const Health& h, std::size_t width);

}  // namespace sputnik::kb
