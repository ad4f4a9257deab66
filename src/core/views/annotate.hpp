// SPDX-License-Identifier: MIT
#pragma once
// An article checked against the corpus, sentence by sentence: the entries each sentence
// is about, with their status (fact, disputed, myth), the figures it quotes that the kb
// records (and what they really measure), and the sentences the corpus cannot check.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/catalog.hpp"
#include "core/util/sentences.hpp"

namespace sputnik::views {

struct AnnotateOptions {
  /// Xapian's percentage a hit needs to count as a match (0–100). A sentence's words are
  /// searched as any-word, so a true match of a long sentence scores 15–60, a sentence the
  /// corpus knows nothing of under 10 (tests/data/annotate).
  int min_score = 12;
  unsigned per_sentence = 3;  ///< entries listed under a sentence, at most
  model::Lang lang = model::Lang::en;
};

/// A number the sentence quotes and the kb's figure it matches (within 5%).
struct QuotedFigure {
  std::string quoted;  ///< as the sentence writes it, normalised: "5.6 million", "17%"
  model::Figure figure;
};

/// What a reader needs to know of an entry beside a claim; read once per annotation and
/// shared by every sentence that is about it.
struct EntryFacts {
  std::string id;
  model::EntryType type = model::EntryType::moment;
  std::string date;  ///< display form
  model::Text title, summary;
  std::string status;       ///< spillovers: fact, disputed or myth; empty for the other types
  model::Text how;          ///< disputed: the claimed link
  model::Text true_origin;  ///< myth and disputed: where it really came from
  model::Text note;         ///< where sources disagree
  std::vector<model::Figure> figures;
};

struct AnnotatedEntry {
  std::shared_ptr<const EntryFacts> entry;
  int score = 0;
  std::vector<QuotedFigure> figures;  ///< the entry's figures this sentence quotes
};

struct AnnotatedSentence {
  util::Sentence sentence;
  std::vector<AnnotatedEntry> entries;  ///< empty: not covered by the corpus
};

struct Annotation {
  std::vector<AnnotatedSentence> sentences;
  std::vector<std::shared_ptr<const EntryFacts>> entries;  ///< each entry listed, in order of first mention
  AnnotateOptions options;
  std::size_t covered = 0;  ///< sentences with at least one entry
};

/// Annotates `text` (valid UTF-8). Searches each sentence's meaningful words, ranked by how
/// many and how rare (Relax::any_word), and keeps the hits scoring `options.min_score` or more
/// and at least half the sentence's best: a weak second hit is noise beside a strong first.
Result<Annotation> annotate(const catalog::Catalog& catalog, std::string_view text, const AnnotateOptions& options);

/// The numbers a sentence quotes, with their value: "$5.6M" and "560万ドル" → 5,600,000;
/// "17%" → 17 (percent). For matching against the kb's figures.
struct QuotedNumber {
  std::string text;
  double value = 0;
  bool percent = false;
};
std::vector<QuotedNumber> quoted_numbers(std::string_view sentence);

}  // namespace sputnik::views
