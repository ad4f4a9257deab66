// SPDX-License-Identifier: MIT
#include "core/kb/loader.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <fstream>
#include <sstream>
#include <toml++/toml.h>

#include "core/kb/fingerprint.hpp"
#include "core/kb/table_reader.hpp"
#include "core/util/text.hpp"

namespace sputnik::kb {
namespace {

using model::EntryType;

// Reads `id` and renames the reader's context after it, so later messages say
// "sputnik-1.title.ja" rather than "moment[0].title.ja".
std::string read_id(TableReader& r) {
  std::string id = r.string("id", Need::required);
  if (!id.empty() && !util::is_slug(id)) {
    r.report(nullptr, "id", fmt::format("'{}' is not a slug (lower-case letters, digits and single '-', at most 64)", id));
    return id;
  }
  if (!id.empty()) r.set_context(id);
  return id;
}

void read_common(TableReader& r, model::Entry& e) {
  e.where = r.where();
  e.fields = r.field_locations();
  e.id = read_id(r);
  if (auto d = r.date("date", Need::required)) e.date = *d;
  e.title = r.text("title", TextNeed::both);
  e.summary = r.text("summary", TextNeed::both);
  e.body = r.text("body", TextNeed::optional);
  e.note = r.text("note", TextNeed::optional);
  e.era = r.string("era", Need::optional);
  e.tags = r.strings("tags", Need::optional);
  e.figures = r.figures("figures");
  e.sources = r.strings("sources", Need::required);
}

#define SPUTNIK_COMMON_FIELDS "id", "date", "title", "summary", "body", "note", "era", "tags", "figures", "sources"

model::Entry read_moment(TableReader& r) {
  model::Entry e;
  e.type = EntryType::moment;
  read_common(r, e);
  e.shocking = r.string("shocking", Need::required);
  e.shocked = r.strings("shocked", Need::required);
  e.label = r.string("label", Need::required);
  e.label_note = r.text("label_note", TextNeed::optional);
  e.same_as = r.string("same_as", Need::optional);
  r.reject_unknown({SPUTNIK_COMMON_FIELDS, "shocking", "shocked", "label", "label_note", "same_as"});
  return e;
}

model::Entry read_response(TableReader& r) {
  model::Entry e;
  e.type = EntryType::response;
  read_common(r, e);
  e.moment = r.string("moment", Need::required);
  e.kind = r.string("kind", Need::required);
  e.phase = r.string("phase", Need::optional);
  if (e.phase.empty()) e.phase = "institutional-response";
  e.country = r.string("country", Need::optional);
  e.same_as = r.string("same_as", Need::optional);
  r.reject_unknown({SPUTNIK_COMMON_FIELDS, "moment", "kind", "phase", "country", "same_as"});
  return e;
}

model::Entry read_spillover(TableReader& r) {
  model::Entry e;
  e.type = EntryType::spillover;
  read_common(r, e);
  e.from = r.strings("from", Need::required);
  e.category = r.string("category", Need::required);
  e.status = r.string("status", Need::required);
  e.how = r.text("how", TextNeed::english);
  e.true_origin = r.text("true_origin", TextNeed::optional);
  e.country = r.string("country", Need::optional);
  r.reject_unknown({SPUTNIK_COMMON_FIELDS, "from", "category", "status", "how", "true_origin", "country"});
  return e;
}

model::Entry read_ai_event(TableReader& r) {
  model::Entry e;
  e.type = EntryType::ai_event;
  read_common(r, e);
  e.kind = r.string("kind", Need::required);
  e.country = r.string("country", Need::required);
  r.reject_unknown({SPUTNIK_COMMON_FIELDS, "kind", "country"});
  return e;
}

#undef SPUTNIK_COMMON_FIELDS

model::Analogy read_analogy(TableReader& r) {
  model::Analogy a;
  a.where = r.where();
  a.fields = r.field_locations();
  a.id = read_id(r);
  a.from = r.string("from", Need::required);
  a.to = r.string("to", Need::required);
  a.phase = r.string("phase", Need::required);
  a.strength = r.string("strength", Need::required);
  a.fits = r.text("fits", TextNeed::english);
  a.breaks = r.text("breaks", TextNeed::english);
  a.sources = r.strings("sources", Need::required);
  r.reject_unknown({"id", "from", "to", "phase", "strength", "fits", "breaks", "sources"});
  return a;
}

model::Source read_source(TableReader& r) {
  model::Source s;
  s.where = r.where();
  s.fields = r.field_locations();
  s.id = read_id(r);
  s.title = r.string("title", Need::required);
  s.publisher = r.string("publisher", Need::required);
  s.year = static_cast<int>(r.integer("year", Need::required).value_or(0));
  s.url = r.string("url", Need::required);
  s.primary = r.boolean("primary");
  s.author = r.string("author", Need::optional);
  if (auto d = r.date("accessed", Need::optional)) s.accessed = d->to_kb_string();
  r.reject_unknown({"id", "title", "publisher", "year", "url", "primary", "author", "accessed"});
  return s;
}

model::Era read_era(TableReader& r) {
  model::Era era;
  era.where = r.where();
  era.id = read_id(r);
  era.name = r.text("name", TextNeed::both);
  era.summary = r.text("summary", TextNeed::optional);
  era.start = static_cast<int>(r.integer("start", Need::required).value_or(0));
  era.end = static_cast<int>(r.integer("end", Need::required).value_or(0));
  r.reject_unknown({"id", "name", "summary", "start", "end", "sources"});
  return era;
}

model::Country read_country(TableReader& r) {
  model::Country c;
  c.where = r.where();
  c.id = read_id(r);
  c.name = r.text("name", TextNeed::both);
  r.reject_unknown({"id", "name"});
  return c;
}

void read_table(std::string_view kind, TableReader& r, model::Corpus& corpus) {
  if (kind == "moment") corpus.entries.push_back(read_moment(r));
  else if (kind == "response") corpus.entries.push_back(read_response(r));
  else if (kind == "spillover") corpus.entries.push_back(read_spillover(r));
  else if (kind == "ai_event") corpus.entries.push_back(read_ai_event(r));
  else if (kind == "analogy") corpus.analogies.push_back(read_analogy(r));
  else if (kind == "source") corpus.sources.push_back(read_source(r));
  else if (kind == "era") corpus.eras.push_back(read_era(r));
  else if (kind == "country") corpus.countries.push_back(read_country(r));
}

constexpr std::string_view kKinds[] = {"moment", "response", "spillover", "ai_event",
                                        "analogy", "source", "era", "country"};

bool is_kind(std::string_view key) {
  return std::find(std::begin(kKinds), std::end(kKinds), key) != std::end(kKinds);
}

void read_document(const toml::table& root, const std::string& file, model::Corpus& corpus,
                   std::vector<Diagnostic>& problems) {
  for (const auto& [key, node] : root) {
    const std::string kind(key.str());
    const auto& src = node.source();
    if (!is_kind(kind)) {
      problems.push_back({file, static_cast<int>(src.begin.line), static_cast<int>(src.begin.column), kind,
                          "unknown table kind (expected [[moment]], [[response]], [[spillover]], [[ai_event]], "
                          "[[analogy]], [[source]], [[era]] or [[country]])"});
      continue;
    }
    const toml::array* tables = node.as_array();
    if (!tables || !tables->is_array_of_tables()) {
      problems.push_back({file, static_cast<int>(src.begin.line), static_cast<int>(src.begin.column), kind,
                          fmt::format("must be an array of tables: write [[{}]]", kind)});
      continue;
    }
    std::size_t index = 0;
    for (const toml::node& item : *tables) {
      TableReader reader(*item.as_table(), file, fmt::format("{}[{}]", kind, index++), problems);
      read_table(kind, reader, corpus);
    }
  }
}

}  // namespace

void load_toml_text(std::string_view text, const std::string& display_name, model::Corpus& corpus,
                    std::vector<Diagnostic>& problems) {
  corpus.files.push_back(display_name);
  if (!util::is_valid_utf8(text)) {
    problems.push_back({display_name, 1, 1, "file", "is not valid UTF-8 (save it as UTF-8)"});
    return;
  }
  try {
    const toml::table root = toml::parse(text, display_name);
    read_document(root, display_name, corpus, problems);
  } catch (const toml::parse_error& e) {
    const auto& src = e.source();
    problems.push_back({display_name, static_cast<int>(src.begin.line), static_cast<int>(src.begin.column),
                        "syntax", std::string(e.description())});
  }
}

std::vector<std::filesystem::path> kb_files(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& item : std::filesystem::recursive_directory_iterator(dir))
    if (item.is_regular_file() && item.path().extension() == ".toml") files.push_back(item.path());
  std::sort(files.begin(), files.end());
  return files;
}

