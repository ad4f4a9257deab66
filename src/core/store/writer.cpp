// SPDX-License-Identifier: MIT
#include "core/store/writer.hpp"

#include <fmt/format.h>

#include "core/store/schema.hpp"
#include "core/store/sqlite.hpp"
#include "core/util/fault.hpp"

namespace sputnik::store {
namespace {

using model::EntryType;

struct Statements {
  explicit Statements(const Database& db)
      : country(db.prepare("INSERT INTO country VALUES (?1, ?2, ?3)")),
        era(db.prepare("INSERT INTO era VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")),
        source(db.prepare("INSERT INTO source VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")),
        entry(db.prepare("INSERT INTO entry (id, type, date_text, date_display, year, month, day, precision, "
                         "sort_key, decade, era, title_en, title_ja, summary_en, summary_ja, body_en, body_ja, "
                         "note_en, note_ja, root_moment, country, same_as, file, line, span_start, span_end) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
                         "?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26)")),
        moment(db.prepare("INSERT INTO moment VALUES (?1, ?2, ?3, ?4, ?5)")),
        shocked(db.prepare("INSERT INTO moment_shocked VALUES (?1, ?2, ?3)")),
        response(db.prepare("INSERT INTO response VALUES (?1, ?2, ?3, ?4)")),
        spillover(db.prepare("INSERT INTO spillover VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")),
        spillover_from(db.prepare("INSERT INTO spillover_from VALUES (?1, ?2, ?3)")),
        ai_event(db.prepare("INSERT INTO ai_event VALUES (?1, ?2)")),
        analogy(db.prepare("INSERT INTO analogy VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")),
        citation(db.prepare("INSERT INTO citation VALUES (?1, ?2, ?3)")),
        figure(db.prepare("INSERT INTO figure VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")),
        tag(db.prepare("INSERT INTO tag VALUES (?1, ?2)")),
        meta(db.prepare("INSERT INTO meta VALUES (?1, ?2)")) {}

