// SPDX-License-Identifier: MIT
#include "core/views/annotate.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>

#include "core/index/query_check.hpp"
#include "core/index/query_plan.hpp"
#include "core/model/vocab.hpp"
#include "core/util/normalize.hpp"
#include "core/util/text.hpp"

namespace sputnik::views {
namespace {

// A sentence's words as a plain query: meaningful words only, never read as operators, and
// no more than a long question holds (a run-on sentence is searched by its first words).
std::string query_of(std::string_view sentence) {
  constexpr std::size_t kMostWords = 24;
  std::string query;
  std::size_t words = 0;
  for (const auto& word : index::meaningful_words(sentence)) {
    if (words == kMostWords || query.size() + word.size() + 1 > index::kMaxQueryBytes) break;
    if (!query.empty()) query += ' ';
    query += util::ascii_lower(word);  // "OR", "NOT" in prose are words
    ++words;
  }
  return query;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The multiplier a word after a number stands for: million, 万…
double scale_of(std::string_view rest, std::size_t& used) {
  static constexpr std::pair<std::string_view, double> kScales[] = {
      {" million", 1e6}, {" billion", 1e9}, {" trillion", 1e12}, {"万", 1e4}, {"億", 1e8}, {"兆", 1e12}};
  for (const auto& [word, factor] : kScales)
    if (rest.starts_with(word)) {
      used = word.size();
      return factor;
    }
  used = 0;
  return 1;
}

bool close_enough(double quoted, double recorded) {
  constexpr double kTolerance = 0.05;  // "about 17%" is 16.97%; "$5.6 million" is $5.576M
  if (recorded == 0) return quoted == 0;
  return std::fabs(std::fabs(quoted) - std::fabs(recorded)) <= kTolerance * std::fabs(recorded);
}

std::vector<QuotedFigure> figures_quoted(const std::vector<QuotedNumber>& numbers,
                                         const std::vector<model::Figure>& figures) {
  std::vector<QuotedFigure> out;
  for (const auto& n : numbers)
    for (const auto& f : figures)
      if ((f.unit == "%") == n.percent && close_enough(n.value, f.value)) out.push_back({n.text, f});
  return out;
}

// The entries an article's sentences are about recur from sentence to sentence: each is read
// from the catalog once, and listed in the annotation in order of first mention.
class EntryCache {
 public:
  EntryCache(const catalog::Catalog& catalog, Annotation& annotation) : catalog_(catalog), annotation_(annotation) {}

  Result<std::shared_ptr<const EntryFacts>> get(const model::Hit& hit) {
    if (auto it = facts_.find(hit.data.id); it != facts_.end()) return it->second;
    auto facts = std::make_shared<EntryFacts>();
    facts->id = hit.data.id;
    facts->type = hit.data.type;
    facts->date = hit.data.date;
    facts->title = hit.data.title;
    facts->summary = hit.data.summary;
    facts->status = hit.data.status;
    if (hit.data.type != model::EntryType::analogy) {  // an analogy's hit data is all there is
      auto entry = catalog_.store.entry(hit.data.id);
      if (!entry) return entry.error();
      facts->how = entry->how;
      facts->true_origin = entry->true_origin;
      facts->note = entry->note;
      facts->figures = std::move(entry->figures);
    }
    annotation_.entries.push_back(facts);
    return facts_.emplace(hit.data.id, std::move(facts)).first->second;
  }

 private:
  const catalog::Catalog& catalog_;
  Annotation& annotation_;
  std::map<std::string, std::shared_ptr<const EntryFacts>> facts_;
};

}  // namespace

std::vector<QuotedNumber> quoted_numbers(std::string_view sentence) {
  const std::string s = util::normalize_for_search(sentence);  // "$5.6M" → "5.6 million"
  std::vector<QuotedNumber> out;
  for (std::size_t i = 0; i < s.size();) {
    if (!is_digit(s[i]) || (i > 0 && (std::isalpha(static_cast<unsigned char>(s[i - 1])) || s[i - 1] == '.'))) {
      ++i;
      continue;
    }
    std::size_t end = i;
    std::string digits;
    while (end < s.size() &&
           (is_digit(s[end]) || s[end] == ',' || (s[end] == '.' && end + 1 < s.size() && is_digit(s[end + 1])))) {
      if (s[end] != ',') digits += s[end];
      ++end;
    }
    std::size_t used = 0;
    const double factor = scale_of(std::string_view(s).substr(end), used);
    const bool percent = end + used < s.size() && (s[end + used] == '%' || s.compare(end + used, 3, "％") == 0);
    const std::size_t stop = end + used + (percent ? (s[end + used] == '%' ? 1 : 3) : 0);
    // A year ("1957") or a day is no figure worth matching unless it has a unit.
    if (factor != 1 || percent || digits.size() > 4 || digits.find('.') != std::string::npos)
      out.push_back({s.substr(i, stop - i), std::strtod(digits.c_str(), nullptr) * factor, percent});
    i = stop;
  }
  return out;
}

Result<Annotation> annotate(const catalog::Catalog& catalog, std::string_view text, const AnnotateOptions& options) {
  Annotation out{{}, {}, options, 0};
  EntryCache cache(catalog, out);
  for (auto& sentence : util::split_sentences(text)) {
    AnnotatedSentence annotated{std::move(sentence), {}};
    model::SearchRequest request;
    request.query = query_of(annotated.sentence.text);
    request.limit = options.per_sentence;
    request.lang = options.lang;
    request.relax = model::Relax::any_word;
    if (!request.query.empty()) {
      auto found = catalog.index.search(request);
      if (!found) return found.error();
      const auto numbers = quoted_numbers(annotated.sentence.text);
      const int best = found->hits.empty()
                           ? 0
                           : std::max_element(found->hits.begin(), found->hits.end(), [](const auto& a, const auto& b) {
                               return a.percent < b.percent;
                             })->percent;
      for (const auto& hit : found->hits) {
        if (hit.percent < options.min_score || 2 * hit.percent < best) continue;
        auto facts = cache.get(hit);
        if (!facts) return facts.error();
        annotated.entries.push_back({*facts, hit.percent, figures_quoted(numbers, (*facts)->figures)});
      }
    }
    out.covered += annotated.entries.empty() ? 0 : 1;
    out.sentences.push_back(std::move(annotated));
  }
  return out;
}

}  // namespace sputnik::views
