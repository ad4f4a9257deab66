// SPDX-License-Identifier: MIT
#include "core/index/searcher.hpp"

#include <fmt/format.h>
#include <xapian.h>
#include <algorithm>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>

#include "core/index/document.hpp"
#include "core/index/indexer.hpp"
#include "core/index/query_check.hpp"
#include "core/index/query_plan.hpp"
#include "core/index/terms.hpp"
#include "core/index/word_queries.hpp"
#include "core/model/fields.hpp"
#include "core/util/text.hpp"

namespace sputnik::index {
namespace {

// Normalises the value of a boolean field exactly as the indexer does.
class FilterProcessor : public Xapian::FieldProcessor {
 public:
  explicit FilterProcessor(std::string field) : field_(std::move(field)) {}
  Xapian::Query operator()(const std::string& value) override { return Xapian::Query(filter_term(field_, value)); }

 private:
  std::string field_;
};

Xapian::QueryParser make_parser(const Xapian::Database& db, const Xapian::SimpleStopper& stopper) {
  Xapian::QueryParser qp;
  qp.set_database(db);
  qp.set_stemmer(stemmer());
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  qp.set_stopper(&stopper);
  qp.set_default_op(Xapian::Query::OP_AND);
  qp.set_max_expansion(500, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT,
                       Xapian::QueryParser::FLAG_WILDCARD | Xapian::QueryParser::FLAG_PARTIAL);
  for (const auto& f : model::search_fields()) {
    const std::string name(f.name);
    switch (f.kind) {
      case model::FieldKind::free_text:
        qp.add_prefix(name, std::string(f.prefix));
        break;
      case model::FieldKind::boolean:
        // Grouped by field name: values of one field are OR-ed, different fields AND-ed.
        qp.add_boolean_prefix(name, (new FilterProcessor(name))->release());
        break;
      case model::FieldKind::range:
        qp.add_rangeprocessor(
            (new Xapian::NumberRangeProcessor(static_cast<Xapian::valueno>(f.slot), name + ":"))->release());
        break;
      case model::FieldKind::value_only:
      case model::FieldKind::ranking:
        break;
    }
  }
  return qp;
}

// Snippet length in bytes: about two lines of English, or one of Japanese (3 bytes a character).
constexpr std::size_t kSnippetBytes = 400;

constexpr unsigned kParseFlags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                                 Xapian::QueryParser::FLAG_PURE_NOT | Xapian::QueryParser::FLAG_CJK_NGRAM;

// MSet::snippet escapes HTML; we want the raw text with our own markers.
std::string unescape_html(std::string_view s) {
  static constexpr std::pair<std::string_view, std::string_view> kEntities[] = {
      {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&apos;", "'"}};
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    bool replaced = false;
    if (s[i] == '&')
      for (const auto& [entity, ch] : kEntities)
        if (s.substr(i, entity.size()) == entity) {
          out += ch;
          i += entity.size();
          replaced = true;
          break;
        }
    if (!replaced) out += s[i++];
  }
  return out;
}

std::string make_snippet(const Xapian::MSet& mset, const HitData& d, model::Lang lang) {
  // No SNIPPET_BACKGROUND_MODEL: it looks up the frequency of every word of every summary
  // in the index — 400 reads of the postlist table for one page of results, most of a
  // cold search's time — to choose between windows that all hold the query's words. No
  // SNIPPET_EXHAUSTIVE either: trying every window was a third of an in-process search.
  constexpr unsigned flags = Xapian::MSet::SNIPPET_EMPTY_WITHOUT_MATCH | Xapian::MSet::SNIPPET_CJK_NGRAM;
  const std::string start(1, model::kHighlightStart), end(1, model::kHighlightEnd);
  const model::Lang other = lang == model::Lang::en ? model::Lang::ja : model::Lang::en;
  for (model::Lang l : {lang, other}) {
    const std::string& text = d.summary.pick(l);
    std::string s = mset.snippet(text, kSnippetBytes, stemmer(), flags, start, end, "…");
    if (!s.empty()) return unescape_html(s);
  }
  const std::string& text = d.summary.pick(lang);
  return unescape_html(mset.snippet(text, kSnippetBytes, stemmer(), flags & ~Xapian::MSet::SNIPPET_EMPTY_WITHOUT_MATCH,
                                    start, end, "…"));
}

void set_sort(Xapian::Enquire& enquire, const SearchRequest& request) {
  if (request.sort != SortOrder::relevance)
    enquire.set_sort_by_value_then_relevance(static_cast<Xapian::valueno>(model::field("date").slot),
                                             request.sort == SortOrder::date_reverse);
}

Xapian::Query type_filter(const std::vector<model::EntryType>& types) {
  std::vector<Xapian::Query> terms;
  for (auto t : types) terms.emplace_back(filter_term("type", model::type_name(t)));
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

// Xapian stores no empty values, so documents without one are the remainder of the total.
std::map<std::string, unsigned> facet_values(const Xapian::ValueCountMatchSpy& spy, Xapian::doccount total) {
  std::map<std::string, unsigned> counts;
  Xapian::doccount counted = 0;
  for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
    counts[*it] = it.get_termfreq();
    counted += it.get_termfreq();
  }
  if (counted < total) counts[""] = total - counted;
  return counts;
}

// Japanese n-grams that say something: two characters or more, and not kana alone (kana
// n-grams are mostly grammar, "から", or pieces of a katakana word, "ット").
bool telling_japanese(const std::string& term) {
  if (!util::has_cjk(term) || util::display_width(term) < 4) return false;
  for (std::size_t i = 0; i + 2 < term.size() + 1; ++i) {
    const auto b0 = static_cast<unsigned char>(term[i]);
    if (b0 < 0xE0 || b0 >= 0xF0 || i + 2 >= term.size()) continue;
    const unsigned cp = ((b0 & 0x0Fu) << 12) | ((static_cast<unsigned char>(term[i + 1]) & 0x3Fu) << 6) |
                        (static_cast<unsigned char>(term[i + 2]) & 0x3Fu);
    if (cp >= 0x4E00 && cp <= 0x9FFF) return true;  // a kanji carries the meaning
    i += 2;
  }
  return false;
}

// Keeps the words a reader would recognise in the chosen language: no prefixed terms (ids,
// fields and stems start with a capital), no numbers, no stop words; English words of four
// letters or more, or the Japanese n-grams. Mixing both lets the rarer n-grams crowd out
// the English vocabulary that says what an entry is about.
class PlainWordDecider : public Xapian::ExpandDecider {
 public:
  PlainWordDecider(const Xapian::Database& db, model::Lang lang) : db_(db), lang_(lang) {}
  bool operator()(const std::string& term) const override {
    if (term.empty() || (term[0] >= 'A' && term[0] <= 'Z')) return false;
    // A word no other entry uses cannot find anything similar.
    if (db_.get_termfreq(term) < kMinSharedBy + 1) return false;
    if (lang_ == model::Lang::ja) return telling_japanese(term);
    if (term.size() < 4) return false;
    for (char c : term)
      if (!(c >= 'a' && c <= 'z') && c != '\'' && c != '-') return false;
    return std::find(stop_words().begin(), stop_words().end(), term) == stop_words().end();
  }

 private:
  static constexpr Xapian::doccount kMinSharedBy = 2;
  const Xapian::Database& db_;
  model::Lang lang_;
};

constexpr unsigned kSimilarTerms = 40;

}  // namespace

struct Searcher::Impl {
  std::filesystem::path path;
  std::optional<Xapian::Database> opened;
  Xapian::SimpleStopper stopper{stop_words().begin(), stop_words().end()};