namespace {
void load_dir(const std::filesystem::path& dir, std::size_t index, Fingerprinter& fingerprint, LoadResult& result);
}  // namespace

LoadResult load_kb(const std::filesystem::path& dir) { return load_kb(std::vector<std::filesystem::path>{dir}); }

LoadResult load_kb(const std::vector<std::filesystem::path>& dirs) {
  LoadResult result;
  Fingerprinter fingerprint;
  for (std::size_t i = 0; i < dirs.size(); ++i) load_dir(dirs[i], i, fingerprint, result);
  result.fingerprint = fingerprint.hex_digest();
  return result;
}

namespace {

// One directory of a kb made of several (the shipped corpus and a user's own, say). Ids
// share one namespace across all of them, so a clash is reported like any duplicate id.
void load_dir(const std::filesystem::path& dir, std::size_t index, Fingerprinter& fingerprint, LoadResult& result) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    result.problems.push_back({dir.string(), 0, 0, "kb", "is not a directory (pass --kb DIR with the kb/ folder)"});
    return;
  }
  const auto files = kb_files(dir);
  result.files.insert(result.files.end(), files.begin(), files.end());
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    if (!in) {
      result.problems.push_back({path.string(), 0, 0, "file", "cannot be read"});
      continue;
    }
    const std::string text = content.str();
    fingerprint.add(fingerprint_name(dir, path, index), text);
    load_toml_text(text, path.string(), result.corpus, result.problems);
  }
  if (files.empty()) result.problems.push_back({dir.string(), 0, 0, "kb", "holds no *.toml files"});
}

}  // namespace

}  // namespace sputnik::kb
