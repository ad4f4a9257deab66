// SPDX-License-Identifier: MIT
#include "core/index/indexer.hpp"

#include <fmt/format.h>
#include <map>
#include <xapian.h>

#include "core/index/document.hpp"
#include "core/index/terms.hpp"
#include "core/model/fields.hpp"
#include "core/util/fault.hpp"
#include "core/util/text.hpp"

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

void add_values(Xapian::Document& doc, const model::Entry& e) {
  doc.add_value(model::slot::year, Xapian::sortable_serialise(e.date.year));
  doc.add_value(model::slot::sort_key, Xapian::sortable_serialise(static_cast<double>(e.date.sort_key())));
  doc.add_value(model::slot::type, std::string(model::type_name(e.type)));
  doc.add_value(model::slot::era, e.era);
  doc.add_value(model::slot::category, e.category);
  doc.add_value(model::slot::country, e.type == EntryType::moment ? e.shocking : e.country);
  doc.add_value(model::slot::decade, decade_label(e.date.decade()));
  doc.add_value(model::slot::status, e.status);
}

void add_filters(Xapian::Document& doc, const model::Entry& e) {
  add_filter(doc, "id", e.id);
  add_filter(doc, "type", std::string(model::type_name(e.type)));
  add_filter(doc, "era", e.era);
  add_filter(doc, "decade", decade_label(e.date.decade()));
  add_filter(doc, "category", e.category);
  add_filter(doc, "status", e.status);
  add_filter(doc, "moment", e.root_moment);
  add_filter(doc, "phase", e.type == EntryType::moment ? "shock" : e.type == EntryType::spillover ? "spillovers" : e.phase);
  add_filter(doc, "country", e.country);
  add_filter(doc, "country", e.shocking);
  for (const auto& c : e.shocked) add_filter(doc, "country", c);
  for (const auto& t : e.tags) add_filter(doc, "tag", t);
}

// Analogy links shown under a hit: for a historical entry its AI-race counterparts,
// for an AI-race event its historical parallels.
std::vector<LinkRef> links_of(const model::Corpus& corpus, const model::Entry& e) {
  std::vector<LinkRef> links;
  for (const auto& a : corpus.analogies) {
    const std::string* other = a.from == e.id ? &a.to : a.to == e.id ? &a.from : nullptr;
    if (!other) continue;
    const model::Entry* o = corpus.find_entry(*other);
    if (o) links.push_back({a.id, o->id, o->title, o->date.display(), a.phase, a.strength});
  }
  return links;
}

Xapian::Document entry_document(Xapian::TermGenerator& tg, const model::Corpus& corpus, const model::Entry& e) {
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
  HitData data{e.id, e.type, e.date.display(), e.date.year, e.title, e.summary, e.era, e.category, e.status,
               links_of(corpus, e)};
  doc.set_data(encode_hit_data(data));
  return doc;
}

Xapian::Document analogy_document(Xapian::TermGenerator& tg, const model::Corpus& corpus, const model::Analogy& a) {
  const model::Entry* from = corpus.find_entry(a.from);
  const model::Entry* to = corpus.find_entry(a.to);
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
  doc.add_value(model::slot::type, "analogy");
  HitData data{a.id, EntryType::analogy, "", 0, title, a.fits, "", "", "", {}};
  if (from) {
    // Sorted by date with its historical side; no year value, so year: ranges skip links.
    doc.add_value(model::slot::sort_key, Xapian::sortable_serialise(static_cast<double>(from->date.sort_key())));
    add_filter(doc, "moment", from->root_moment);
    add_filter(doc, "era", from->era);
    data.links.push_back({a.id, from->id, from->title, from->date.display(), a.phase, a.strength});
  }
  if (to) data.links.push_back({a.id, to->id, to->title, to->date.display(), a.phase, a.strength});
  doc.set_data(encode_hit_data(data));
  return doc;
}

}  // namespace

Status write_index(const std::filesystem::path& dir, const model::Corpus& corpus, const Progress& progress) {
  constexpr std::size_t kReportEvery = 256;
  try {
    Xapian::WritableDatabase db(dir.string(), Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
    Xapian::TermGenerator tg;
    configure_term_generator(tg);
    const std::size_t total = corpus.entries.size() + corpus.analogies.size();
    std::size_t done = 0;
    const auto tick = [&] {
      util::fault_point("index-document", ++done);
      if (progress && (done % kReportEvery == 0 || done == total)) progress(done, total);
    };
    for (const auto& e : corpus.entries) {
      db.replace_document(filter_term("id", e.id), entry_document(tg, corpus, e));
      tick();
    }
    for (const auto& a : corpus.analogies) {
      db.replace_document(filter_term("id", a.id), analogy_document(tg, corpus, a));
      tick();
    }
    db.commit();
  } catch (const Xapian::Error& e) {
    return make_error(ErrorCode::io, fmt::format("writing the index at {} failed: {}", dir.string(),
                                                      e.get_description()),
                      "check free space and permissions of the catalog directory");
  }
  return {};
}

}  // namespace sputnik::index
