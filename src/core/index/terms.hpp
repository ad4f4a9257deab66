// SPDX-License-Identifier: MIT
#pragma once
// How values become terms, shared by the indexer and the query parser so that the two
// can never disagree.
#include <xapian.h>
#include <string>
#include <string_view>

namespace sputnik::index {

/// The Xapian prefix of a field in the field table (throws std::logic_error if unknown).
std::string field_prefix(std::string_view field);

/// The boolean term for `field:value`, value normalised as the query parser does
/// ("Health and Medicine" → XCAThealth-and-medicine; "ai-event" → XTYPEai_event).
std::string filter_term(std::string_view field, std::string_view value);

/// English stemming, CJK n-grams; the same settings for indexing and for snippets.
/// A stemmer keeps state while it works: each thread needs its own, not the shared one.
/// `db` receives the spelling data of the text indexed with the spelling flag.
void configure_term_generator(Xapian::TermGenerator& tg, const Xapian::Stem& stem, Xapian::WritableDatabase& db);
/// The English stemmer shared by one thread's searches.
const Xapian::Stem& stemmer();

}  // namespace sputnik::index