  // Opened on first use: `show` and `spillovers` never search, and opening the index is
  // a good part of their time. Throws Xapian::Error, which every caller reports.
  const Xapian::Database& db() {
    if (!opened) opened.emplace(path.string());
    return *opened;
  }

  // Set up once: a parser with every field prefix and range costs more than parsing.
  Xapian::QueryParser& parser() {
    if (!query_parser) query_parser.emplace(make_parser(db(), stopper));
    return *query_parser;
  }

 private:
  std::optional<Xapian::QueryParser> query_parser;
};

Searcher::Searcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher::~Searcher() = default;

namespace {

// The local databases a stub directory lists (a sharded index), or just `path`.
// Xapian's checker reads one database, not a stub.
std::vector<std::filesystem::path> local_databases(const std::filesystem::path& path) {
  std::ifstream stub(path / "XAPIANDB");
  if (!stub) return {path};
  std::vector<std::filesystem::path> databases;
  std::string backend, where;
  while (stub >> backend >> where)
    databases.push_back(where.front() == '/' ? std::filesystem::path(where) : path / where);
  return databases;
}

Status check_database(const std::filesystem::path& path) {
  std::ostringstream details;
  try {
    const std::size_t errors = Xapian::Database::check(path.string(), 0, &details);
    if (errors == 0) return {};
    return make_error(
        ErrorCode::catalog,
        fmt::format("the index at {} has {} error{}: {}", path.string(), errors, errors == 1 ? "" : "s", details.str()),
        "run `sputnik build` to rebuild it from the kb");
  } catch (const Xapian::Error& e) {
    return make_error(ErrorCode::catalog,
                      fmt::format("the index at {} is damaged: {}", path.string(), e.get_description()),
                      "run `sputnik build` to rebuild it from the kb");
  }
}

}  // namespace

Status check_index(const std::filesystem::path& path) {
  for (const auto& database : local_databases(path))
    if (auto checked = check_database(database); !checked) return checked;
  return {};
}

Result<Searcher> Searcher::open(const std::filesystem::path& path, Opening when) {
  try {
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    if (when == Opening::now) impl->db();
    return Searcher(std::move(impl));
  } catch (const Xapian::Error& e) {
    return make_error(ErrorCode::catalog,
                      fmt::format("cannot open the index at {}: {}", path.string(), e.get_description()),
                      "run `sputnik build` to rebuild the catalog");
  }
}

unsigned Searcher::document_count() const {
  try {
    return impl_->db().get_doccount();
  } catch (const Xapian::Error&) {
    return 0;  // the search that follows reports why
  }
}

std::string Searcher::fingerprint() const {
  try {
    return impl_->db().get_metadata(kFingerprintKey);
  } catch (const Xapian::Error&) {
    return {};  // a backend without metadata: the caller cannot check, not an error
  }
}

Result<std::vector<std::string>> Searcher::matching_ids(const std::string& query,
                                                        const std::vector<model::EntryType>& types) const {
  SearchRequest request;
  request.query = query;
  request.types = types;
  request.limit = std::max(1u, document_count());
  request.relax = model::Relax::only_if_empty;
  auto result = search(request);
  if (!result) return result.error();
  std::vector<std::string> ids;
  for (const auto& hit : result->hits) ids.push_back(hit.data.id);
  return ids;
}

namespace {

// One match pass: a page of `query`, with facet counts when asked.
struct Pass {
  Xapian::MSet mset;
  FacetCounts facets;
};

Pass run_pass(Xapian::Enquire& enquire, const Xapian::Database& db, const Xapian::Query& query, unsigned offset,
              unsigned limit, bool facets) {
  enquire.set_query(query);
  // Facets count every match, so the match must not stop early at the page size.
  std::vector<std::pair<std::string, std::unique_ptr<Xapian::ValueCountMatchSpy>>> spies;
  enquire.clear_matchspies();
  if (facets)
    for (const model::Field* f : model::facet_fields()) {
      spies.emplace_back(std::string(f->name),
                         std::make_unique<Xapian::ValueCountMatchSpy>(static_cast<Xapian::valueno>(f->slot)));
      enquire.add_matchspy(spies.back().second.get());
    }
  Pass pass{enquire.get_mset(offset, limit, facets ? db.get_doccount() : 0), {}};
  for (const auto& [name, spy] : spies) pass.facets[name] = facet_values(*spy, pass.mset.get_matches_estimated());
  enquire.clear_matchspies();
  return pass;
}

Xapian::Query filtered(Xapian::Query query, const SearchRequest& request) {
  if (request.types.empty()) return query;
  return Xapian::Query(Xapian::Query::OP_FILTER, query, type_filter(request.types));
}

void add_hits(SearchResult& result, const Xapian::MSet& mset, const SearchRequest& request, unsigned first_rank) {
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Hit hit{first_rank + it.get_rank() + 1,  // get_rank() already counts the pass's offset
            it.get_percent(),
            it.get_weight(),
            decode_hit_data(it.get_document().get_data()),
            {},
            false,
            {},
            {}};
    hit.snippet = make_snippet(mset, hit.data, request.lang);
    result.hits.push_back(std::move(hit));
  }
}

void set_totals(SearchResult& result, const Xapian::MSet& mset) {
  result.total_lower += mset.get_matches_lower_bound();
  result.total_estimate += mset.get_matches_estimated();
  result.total_upper += mset.get_matches_upper_bound();
}

// Explicit syntax, or no query: exactly what was asked, in one pass.
SearchResult search_exact(const Xapian::Database& db, Xapian::QueryParser& qp, const SearchRequest& request) {
  Xapian::Query query = request.query.empty() ? Xapian::Query::MatchAll : qp.parse_query(request.query, kParseFlags);
  query = filtered(query, request);
  Xapian::Enquire enquire(db);
  set_sort(enquire, request);
  const Pass pass = run_pass(enquire, db, query, request.offset, request.limit, request.facets);
  SearchResult result;
  result.parsed_query = query.get_description();
  set_totals(result, pass.mset);
  result.complete = result.total_estimate;
  result.facets = pass.facets;
  add_hits(result, pass.mset, request, 0);
  result.explain.push_back("explicit syntax: searched exactly as written (no correction, synonyms or relaxing)");
  return result;
}

std::string described_words(const WordQueries& words) {
  std::vector<std::string> parts;
  for (const auto& w : words.words())
    parts.push_back(w.synonyms.empty() ? w.text : fmt::format("{} (= {})", w.text, util::join(w.synonyms, ", ")));
  return util::join(parts, " · ");
}

bool should_relax(const SearchRequest& request, const WordQueries& words, const Xapian::MSet& complete) {
  if (request.relax == model::Relax::never || words.words().size() < 2) return false;
  if (request.relax == model::Relax::only_if_empty) return complete.empty() && complete.get_matches_estimated() == 0;
  return complete.size() < request.limit;
}

// How much a typed name and an entry's links add to its text's weight: tuned on the
// relevance benchmark (tests/relevance); name weights from 0.5 to 2 and link weights from
// 0.5 to 2 all score within 0.01 of these.
constexpr double kNameWeight = 1.0;
constexpr double kLinksWeight = 0.5;

// The entries one of whose names some adjacent words of the query spell ("GPS",
// "スプートニク・ショック", "SEMATECH"): a name typed says which entry is meant better than
// counts of words do. Empty when the words spell no name at all.
Xapian::Query name_query(const std::vector<std::string>& words) {
  std::vector<Xapian::Query> names;
  for (const auto& key : query_name_keys(words)) names.emplace_back(field_prefix("name") + key);
  if (names.empty()) return {};
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(Xapian::Query::OP_OR, names.begin(), names.end()),
                       kNameWeight);
}

// `query`'s matches, those that a name was typed for first, and among equals the entries
// most linked to (what descends from them, what is compared to them): a loose question
// most likely means the NASA Act, not a footnote to it. Neither adds a match.
Xapian::Query ranked_by_names_and_links(const Xapian::Query& query, const Xapian::Query& names) {
  // One term whose wdf grows with the links (DocumentBuilder): a postlist is far cheaper to
  // walk beside the matches than a value slot read by a PostingSource (2x the match time).
  const Xapian::Query links(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(field_prefix("links")), kLinksWeight);
  const Xapian::Query ranked(Xapian::Query::OP_AND_MAYBE, query, links);
  return names.empty() ? ranked : Xapian::Query(Xapian::Query::OP_AND_MAYBE, ranked, names);
}

// Which of the query's words each hit from `first` on holds, and which it lacks.
void split_hit_words(SearchResult& result, std::size_t first, const Xapian::Enquire& enquire, const Xapian::MSet& mset,
                     const WordQueries& words) {
  auto it = mset.begin();
  for (std::size_t i = first; i < result.hits.size(); ++i, ++it) {
    const std::set<std::string> terms(enquire.get_matching_terms_begin(it), enquire.get_matching_terms_end(it));
    words.split_matched(terms, result.hits[i].matched_terms, result.hits[i].missing_terms);
  }
}

// After the entries that hold every word, those that hold most of them, each saying which
// words it lacks.
void add_partial_hits(SearchResult& result, const Xapian::Database& db, const WordQueries& words,
                      const Xapian::Query& names, const Xapian::Query& complete, const SearchRequest& request,
                      unsigned complete_total) {
  const Xapian::Query relaxed = filtered(
      Xapian::Query(Xapian::Query::OP_AND_NOT, ranked_by_names_and_links(words.relaxed(), names), complete), request);
  Xapian::Enquire enquire(db);
  set_sort(enquire, request);
  const unsigned offset = request.offset > complete_total ? request.offset - complete_total : 0;
  const unsigned room = request.limit - static_cast<unsigned>(result.hits.size());
  const bool facets = request.facets && complete_total == 0;
  const Pass pass = run_pass(enquire, db, relaxed, offset, room, facets);
  if (facets) result.facets = pass.facets;
  set_totals(result, pass.mset);
  const std::size_t first = result.hits.size();
  add_hits(result, pass.mset, request, complete_total);
  split_hit_words(result, first, enquire, pass.mset, words);
  for (std::size_t i = first; i < result.hits.size(); ++i) result.hits[i].partial = true;
  result.explain.push_back(fmt::format("relaxed: {} entr{} hold every word; then those with most of them: {}",
                                       complete_total, complete_total == 1 ? "y" : "ies", relaxed.get_description()));
  result.parsed_query += " ; then " + relaxed.get_description();
}

// A sentence's words: one ranked pass, each hit saying which words it has.
SearchResult search_any_word(const Xapian::Database& db, const WordQueries& words, const Xapian::Query& names,
                             const SearchRequest& request, SearchResult result) {
  const Xapian::Query query = filtered(ranked_by_names_and_links(words.relaxed(), names), request);
  Xapian::Enquire enquire(db);
  set_sort(enquire, request);
  const Pass pass = run_pass(enquire, db, query, request.offset, request.limit, request.facets);
  result.parsed_query = query.get_description();
  result.explain.push_back("any word, ranked: " + result.parsed_query);
  set_totals(result, pass.mset);
  result.facets = pass.facets;
  add_hits(result, pass.mset, request, 0);
  split_hit_words(result, 0, enquire, pass.mset, words);
  for (auto& hit : result.hits) hit.partial = !hit.missing_terms.empty();
  result.complete = static_cast<unsigned>(
      std::count_if(result.hits.begin(), result.hits.end(), [](const Hit& h) { return !h.partial; }));
  return result;
}

// Words only: every word first; if that finds nothing, the corrected spelling; then, if the
// page is not full, entries holding most of the words.
SearchResult search_plain(const Xapian::Database& db, Xapian::QueryParser& qp, const SearchRequest& request) {
  const std::vector<std::string> typed = meaningful_words(request.query);
  WordQueries words(typed, db, qp, kParseFlags);
  SearchResult result;
  result.explain.push_back(fmt::format("words: {}", described_words(words)));
  Xapian::Query names = name_query(typed);
  if (request.relax == model::Relax::any_word) return search_any_word(db, words, names, request, result);
  Xapian::Query complete = words.complete();
  Xapian::Query searched = filtered(ranked_by_names_and_links(complete, names), request);
  Xapian::Enquire enquire(db);
  set_sort(enquire, request);
  Pass pass = run_pass(enquire, db, searched, request.offset, request.limit, request.facets);
  if (pass.mset.get_matches_estimated() == 0) {
    const std::vector<std::string> corrected = corrected_words(typed, db);
    if (corrected != typed) {
      WordQueries fixed(corrected, db, qp, kParseFlags);
      const Xapian::Query fixed_complete = fixed.complete();
      const Xapian::Query fixed_names = name_query(corrected);
      const Xapian::Query fixed_searched = filtered(ranked_by_names_and_links(fixed_complete, fixed_names), request);
      Pass fixed_pass = run_pass(enquire, db, fixed_searched, request.offset, request.limit, request.facets);
      // The typo could only ever match as a missing word: the corrected words are the query.
      result.corrected_query = fixed.text();
      result.explain.push_back(fmt::format("corrected: {} (typed: {})", fixed.text(), words.text()));
      words = std::move(fixed);
      complete = fixed_complete;
      names = fixed_names;
      searched = fixed_searched;
      pass = std::move(fixed_pass);
    }
  }
  result.parsed_query = searched.get_description();
  result.explain.push_back("every word: " + result.parsed_query);
  set_totals(result, pass.mset);
  result.complete = result.total_estimate;
  result.facets = pass.facets;
  add_hits(result, pass.mset, request, 0);
  if (should_relax(request, words, pass.mset))
    add_partial_hits(result, db, words, names, complete, request, result.complete);
  if (result.hits.empty()) result.corrected_query.clear();  // nothing was shown for it
  return result;
}

}  // namespace