  Statement country, era, source, entry, moment, shocked, response, spillover, spillover_from, ai_event, analogy,
      citation, figure, tag, meta;
};

void insert_citations(Statement& s, const std::string& owner, const std::vector<std::string>& sources) {
  for (std::size_t i = 0; i < sources.size(); ++i)
    s.bind(1, owner).bind(2, sources[i]).bind(3, static_cast<int>(i)).run();
}

void insert_entry_row(Statement& s, const model::Entry& e) {
  const auto& d = e.date;
  s.bind(1, e.id).bind(2, model::type_name(e.type)).bind(3, d.to_kb_string()).bind(4, d.display());
  s.bind(5, d.year).bind(6, d.month ? std::optional<int>(d.month) : std::nullopt);
  s.bind(7, d.day ? std::optional<int>(d.day) : std::nullopt).bind(8, model::precision_name(d.precision));
  s.bind(9, static_cast<std::int64_t>(d.sort_key())).bind(10, d.decade()).bind(11, e.era);
  s.bind(12, e.title.en).bind(13, e.title.ja).bind(14, e.summary.en).bind(15, e.summary.ja);
  s.bind(16, e.body.en).bind(17, e.body.ja).bind(18, e.note.en).bind(19, e.note.ja);
  s.bind(20, e.root_moment).bind(21, e.country).bind(22, e.same_as).bind(23, e.where.file).bind(24, e.where.line);
  const auto [first, last] = d.year_span();
  s.bind(25, first).bind(26, last);
  s.run();
}

void insert_type_rows(Statements& st, const model::Entry& e) {
  switch (e.type) {
    case EntryType::moment:
      st.moment.bind(1, e.id)
          .bind(2, e.shocking)
          .bind(3, e.label)
          .bind(4, e.label_note.en)
          .bind(5, e.label_note.ja)
          .run();
      for (std::size_t i = 0; i < e.shocked.size(); ++i)
        st.shocked.bind(1, e.id).bind(2, e.shocked[i]).bind(3, static_cast<int>(i)).run();
      break;
    case EntryType::response:
      st.response.bind(1, e.id).bind(2, e.moment).bind(3, e.kind).bind(4, e.phase).run();
      break;
    case EntryType::spillover:
      st.spillover.bind(1, e.id).bind(2, e.category).bind(3, e.status).bind(4, e.how.en).bind(5, e.how.ja);
      st.spillover.bind(6, e.true_origin.en)
          .bind(7, e.true_origin.ja)
          .bind(8, e.lag_years)
          .bind(9, e.root_response)
          .run();
      for (std::size_t i = 0; i < e.from.size(); ++i)
        st.spillover_from.bind(1, e.id).bind(2, e.from[i]).bind(3, static_cast<int>(i)).run();
      break;
    case EntryType::ai_event:
      st.ai_event.bind(1, e.id).bind(2, e.kind).run();
      break;
    case EntryType::analogy:
      break;
  }
}

void insert_entry(Statements& st, const model::Entry& e) {
  insert_entry_row(st.entry, e);
  insert_type_rows(st, e);
  insert_citations(st.citation, e.id, e.sources);
  for (std::size_t i = 0; i < e.figures.size(); ++i) {
    const auto& f = e.figures[i];
    st.figure.bind(1, e.id).bind(2, static_cast<int>(i)).bind(3, f.value).bind(4, f.unit).bind(5, f.what.en);
    st.figure.bind(6, f.what.ja).bind(7, f.year).bind(8, f.source).run();
  }
  for (const auto& t : e.tags) st.tag.bind(1, e.id).bind(2, t).run();
}

void insert_corpus(Statements& st, const model::Corpus& corpus) {
  for (const auto& c : corpus.countries) st.country.bind(1, c.id).bind(2, c.name.en).bind(3, c.name.ja).run();
  for (const auto& e : corpus.eras)
    st.era.bind(1, e.id)
        .bind(2, e.name.en)
        .bind(3, e.name.ja)
        .bind(4, e.summary.en)
        .bind(5, e.summary.ja)
        .bind(6, e.start)
        .bind(7, e.end)
        .run();
  for (const auto& s : corpus.sources)
    st.source.bind(1, s.id)
        .bind(2, s.title)
        .bind(3, s.publisher)
        .bind(4, s.year)
        .bind(5, s.url)
        .bind(6, s.author)
        .bind(7, s.accessed)
        .bind(8, s.primary ? 1 : 0)
        .bind(9, s.where.file)
        .bind(10, s.where.line)
        .run();
  std::size_t written = 0;
  for (const auto& e : corpus.entries) {
    insert_entry(st, e);
    util::fault_point("store-entry", ++written);
  }
  for (const auto& a : corpus.analogies) {
    st.analogy.bind(1, a.id)
        .bind(2, a.from)
        .bind(3, a.to)
        .bind(4, a.phase)
        .bind(5, a.strength)
        .bind(6, a.fits.en)
        .bind(7, a.fits.ja)
        .bind(8, a.breaks.en)
        .bind(9, a.breaks.ja)
        .bind(10, a.where.file)
        .bind(11, a.where.line)
        .run();
    insert_citations(st.citation, a.id, a.sources);
  }
}

}  // namespace

Status write_catalog(const std::filesystem::path& path, const model::Corpus& corpus,
                     const std::map<std::string, std::string>& meta) {
  auto db = Database::open(path, Database::Mode::create);
  if (!db) return db.error();
  try {
    // The catalog is rebuilt from kb/ on any failure, so durability costs nothing here;
    // the build's directory rename is what makes the result atomic.
    // A larger page cache keeps the primary-key B-trees of a big kb in memory while loading.
    db->exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536; BEGIN");
    for (const auto& script : schema_scripts())
      if (!creates_indexes(script)) db->exec(script.sql);
    {
      Statements st(*db);
      insert_corpus(st, corpus);
      for (const auto& [key, value] : meta) st.meta.bind(1, key).bind(2, value).run();
    }
    for (const auto& script : schema_scripts())
      if (creates_indexes(script)) db->exec(script.sql);
    db->exec(fmt::format("PRAGMA user_version = {}", schema_version()));
    db->exec("COMMIT");
  } catch (const SqliteError& e) {
    return make_error(ErrorCode::io, fmt::format("writing {} failed: {}", path.string(), e.message),
                      "check free space and permissions of the catalog directory");
  }
  return {};
}

}  // namespace sputnik::store
