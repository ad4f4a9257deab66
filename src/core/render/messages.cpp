// SPDX-License-Identifier: MIT
// The one place for fixed display text: English and Japanese side by side, row by row.
#include "core/render/messages.hpp"

#include <array>

namespace sputnik::render {
namespace {

constexpr MessageRow kMessages[] = {
    // shared
    {Msg::history, "History", "歴史"},
    {Msg::ai_race, "AI race", "AI競争"},
    {Msg::other, "Other", "その他"},
    {Msg::none_value, "(none)", "（なし）"},
    {Msg::no_named_era, "(no named era)", "（時代区分なし）"},
    {Msg::all_spillovers, "All spillovers", "すべての波及技術"},
    {Msg::fits, "fits: ", "重なる点: "},
    {Msg::breaks, "breaks: ", "ずれる点: "},
    {Msg::fits_md, "*Fits:*", "*重なる点:*"},
    {Msg::breaks_md, "*Breaks:*", "*ずれる点:*"},
    // offsets from t0
    {Msg::offset_days, "{n} day{s}", "{n}日"},
    {Msg::offset_months, "{n} month{s}", "{n}か月"},
    {Msg::offset_years, "{n} year{s}", "{n}年"},
    {Msg::offset_years_months, "{years} {months}", "{years}{months}"},
    {Msg::offset_same_year, "≈ t0 (same year)", "≈ t0（同年）"},
    {Msg::offset_after, " + ", "＋"},
    {Msg::offset_before, " − ", "−"},
    // analogy, narrative, compare, similar
    {Msg::analogy_intro,
     "History on the left from its shock (t0 = {moment_date}); the AI race on the right from {t0_title} "
     "(t0 = {t0_date}), at the same offsets. As of {as_of} the AI race is at {now}.",
     "左は歴史（t0 = {moment_date}）、右はAI競争（t0 = {t0_date}）。同じ間隔で並べる。{as_of}時点でAI競争は{now}。"},
    {Msg::analogy_no_links,
     "No analogy links from this moment's family yet, so the right-hand column only shows what happened at the "
     "same offsets. To add links, see kb/README.md (\"[[analogy]]\"); `sputnik search type:analogy` lists the "
     "existing ones.",
     "この出来事の系統からAI競争へのアナロジーのリンクはまだない。右欄は同じ間隔で起きた出来事だけを示す。"
     "リンクの追加は kb/README.md の「[[analogy]]」を参照。"},
    {Msg::analogy_nothing_yet, "— nothing yet (that offset is {month})", "— まだ来ていない（同じ間隔なら {month}）"},
    {Msg::analogy_next_heading, "What this history would put next — an analogy, not a forecast",
     "この歴史が次に示すもの（予測ではなくアナロジー）"},
    {Msg::analogy_next_heading_md, "What this history would put next (an analogy, not a forecast)",
     "この歴史が次に示すもの（予測ではなくアナロジー）"},
    {Msg::analogy_next_row, "{offset} ({date}): {title} — the same distance from the AI t0 is {month}",
     "{offset}（{date}）: {title} — AI競争で同じ間隔なら {month}"},
    {Msg::col_offset, "Offset", "経過"},
    {Msg::col_ai_same_offset, "AI race, same offset", "AI競争（同じ間隔）"},
    {Msg::narrative_heading, "The AI race, with its historical parallels", "AI競争の歩みと歴史上の類例"},
    {Msg::analogy_not_recorded, "— not recorded yet: the kb's AI race ends at {to} (that offset is {month})",
     "— 未収録（このkbのAI競争の記録は{to}まで。同じ間隔なら {month}）"},
    {Msg::recorded_to, "AI race recorded up to {to}", "AI競争の記録は{to}まで"},
    {Msg::metric_first_response, "first response", "最初の対応"},
    {Msg::metric_first_institution, "first institution", "最初の制度的対応"},
    {Msg::metric_responses, "responses", "対応の数"},
    {Msg::metric_largest_sum, "largest stated sum", "最大の金額"},
    {Msg::metric_spillovers, "spillovers", "波及技術"},
    {Msg::metric_years_to_spillovers, "years to spillovers", "波及までの年数"},
    {Msg::metric_ai_links, "AI-race links", "AI競争へのリンク"},
    {Msg::lag_median, "median {median} year{s} ({min}–{max})", "中央値{median}年（{min}〜{max}年）"},
    {Msg::similar_words, "Most telling words of {id}: {terms}", "特徴語: {id}: {terms}"},
    {Msg::similar_shares, "shares: ", "共通語: "},
    // eras and stats
    {Msg::col_era, "ERA", "時代"},
    {Msg::col_years, "YEARS", "年"},
    {Msg::col_decade, "DECADE", "年代"},
    {Msg::col_moments, "MOMENTS", "衝撃"},
    {Msg::col_responses, "RESPONSES", "対応"},
    {Msg::col_spillovers, "SPILLOVERS", "波及技術"},
    {Msg::col_myths, "MYTHS", "俗説"},
    {Msg::col_ai_events, "AI EVENTS", "AI競争"},
    {Msg::named_eras, "Named eras", "時代区分"},
    {Msg::decades, "Decades", "年代別"},
    {Msg::eras_footer, "Counts are of entries dated inside each period; eras may overlap. SPILLOVERS leaves out myths.",
     ""},
    {Msg::stats_corpus, "Corpus", ""},
    {Msg::stats_counts,
     "moments {moments} · responses {responses} · spillovers {spillovers} (fact {facts}, disputed {disputed}, myth "
     "{myths}) · AI events {ai_events} · analogies {analogies}",
     ""},
    {Msg::stats_sources,
     "sources {sources} (primary {primary}, {primary_share}) · entries citing a primary source {cited} of {entries} "
     "({cited_share})",
     ""},
    {Msg::stats_eras, "eras {eras} · countries {countries}", ""},
    {Msg::stats_lag_by_moment, "Years from shock to spillover, per moment (myths left out)", ""},
    {Msg::stats_lag_by_moment_md, "Years from shock to spillover, per moment", ""},
    {Msg::stats_lag_by_category, "Years from shock to spillover, per category", ""},
    {Msg::col_moment, "Moment", ""},
    {Msg::col_category, "Category", "分野"},
    {Msg::col_n, "N", ""},
    {Msg::col_median, "Median", ""},
    {Msg::col_min, "Min", ""},
    {Msg::col_max, "Max", ""},
    // spillovers
    {Msg::col_year, "Year", "年"},
    {Msg::col_spillover, "Spillover", "波及技術"},
    {Msg::col_lag, "Lag", "経過年"},
    {Msg::col_status, "Status", "確度"},
    {Msg::col_descends_from, "Descends from", "由来"},
    {Msg::spill_count, "{n} spillover{s}", ""},
    {Msg::spill_count_limited, "{shown} of {total} spillovers (--limit)", ""},
    {Msg::spill_era, "era {era}", ""},
    {Msg::spill_categories, "category {categories}", ""},
    {Msg::spill_from, "from {moment}", ""},
    {Msg::spill_matching, "matching '{text}'", ""},
    {Msg::spill_statuses, "status {statuses}", ""},
    {Msg::spill_myths_hidden, " (myths hidden: --status all shows them, labelled)", ""},
    // search and facets
    {Msg::search_range, "{first}–{last} of {total} matches", ""},
    {Msg::search_range_about, "{first}–{last} of about {total} matches", ""},
    {Msg::link_to_ai_race, "↔ AI race", ""},
    {Msg::link_to_history, "↔ history", ""},
    {Msg::search_missing, "missing: {words}", "含まない語: {words}"},
    {Msg::search_corrected, "showing results for \"{corrected}\" (you typed \"{typed}\")",
     "「{corrected}」の結果を表示しています（入力: 「{typed}」）"},
    {Msg::search_partial_only,
     "no entry holds every word of '{query}'; showing those with most of them (--all-words shows none)",
     "「{query}」の語をすべて含む項目はありません。多くを含む項目を表示します（--all-words で完全一致のみ）"},
    {Msg::search_explain, "explain: {line}", "解析: {line}"},
    // annotate
    {Msg::annotate_heading,
     "{n} sentence{s} checked against the corpus: {covered} covered, {uncovered} not covered (min score {min}).",
     "{n}文をコーパスと照合：該当あり{covered}、該当なし{uncovered}（最低スコア{min}）。"},
    {Msg::annotate_not_covered, "not covered: no entry scores {min} or more",
     "該当なし：スコア{min}以上の項目はありません"},
    {Msg::annotate_figure, "figure {quoted}: the kb records {value} — {what}",
     "数字 {quoted}：kbの記録は{value}（{what}）"},
    {Msg::annotate_true_origin, "true origin: {text}", "実際の起源：{text}"},
    {Msg::annotate_claimed, "the claimed link: {text}", "主張されている経緯：{text}"},
    {Msg::annotate_note, "note: {text}", "注：{text}"},
    {Msg::annotate_md_title, "Checked against the sputnik corpus", "sputnikコーパスによる照合"},
    // an id the catalog does not have
    {Msg::unknown_entry_id, "no entry has the id '{id}'", "ID「{id}」の項目はありません"},
    {Msg::unknown_moment_id, "no moment has the id '{id}'", "ID「{id}」のショック（moment）はありません"},
    {Msg::unknown_ai_event_id, "no AI-race event has the id '{id}'", "ID「{id}」のAI競争の出来事はありません"},
    {Msg::unknown_id_candidates, "; did you mean one of these?", "。次のいずれかではありませんか？"},
    {Msg::unknown_id_run, "run `{command}`", "`{command}` を実行してください"},
    {Msg::unknown_id_search, "`sputnik search WORDS` finds ids", "IDは `sputnik search 語句` で探せます"},
    {Msg::facets, "Facets", ""},
    {Msg::col_facet, "facet", ""},
    {Msg::col_counts, "counts", ""},
    // show
    {Msg::show_sources, "Sources", ""},
    {Msg::show_primary, " (primary)", ""},
    {Msg::show_actors, "Shocking side: {shocking}   Shocked: {shocked}", ""},
    {Msg::show_label, "\"Sputnik moment\" label: {label}", ""},
    {Msg::show_country, "Country: {country}", ""},
    {Msg::show_figures, "Figures", ""},
    {Msg::show_tags, "Tags: {tags}", ""},
    {Msg::show_account, "Account", ""},
    {Msg::show_popular_claim, "The popular claim", ""},
    {Msg::show_how_it_descends, "How it descends", ""},
    {Msg::show_true_origin, "True origin", ""},
    {Msg::show_note, "Note", ""},
    {Msg::show_answers, "Answers", ""},
    {Msg::show_descends_from, "Descends from", ""},
    {Msg::show_same_event, "Same event in the AI race", ""},
    {Msg::show_responses, "Responses", ""},
    {Msg::show_spillovers, "Spillovers", ""},
    {Msg::show_led_to, "Led to", ""},
    {Msg::show_parallels, "Historical parallels", ""},
    {Msg::show_ai_links, "AI-race links", ""},
    {Msg::show_defined_at, "Defined at {file}:{line}", ""},
    {Msg::show_analogy, "Analogy {id}", ""},
    {Msg::show_cited_by, "Cited by", ""},
    {Msg::show_years_after, "{n} years after the shock", ""},
    {Msg::show_see_below, "{status} (see below)", ""},
    {Msg::show_fits, "fits:", ""},
    {Msg::show_breaks, "breaks:", ""},
    // timelines
    {Msg::col_date, "Date", "日付"},
    {Msg::col_event, "Event", "出来事"},
    {Msg::col_type, "Type", "種別"},
    {Msg::col_lane, "Lane", "系列"},
    {Msg::analogy_links, "Analogy links", "アナロジーのリンク"},
    {Msg::circa_suffix, " (circa)", "（頃）"},
    {Msg::source_prefix, "Source: ", "出典: "},
    {Msg::n_events, "{n} events", "{n} 件の出来事"},
    {Msg::slide_sources, "Sources for this slide", "このスライドの出典"},
    {Msg::slide_subtitle, "{n} events, {range}", "{n}件の出来事　{range}"},
    {Msg::deck_notes, "Made from the sputnik corpus; every slide's notes list its sources.",
     "sputnik のコーパスから作成。出典は各スライドのノートにある。"},
    {Msg::all_entries, "All entries", "一覧"},
    {Msg::title_ai_race, "The AI race", "AI競争"},
    {Msg::title_search, "Search: '{text}'", "検索: '{text}'"},
    {Msg::title_era, "Era {era}", "時代: {era}"},
    {Msg::title_everything, "Technology shocks and the AI race", "技術ショックとAI競争"},
};

// Row i holds message i, so a lookup is an index and a missing row is a compile error.
constexpr bool rows_in_enum_order() {
  for (std::size_t i = 0; i < std::size(kMessages); ++i)
    if (static_cast<std::size_t>(kMessages[i].id) != i) return false;
  return std::size(kMessages) == static_cast<std::size_t>(Msg::count_);
}
static_assert(rows_in_enum_order(), "kMessages must list every Msg once, in enum order");

}  // namespace

std::string_view text(Msg m, model::Lang lang) {
  const MessageRow& row = kMessages[static_cast<std::size_t>(m)];
  return lang == model::Lang::ja && !row.ja.empty() ? row.ja : row.en;
}

std::span<const MessageRow> all_messages() { return kMessages; }

}  // namespace sputnik::render
