// SPDX-License-Identifier: MIT
#include "core/index/document_builder.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <bit>

#include "core/index/document.hpp"
#include "core/index/query_plan.hpp"
#include "core/index/terms.hpp"
#include "core/model/fields.hpp"
#include "core/util/normalize.hpp"
#include "core/util/text.hpp"

namespace sputnik::index {
namespace {

using model::EntryType;

constexpr Xapian::termcount kTitleWeight = 8;
// "Response to Sputnik" says what a response is about, between its title and its text.
constexpr Xapian::termcount kResponseToWeight = 3;

// Words written as the query normaliser would rewrite them ("7nm", "Mate60", "ＧＰＳ") are
// indexed in that form too, so that both spellings find the entry.
void add_variants(Xapian::TermGenerator& tg, const std::string& text, Xapian::termcount weight,
                  const std::string& prefix = {}) {
  for (const auto& variant : util::normalized_variants(text)) tg.index_text_without_positions(variant, weight, prefix);
}

// Adds a free-text field so that phrases never match across two fields.
void add_text(Xapian::TermGenerator& tg, const std::string& text, Xapian::termcount weight = 1) {
  if (text.empty()) return;
  tg.index_text(text, weight);
  add_variants(tg, text, weight);
  tg.increase_termpos();
}

// English text whose words also feed the spelling corrector: titles, summaries and aliases
// are the vocabulary a searcher is likely to mean; the long prose would add its typos.
void add_spelled_text(Xapian::TermGenerator& tg, const std::string& text, Xapian::termcount weight = 1) {
  // set_flags(toggle, mask) keeps the bits in `mask`, then flips those in `toggle`.
  constexpr auto spelling = Xapian::TermGenerator::FLAG_SPELLING;
  const auto others = static_cast<Xapian::TermGenerator::flags>(~spelling);
  tg.set_flags(spelling, others);
  add_text(tg, text, weight);
  tg.set_flags(static_cast<Xapian::TermGenerator::flags>(0), others);
}

// The name as keys a query's words are looked up by (query_name_keys): typing a name of the
// entry ranks it first. Only entries have them, so the analogies that quote the name follow.
void add_name_keys(Xapian::Document& doc, const std::string& name) {
  for (const auto& key : name_keys(name)) doc.add_term(field_prefix("name") + key);
}

// A title or another name of the entry: searchable as `title:` and weighted above the text.
void add_name(Xapian::TermGenerator& tg, const std::string& name, bool spelled,
              Xapian::termcount weight = kTitleWeight) {
  if (name.empty()) return;
  tg.index_text(name, 1, field_prefix("title"));
  add_variants(tg, name, 1, field_prefix("title"));
  tg.increase_termpos();
  if (spelled)
    add_spelled_text(tg, name, weight);
  else
    add_text(tg, name, weight);
}

void add_title(Xapian::TermGenerator& tg, Xapian::Document& doc, const model::Text& title) {
  for (const std::string* name : {&title.en, &title.ja}) {
    add_name(tg, *name, name == &title.en);
    add_name_keys(doc, *name);
  }
}

// The countries an entry involves, by name: "how did the US respond" should find the NASA
// Act although its text says only "Eisenhower signed". (The ids are filters, `country:us`.)
void add_country_names(Xapian::TermGenerator& tg, const model::Corpus& corpus, const model::Entry& e) {
  std::vector<std::string> ids = e.shocked;
  ids.push_back(e.shocking);
  ids.push_back(e.country);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  for (const auto& id : ids)
    if (const model::Country* country = id.empty() ? nullptr : corpus.find_country(id)) {
      add_text(tg, country->name.en);
      add_text(tg, country->name.ja);
    }
}

// How linked an entry is, as the wdf of one term the searcher weighs: 1 for one link, 2 for
// two or three, 3 for four to seven…, so that the tenth link counts less than the first.
void add_links(Xapian::Document& doc, unsigned links) {
  if (links > 0) doc.add_term(field_prefix("links"), static_cast<Xapian::termcount>(std::bit_width(links)));
}

void add_filter(Xapian::Document& doc, std::string_view field, const std::string& value) {
  if (!value.empty()) doc.add_boolean_term(filter_term(field, value));
}

model::SlotSource slot_source(const model::Entry& e) {
  return {e.type,
          e.date.year,
          e.date.sort_key(),
          e.date.decade(),
          e.era,
          e.category,
          e.type == EntryType::moment ? e.shocking : e.country,
          e.status};
}

void add_value(Xapian::Document& doc, const model::Field& field, const model::SlotValue& value) {
  const auto slot = static_cast<Xapian::valueno>(field.slot);
  if (const auto* text = std::get_if<std::string>(&value))
    doc.add_value(slot, *text);
  else
    doc.add_value(slot, Xapian::sortable_serialise(std::get<double>(value)));
}

// Every slot the field table declares, computed by the table's own rule.
void add_values(Xapian::Document& doc, const model::Entry& e) {
  const model::SlotSource source = slot_source(e);
  for (const auto& f : model::fields())
    if (f.has_slot()) add_value(doc, f, f.value(source));
}

void add_filters(Xapian::Document& doc, const model::Entry& e) {
  add_filter(doc, "id", e.id);
  add_filter(doc, "type", std::string(model::type_name(e.type)));
  add_filter(doc, "era", e.era);
  add_filter(doc, "decade", model::decade_label(e.date.decade()));
  add_filter(doc, "category", e.category);
  add_filter(doc, "status", e.status);
  add_filter(doc, "moment", e.root_moment);
  add_filter(doc, "phase", std::string(model::phase_of(e.type, e.phase)));
  add_filter(doc, "country", e.country);
  add_filter(doc, "country", e.shocking);
  for (const auto& c : e.shocked) add_filter(doc, "country", c);
  for (const auto& t : e.tags) add_filter(doc, "tag", t);
}

}  // namespace

DocumentBuilder::DocumentBuilder(const model::Corpus& corpus) : corpus_(corpus) {
  sides_.reserve(corpus.analogies.size());
  for (const auto& a : corpus.analogies) {
    analogies_of_[a.from].push_back(&a);
    if (a.to != a.from) analogies_of_[a.to].push_back(&a);
    sides_.emplace_back(corpus.find_entry(a.from), corpus.find_entry(a.to));
    ++links_[a.from];
    ++links_[a.to];
  }
  for (const auto& e : corpus.entries) {
    for (const auto& parent : e.from) ++links_[parent];
    if (!e.moment.empty()) ++links_[e.moment];
  }
}

std::string DocumentBuilder::id_term(std::size_t i) const {
  const std::size_t entries = corpus_.entries.size();
  return filter_term("id", i < entries ? corpus_.entries[i].id : corpus_.analogies[i - entries].id);
}

Xapian::Document DocumentBuilder::build(std::size_t i, Xapian::TermGenerator& tg) const {
  const std::size_t entries = corpus_.entries.size();
  return i < entries ? entry_document(tg, corpus_.entries[i]) : analogy_document(tg, corpus_.analogies[i - entries]);
}

void DocumentBuilder::add_synonyms(Xapian::WritableDatabase& db) const {
  for (const auto& group : corpus_.synonyms)
    for (const auto& term : group.terms)
      for (const auto& other : group.terms)
        if (util::search_key(other) != util::search_key(term)) db.add_synonym(util::search_key(term), other);
}

Xapian::Document DocumentBuilder::entry_document(Xapian::TermGenerator& tg, const model::Entry& e) const {
  Xapian::Document doc;
  tg.set_document(doc);
  add_title(tg, doc, e.title);
  for (const auto& alias : e.aliases) {
    add_name(tg, alias, !util::has_cjk(alias));
    add_name_keys(doc, alias);
  }
  add_spelled_text(tg, e.summary.en);
  add_text(tg, e.summary.ja);
  for (const auto* t : {&e.body, &e.how, &e.true_origin, &e.label_note, &e.note}) {
    add_text(tg, t->en);
    add_text(tg, t->ja);
  }
  for (const auto& f : e.figures) add_text(tg, f.what.en + " " + f.what.ja);
  // A response is, in so many words, the response to its moment: "how did the US respond
  // to Sputnik" should find the NASA Act even where its own text never names Sputnik.
  if (e.type == EntryType::response)
    if (const model::Entry* moment = corpus_.find_entry(e.root_moment))
      add_text(tg, fmt::format("response to {} {}への対応", moment->title.en, moment->title.ja), kResponseToWeight);
  add_country_names(tg, corpus_, e);
  for (const auto& t : e.tags) add_text(tg, t);
  add_values(doc, e);
  if (auto links = links_.find(e.id); links != links_.end()) add_links(doc, links->second);
  add_filters(doc, e);
  HitData data{e.id, e.type, e.date.display(), e.date.year, e.title, e.summary, e.era, e.category, e.status, {}};
  // Analogy links shown under a hit: for a historical entry its AI-race counterparts,
  // for an AI-race event its historical parallels.
  if (auto it = analogies_of_.find(e.id); it != analogies_of_.end())
    for (const model::Analogy* a : it->second) {
      const auto& [from, to] = sides_[static_cast<std::size_t>(a - corpus_.analogies.data())];
      const model::Entry* other = a->from == e.id ? to : from;
      if (other) data.links.push_back({a->id, other->id, other->title, other->date.display(), a->phase, a->strength});
    }
  doc.set_data(encode_hit_data(data));
  return doc;
}

Xapian::Document DocumentBuilder::analogy_document(Xapian::TermGenerator& tg, const model::Analogy& a) const {
  const auto& [from, to] = sides_[static_cast<std::size_t>(&a - corpus_.analogies.data())];
  const model::Text title{fmt::format("{} ↔ {}", from ? from->title.en : a.from, to ? to->title.en : a.to),
                          fmt::format("{} ↔ {}", from ? from->title.ja : a.from, to ? to->title.ja : a.to)};
  Xapian::Document doc;
  tg.set_document(doc);
  // The two titles an analogy joins count as its text, not as its own name: a search for
  // "Sputnik" should rank the moment itself above the analogies that quote it.
  add_name(tg, title.en, false, 1);
  add_name(tg, title.ja, false, 1);
  for (const auto* t : {&a.fits, &a.breaks}) {
    add_text(tg, t->en);
    add_text(tg, t->ja);
  }
  add_filter(doc, "id", a.id);
  add_filter(doc, "type", "analogy");
  add_filter(doc, "phase", a.phase);
  add_value(doc, model::field("type"), std::string(model::type_name(EntryType::analogy)));
  HitData data{a.id, EntryType::analogy, "", 0, title, a.fits, "", "", "", {}};
  if (from) {
    // Sorted by date with its historical side; no year value, so year: ranges skip links.
    add_value(doc, model::field("date"), static_cast<double>(from->date.sort_key()));
    add_filter(doc, "moment", from->root_moment);
    add_filter(doc, "era", from->era);
    data.links.push_back({a.id, from->id, from->title, from->date.display(), a.phase, a.strength});
  }
  if (to) data.links.push_back({a.id, to->id, to->title, to->date.display(), a.phase, a.strength});
  doc.set_data(encode_hit_data(data));
  return doc;
}

}  // namespace sputnik::index
