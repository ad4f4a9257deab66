// SPDX-License-Identifier: MIT
#pragma once
// Turns a resolved corpus into Xapian documents: one per entry and one per analogy, in a
// fixed order (entries, then analogies), so the i-th document of every build is the same
// and docids — which break ties in rankings — do not depend on how the index was built.
#include <xapian.h>
#include <cstddef>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model/entities.hpp"

namespace sputnik::index {

class DocumentBuilder {
 public:
  /// Indexes the analogies by the entries they link once, up front. Documents may then be
  /// built from several threads, each with its own TermGenerator.
  explicit DocumentBuilder(const model::Corpus& corpus);

  std::size_t size() const { return corpus_.entries.size() + corpus_.analogies.size(); }
  /// The `id:` term that identifies document `i`.
  std::string id_term(std::size_t i) const;
  /// Document `i`; `tg` is reset to write into it.
  Xapian::Document build(std::size_t i, Xapian::TermGenerator& tg) const;
  /// Writes the kb's synonym groups into `db`'s synonym table, keyed by util::search_key:
  /// each term of a group lists every other term.
  void add_synonyms(Xapian::WritableDatabase& db) const;

 private:
  Xapian::Document entry_document(Xapian::TermGenerator& tg, const model::Entry& e) const;
  Xapian::Document analogy_document(Xapian::TermGenerator& tg, const model::Analogy& a) const;

  const model::Corpus& corpus_;
  std::unordered_map<std::string_view, std::vector<const model::Analogy*>> analogies_of_;
  /// Per entry id: how many entries descend from it and analogies compare it.
  std::unordered_map<std::string_view, unsigned> links_;
  /// The two sides of each analogy (null if unknown), in corpus.analogies order.
  std::vector<std::pair<const model::Entry*, const model::Entry*>> sides_;
};

}  // namespace sputnik::index
