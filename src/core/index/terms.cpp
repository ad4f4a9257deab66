// SPDX-License-Identifier: MIT
#include "core/index/terms.hpp"

#include <fmt/format.h>
#include <stdexcept>

#include "core/model/fields.hpp"
#include "core/model/vocab.hpp"
#include "core/util/text.hpp"

namespace sputnik::index {

std::string field_prefix(std::string_view field) { return std::string(model::field(field).prefix); }

std::string filter_term(std::string_view field, std::string_view value) {
  std::string normal = util::slugify(value);
  if (field == "type") {
    if (auto t = model::parse_type(normal)) normal = model::type_name(*t);
  } else if (field == "category") {
    if (auto c = model::canonical_category(value)) normal = util::slugify(*c);
  } else if (field == "decade") {
    normal = util::ascii_lower(value);  // "1950s", "250s bce": spaces are part of the label
  }
  return field_prefix(field) + normal;
}

const Xapian::Stem& stemmer() {
  static const Xapian::Stem english("english");
  return english;
}

void configure_term_generator(Xapian::TermGenerator& tg, const Xapian::Stem& stem, Xapian::WritableDatabase& db) {
  tg.set_database(db);
  tg.set_stemmer(stem);
  tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  tg.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
}

}  // namespace sputnik::index
