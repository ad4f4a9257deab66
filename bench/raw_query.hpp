// SPDX-License-Identifier: MIT
#pragma once
// The raw Xapian query both floors run — the whole-process one (floor.cpp) and the
// in-process one (query_latency.cpp) — so that the two measure the same thing.
#include <xapian.h>
#include <string>

namespace sputnik::bench {

/// The top ten (or `count`) for `text`, parsed as sputnik parses plain words: English
/// stemming (STEM_SOME), AND between words, CJK n-grams.
inline Xapian::MSet raw_top10(const Xapian::Database& db, const std::string& text, Xapian::doccount count = 10) {
  Xapian::QueryParser qp;
  qp.set_stemmer(Xapian::Stem("english"));
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  qp.set_default_op(Xapian::Query::OP_AND);
  Xapian::Enquire enquire(db);
  enquire.set_query(qp.parse_query(text, Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_CJK_NGRAM));
  return enquire.get_mset(0, count);
}

}  // namespace sputnik::bench