Result<SearchResult> Searcher::search(const SearchRequest& request) const {
  if (auto checked = check_query(request.query); !checked) return checked.error();
  try {
    const Xapian::Database& db = impl_->db();
    Xapian::QueryParser& qp = impl_->parser();
    if (request.query.empty() || !is_plain_query(request.query)) return search_exact(db, qp, request);
    return search_plain(db, qp, request);
  } catch (const Xapian::QueryParserError& e) {
    return make_error(ErrorCode::usage, fmt::format("cannot parse query '{}': {}", request.query, e.get_msg()),
                      "see `sputnik search --help` for the query syntax");
  } catch (const Xapian::WildcardError& e) {
    return make_error(ErrorCode::usage, fmt::format("query '{}' expands too far: {}", request.query, e.get_msg()),
                      "make the wildcard longer");
  } catch (const Xapian::Error& e) {
    return make_error(ErrorCode::catalog, fmt::format("search failed: {}", e.get_description()),
                      "run `sputnik build` to rebuild the catalog");
  }
}

Result<SimilarResult> Searcher::similar(const std::string& id, const std::vector<model::EntryType>& types,
                                        unsigned limit, model::Lang lang) const {
  try {
    const std::string id_term = field_prefix("id") + id;
    Xapian::PostingIterator posting = impl_->db().postlist_begin(id_term);
    if (posting == impl_->db().postlist_end(id_term))
      return make_error(ErrorCode::no_match, fmt::format("no entry with id '{}'", id),
                        "`sputnik search WORDS` finds ids");
    Xapian::Enquire enquire(impl_->db());
    Xapian::RSet rset;
    rset.add_document(*posting);
    const PlainWordDecider decider(impl_->db(), lang);
    const Xapian::ESet eset = enquire.get_eset(kSimilarTerms, rset, &decider);
    SimilarResult result;
    for (auto it = eset.begin(); it != eset.end(); ++it) result.expand_terms.push_back(*it);
    if (result.expand_terms.empty()) return result;
    Xapian::Query query(Xapian::Query::OP_OR, eset.begin(), eset.end());
    query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, Xapian::Query(id_term));
    if (!types.empty()) query = Xapian::Query(Xapian::Query::OP_FILTER, query, type_filter(types));
    enquire.set_query(query);
    const Xapian::MSet mset = enquire.get_mset(0, limit);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      SimilarHit similar{{it.get_rank() + 1,
                          it.get_percent(),
                          it.get_weight(),
                          decode_hit_data(it.get_document().get_data()),
                          {},
                          false,
                          {},
                          {}},
                         {}};
      similar.hit.snippet = make_snippet(mset, similar.hit.data, lang);
      for (auto t = enquire.get_matching_terms_begin(it); t != enquire.get_matching_terms_end(it); ++t)
        if (std::find(result.expand_terms.begin(), result.expand_terms.end(), *t) != result.expand_terms.end())
          similar.shared_terms.push_back(*t);  // not the type filter's terms
      // In the order of how telling each word is for the entry asked about.
      std::stable_sort(similar.shared_terms.begin(), similar.shared_terms.end(), [&](const auto& a, const auto& b) {
        return std::find(result.expand_terms.begin(), result.expand_terms.end(), a) <
               std::find(result.expand_terms.begin(), result.expand_terms.end(), b);
      });
      result.hits.push_back(std::move(similar));
    }
    return result;
  } catch (const Xapian::Error& e) {
    return make_error(ErrorCode::catalog, fmt::format("search failed: {}", e.get_description()),
                      "run `sputnik build` to rebuild the catalog");
  }
}

}  // namespace sputnik::index
