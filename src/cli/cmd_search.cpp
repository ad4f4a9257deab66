// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include <memory>

#include "cli/commands.hpp"
#include "core/model/fields.hpp"
#include "core/render/messages.hpp"
#include "core/render/search_render.hpp"
#include "core/util/text.hpp"

namespace sputnik::cli {
namespace {

struct SearchArgs {
  std::vector<std::string> words;
  std::vector<std::string> types;
  unsigned limit = 10;
  unsigned offset = 0;
  std::string sort = "relevance";
  Format format = Format::text;
  model::Lang lang = model::Lang::en;
  bool explain = false;
  bool facets = false;
  bool all_words = false;
};

std::string field_help() {
  std::string out =
      "Query syntax: words (English is stemmed; Japanese works as typed), \"phrases\",\n"
      "AND OR NOT (AND is the default), +must -mustnot, trailing* wildcards, and fields:\n";

  for (const auto& f : model::search_fields())
    out += fmt::format("  {:<10} {:<48} {}\n", std::string(f.name) + ":", f.help, f.example);
  out +=
      "\nPlain words (no quotes, operators, +/-, wildcards or fields) are read the way people type:\n"
      "question words (what, how, は, の…) are dropped; 7nm = 7 nm, ＧＰＳ = GPS, $5.6M = 5.6 million;\n"
      "kb/synonyms.toml widens a word (CAT = CT, エヌビディア = Nvidia); a word the kb never uses is\n"
      "corrected when that finds something (said on stderr); and when too few entries hold every\n"
      "word, those with most of them follow, each saying what it lacks. Syntax is searched exactly.\n";
  return out;
}

model::SearchRequest make_request(const SearchArgs& args) {
  model::SearchRequest request;
  request.query = util::join(args.words, " ");
  for (const auto& t : args.types) request.types.push_back(*model::parse_type(t));
  request.limit = args.limit;
  request.offset = args.offset;
  request.sort = args.sort == "date"    ? model::SortOrder::date
                 : args.sort == "-date" ? model::SortOrder::date_reverse
                                        : model::SortOrder::relevance;
  request.lang = args.lang;
  request.facets = args.facets;
  request.relax = args.all_words ? model::Relax::never : model::Relax::fill_page;
  return request;
}

// On stderr, so that stdout stays the results: a corrected spelling, or hits that all
// lack some of the words.
void report_reading(const model::SearchResult& result, const model::SearchRequest& request, model::Lang lang) {
  if (!result.corrected_query.empty())
    fmt::print(stderr, "sputnik: {}\n",
               render::say(lang, render::Msg::search_corrected, fmt::arg("corrected", result.corrected_query),
                           fmt::arg("typed", util::terminal_safe(request.query))));
  if (result.complete == 0 && !result.hits.empty() && result.hits.front().partial)
    fmt::print(
        stderr, "sputnik: {}\n",
        render::say(lang, render::Msg::search_partial_only, fmt::arg("query", util::terminal_safe(request.query))));
}

int run_search(const GlobalOptions& global, const SearchArgs& args) {
  auto catalog = open_catalog(global);
  if (!catalog) return report(catalog.error());
  const model::SearchRequest request = make_request(args);
  auto result = catalog->index.search(request);
  if (!result) return report(result.error());
  std::vector<views::Facet> facets;
  if (args.facets) {
    auto context = views::facet_context(catalog->store);
    if (!context) return report(context.error());
    facets = views::order_facets(result->facets, *context);
  }
  const render::SearchOutput output{*result, request, args.facets ? &facets : nullptr, args.explain};
  write_stdout(render::render_as(render::search_formats(), args.format, output, make_style(global, args.lang)));
  report_reading(*result, request, args.lang);
  if (result->hits.empty()) {
    fmt::print(stderr, "sputnik: no matches for '{}'{}\n", util::terminal_safe(request.query),
               request.offset > 0 && result->total_estimate > 0 ? " at this --offset" : "");
    return static_cast<int>(ErrorCode::no_match);
  }
  return 0;
}

CLI::Validator type_validator() {
  return CLI::Validator(
      [](std::string& s) -> std::string {
        return model::parse_type(s) ? std::string()
                                    : "must be moment, response, spillover, ai_event or analogy, not '" + s + "'";
      },
      "TYPE");
}

}  // namespace

void add_search_command(CLI::App& app, Run& run) {
  auto args = std::make_shared<SearchArgs>();  // owned by the callback, not a global
  CLI::App* cmd = app.add_subcommand("search", "full-text search of moments, responses, spillovers and the AI race");
  cmd->add_option("query", args->words, "query words (see the syntax below); none lists everything");
  cmd->add_option("-t,--type", args->types,
                  "only this type (repeatable): moment, response, spillover, ai_event, analogy")
      ->check(type_validator());
  cmd->add_option("-n,--limit", args->limit, "at most this many results")
      ->check(CLI::Range(1u, 10000u))
      ->capture_default_str();
  cmd->add_option("--offset", args->offset, "skip this many results first")->capture_default_str();
  cmd->add_option("--sort", args->sort, "relevance, date (oldest first) or -date (newest first)")
      ->check(CLI::IsMember({"relevance", "date", "-date"}))
      ->capture_default_str();
  add_format_option(*cmd, args->format, render::search_formats());
  add_lang_option(*cmd, args->lang);
  cmd->add_flag("--explain", args->explain,
                "print how the query was read first: its words and synonyms, any spelling correction, "
                "the relaxed pass and the Xapian queries");
  cmd->add_flag("--all-words", args->all_words,
                "only entries holding every word (by default, when those do not fill the page, entries with "
                "most of the words follow, each saying which it lacks)");
  cmd->add_flag("--facets", args->facets,
                "count every match (not just this page) per type, era, decade, category and country");
  cmd->footer(field_help() +
              "\nExamples:\n"
              "  sputnik search satellite navigation\n"
              "  sputnik search 人工衛星\n"
              "  sputnik search 'type:response year:1958..1958'\n"
              "  sputnik search 'category:\"Health and Medicine\" status:fact' --sort date\n"
              "  sputnik search deepseek --format json\n\n"
              "Exit status: 0 matches found, 1 no match, 2 bad query or options, 4 catalog problem.");
  cmd->callback([&run, args] { run.exit_code = run_search(run.global, *args); });
}

}  // namespace sputnik::cli
