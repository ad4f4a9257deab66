// SPDX-License-Identifier: MIT
#include "core/index/document_builder.hpp"

#include <fmt/format.h>

#include "core/index/document.hpp"
#include "core/index/terms.hpp"
#include "core/model/fields.hpp"

namespace sputnik::index {
namespace {

using model::EntryType;

constexpr Xapian::termcount kTitleWeight = 3;

// Adds a free-text field so that phrases never match across two fields.
void add_text(Xapian::TermGenerator& tg, const std::string& text, Xapian::termcount weight = 1) {
  if (text.empty()) return;
  tg.index_text(text, weight);
  tg.increase_termpos();
}

void add_title(Xapian::TermGenerator& tg, const model::Text& title) {
  for (const auto* t : {&title.en, &title.ja}) {
    if (t->empty()) continue;
    tg.index_text(*t, 1, field_prefix("title"));
    tg.increase_termpos();
    add_text(tg, *t, kTitleWeight);
  }
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

Xapian::Document DocumentBuilder::entry_document(Xapian::TermGenerator& tg, const model::Entry& e) const {
  Xapian::Document doc;
  tg.set_document(doc);
  add_title(tg, e.title);
  for (const auto* t : {&e.summary, &e.body, &e.how, &e.true_origin, &e.label_note, &e.note}) {
    add_text(tg, t->en);
    add_text(tg, t->ja);
  }
  for (const auto& f : e.figures) add_text(tg, f.what.en + " " + f.what.ja);
  for (const auto& t : e.tags) add_text(tg, t);
  add_values(doc, e);
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
  add_title(tg, title);
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
