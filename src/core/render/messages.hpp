// SPDX-License-Identifier: MIT
#pragma once
// Every fixed text sputnik shows people, listed once per language (messages.cpp). Renderers
// ask for a message by name; the labels of the kb's vocabularies live in model/vocab.
// Placeholders are named (`{n}`, `{title}`), so a language may reorder or leave out what its
// grammar does not need. A message without Japanese yet falls back to English.
#include <fmt/format.h>
#include <span>
#include <string>
#include <string_view>

#include "core/model/text.hpp"

namespace sputnik::render {

enum class Msg {
  // shared
  history,
  ai_race,
  other,
  none_value,
  no_named_era,
  all_spillovers,
  fits,
  breaks,
  fits_md,
  breaks_md,
  // offsets from t0
  offset_days,
  offset_months,
  offset_years,
  offset_years_months,
  offset_same_year,
  offset_after,
  offset_before,
  // analogy, narrative, compare, similar
  analogy_intro,
  analogy_no_links,
  analogy_nothing_yet,
  analogy_next_heading,
  analogy_next_heading_md,
  analogy_next_row,
  col_offset,
  col_ai_same_offset,
  narrative_heading,
  analogy_not_recorded,
  recorded_to,
  metric_first_response,
  metric_first_institution,
  metric_responses,
  metric_largest_sum,
  metric_spillovers,
  metric_years_to_spillovers,
  metric_ai_links,
  lag_median,
  similar_words,
  similar_shares,
  // eras and stats
  col_era,
  col_years,
  col_decade,
  col_moments,
  col_responses,
  col_spillovers,
  col_myths,
  col_ai_events,
  named_eras,
  decades,
  eras_footer,
  stats_corpus,
  stats_counts,
  stats_sources,
  stats_eras,
  stats_lag_by_moment,
  stats_lag_by_moment_md,
  stats_lag_by_category,
  col_moment,
  col_category,
  col_n,
  col_median,
  col_min,
  col_max,
  // spillovers
  col_year,
  col_spillover,
  col_lag,
  col_status,
  col_descends_from,
  spill_count,
  spill_count_limited,
  spill_era,
  spill_categories,
  spill_from,
  spill_matching,
  spill_statuses,
  spill_myths_hidden,
  // search and facets
  search_range,
  search_range_about,
  link_to_ai_race,
  link_to_history,
  search_missing,
  search_corrected,
  search_partial_only,
  search_explain,
  // annotate
  annotate_heading,
  annotate_not_covered,
  annotate_figure,
  annotate_true_origin,
  annotate_claimed,
  annotate_note,
  annotate_md_title,
  // an id the catalog does not have
  unknown_entry_id,
  unknown_moment_id,
  unknown_ai_event_id,
  unknown_id_candidates,
  unknown_id_run,
  unknown_id_search,
  facets,
  col_facet,
  col_counts,
  // show
  show_sources,
  show_primary,
  show_actors,
  show_label,
  show_country,
  show_figures,
  show_tags,
  show_account,
  show_popular_claim,
  show_how_it_descends,
  show_true_origin,
  show_note,
  show_answers,
  show_descends_from,
  show_same_event,
  show_responses,
  show_spillovers,
  show_led_to,
  show_parallels,
  show_ai_links,
  show_defined_at,
  show_analogy,
  show_cited_by,
  show_years_after,
  show_see_below,
  show_fits,
  show_breaks,
  // timelines
  col_date,
  col_event,
  col_type,
  col_lane,
  analogy_links,
  circa_suffix,
  source_prefix,
  n_events,
  slide_sources,
  slide_subtitle,
  deck_notes,
  all_entries,
  title_ai_race,
  title_search,
  title_era,
  title_everything,
  count_  ///< not a message: the number of them
};

/// The message in `lang` (English when it has no Japanese yet).
std::string_view text(Msg m, model::Lang lang);

/// The message with its named placeholders filled: say(lang, Msg::n_events, fmt::arg("n", 3)).
template <class... Args>
std::string say(model::Lang lang, Msg m, const Args&... args) {
  return fmt::format(fmt::runtime(text(m, lang)), args...);
}

/// "s" when `n` is not one (for English plurals; other languages ignore the placeholder).
inline const char* plural_s(long long n) { return n == 1 ? "" : "s"; }

/// For tests: the English and Japanese of every message, in enum order.
struct MessageRow {
  Msg id;
  std::string_view en, ja;
};
std::span<const MessageRow> all_messages();

}  // namespace sputnik::render
