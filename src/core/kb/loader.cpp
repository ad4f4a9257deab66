// SPDX-License-Identifier: MIT
#include "core/kb/loader.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <tuple>
#include <utility>

#include "core/kb/fingerprint.hpp"
#include "core/kb/table_reader.hpp"
#include "core/util/paths.hpp"
#include "core/util/text.hpp"

namespace sputnik::kb {
namespace {

using model::EntryType;

// Reads `id` and renames the reader's context after it, so later messages say
// "sputnik-1.title.ja" rather than "moment[0].title.ja".
std::string read_id(TableReader& r) {
  std::string id = r.string("id", Need::required);
  if (!id.empty() && !util::is_slug(id)) {
    r.report(r.node("id"), "id",
             fmt::format("'{}' is not a slug (lower-case letters, digits and single '-', at most 64)", id));
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
  e.title = r.text("title", TextNeed::both, kMaxLineBytes);
  e.summary = r.text("summary", TextNeed::both);
  e.body = r.text("body", TextNeed::optional);
  e.note = r.text("note", TextNeed::optional);
  e.era = r.string("era", Need::optional);
  e.tags = r.strings("tags", Need::optional);
  e.aliases = r.strings("aliases", Need::optional);
  e.figures = r.figures("figures");
  e.sources = r.strings("sources", Need::required);
}

model::Entry read_moment(TableReader& r) {
  model::Entry e;
  e.type = EntryType::moment;
  read_common(r, e);
  e.shocking = r.string("shocking", Need::required);
  e.shocked = r.strings("shocked", Need::required);
  e.label = r.string("label", Need::required);
  e.label_note = r.text("label_note", TextNeed::optional);
  e.same_as = r.string("same_as", Need::optional);
  r.reject_unread();
  return e;
}

model::Entry read_response(TableReader& r) {
  model::Entry e;
  e.type = EntryType::response;
  read_common(r, e);
  e.moment = r.string("moment", Need::required);
  e.kind = r.string("kind", Need::required);
  e.phase = r.string("phase", Need::optional);
  if (e.phase.empty()) e.phase = model::phase::institutional_response;
  e.country = r.string("country", Need::optional);
  e.same_as = r.string("same_as", Need::optional);
  r.reject_unread();
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
  r.reject_unread();
  return e;
}

model::Entry read_ai_event(TableReader& r) {
  model::Entry e;
  e.type = EntryType::ai_event;
  read_common(r, e);
  e.kind = r.string("kind", Need::required);
  e.country = r.string("country", Need::required);
  r.reject_unread();
  return e;
}

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
  r.reject_unread();
  return a;
}

model::Source read_source(TableReader& r) {
  model::Source s;
  s.where = r.where();
  s.fields = r.field_locations();
  s.id = read_id(r);
  s.title = r.string("title", Need::required);
  s.publisher = r.string("publisher", Need::required);
  const auto year = r.year("year", Need::required);
  s.year = year.value_or(0);
  // validate checks the range of other years; 0 (the `sputnik new` placeholder) is never one.
  if (year == 0) r.report(r.node("year"), "year", "0 is not a plausible publication year");
  s.url = r.string("url", Need::required, kMaxUrlBytes);
  s.primary = r.boolean("primary");
  s.author = r.string("author", Need::optional);
  if (auto d = r.date("accessed", Need::optional)) s.accessed = d->to_kb_string();
  r.reject_unread();
  return s;
}

model::Era read_era(TableReader& r) {
  model::Era era;
  era.where = r.where();
  era.id = read_id(r);
  era.name = r.text("name", TextNeed::both, kMaxLineBytes);
  era.summary = r.text("summary", TextNeed::optional);
  era.start = r.year("start", Need::required).value_or(0);
  era.end = r.year("end", Need::required).value_or(0);
  r.strings("sources", Need::optional);  // accepted for the reader of the file; eras cite no claim
  r.reject_unread();
  return era;
}

model::Country read_country(TableReader& r) {
  model::Country c;
  c.where = r.where();
  c.id = read_id(r);
  c.name = r.text("name", TextNeed::both, kMaxLineBytes);
  r.reject_unread();
  return c;
}

model::SynonymGroup read_synonym(TableReader& r) {
  model::SynonymGroup g;
  g.where = r.where();
  g.fields = r.field_locations();
  g.terms = r.strings("terms", Need::required);
  g.entry = r.string("entry", Need::optional);
  r.reject_unread();
  return g;
}

void read_table(std::string_view kind, TableReader& r, model::Corpus& corpus) {
  if (kind == "moment")
    corpus.entries.push_back(read_moment(r));
  else if (kind == "response")
    corpus.entries.push_back(read_response(r));
  else if (kind == "spillover")
    corpus.entries.push_back(read_spillover(r));
  else if (kind == "ai_event")
    corpus.entries.push_back(read_ai_event(r));
  else if (kind == "analogy")
    corpus.analogies.push_back(read_analogy(r));
  else if (kind == "source")
    corpus.sources.push_back(read_source(r));
  else if (kind == "era")
    corpus.eras.push_back(read_era(r));
  else if (kind == "country")
    corpus.countries.push_back(read_country(r));
  else if (kind == "synonym")
    corpus.synonyms.push_back(read_synonym(r));
}

constexpr std::string_view kKinds[] = {"moment", "response", "spillover", "ai_event", "analogy",
                                       "source", "era",      "country",   "synonym"};

model::CorpusInfo read_corpus_info(TableReader& r) {
  model::CorpusInfo info;
  info.where = r.where();
  info.fields = r.field_locations();
  info.ai_race_recorded_to = r.date("ai_race_recorded_to", Need::required);
  info.reviewed = r.date("reviewed", Need::optional);
  info.note = r.text("note", TextNeed::optional);
  r.reject_unread();
  return info;
}

// [corpus] is one table, not an array of them: there is one corpus.
void read_corpus_table(const toml::node& node, const std::string& file, model::Corpus& corpus,
                       std::vector<Diagnostic>& problems) {
  const auto& src = node.source();
  if (const toml::table* t = node.as_table()) {
    TableReader reader(*t, file, "corpus", problems);
    corpus.info.push_back(read_corpus_info(reader));
    return;
  }
  problems.push_back({file, static_cast<int>(src.begin.line), static_cast<int>(src.begin.column), "corpus",
                      "must be one table: write [corpus], not [[corpus]]"});
}

bool is_kind(std::string_view key) { return std::find(std::begin(kKinds), std::end(kKinds), key) != std::end(kKinds); }

void read_document(const toml::table& root, const std::string& file, model::Corpus& corpus,
                   std::vector<Diagnostic>& problems) {
  for (const auto& [key, node] : root) {
    const std::string kind(key.str());
    const auto& src = node.source();
    if (kind == "corpus") {
      read_corpus_table(node, file, corpus, problems);
      continue;
    }
    if (!is_kind(kind)) {
      problems.push_back({file, static_cast<int>(src.begin.line), static_cast<int>(src.begin.column), kind,
                          "unknown table kind (expected [[moment]], [[response]], [[spillover]], [[ai_event]], "
                          "[[analogy]], [[source]], [[era]], [[country]] or [[synonym]])"});
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

// toml++ builds and frees nested tables recursively, so a key thousands of parts deep
// ([a.a.a.…]) overflows the stack inside the parser before any error can be reported. The
// dots outside strings and comments bound the depth one line can add (a real kb line has a
// few), so a line with more is refused before parsing.
constexpr int kMaxDotsPerLine = 1000;

struct Scan {
  std::optional<std::size_t> too_deep;        ///< offset of the first dot over kMaxDotsPerLine
  std::optional<std::size_t> open_multiline;  ///< offset of a """ or ''' the file ends inside
};

// A quick pass over the text that knows only strings and comments.
Scan scan(std::string_view t) {
  enum class In { code, comment, basic, literal, multiline_basic, multiline_literal } in = In::code;
  Scan result;
  std::size_t opened = 0;
  const auto opens = [&](std::size_t i, std::string_view delimiter) { return t.substr(i, 3) == delimiter; };
  int dots = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    if (c == '\n') {
      dots = 0;
      if (in == In::comment || in == In::basic || in == In::literal) in = In::code;  // unclosed: toml++ says so
      continue;
    }
    const bool escape = c == '\\' && i + 1 < t.size() && t[i + 1] != '\n';
    switch (in) {
      case In::code:
        if (c == '#') {
          in = In::comment;
        } else if (c == '"' || c == '\'') {
          const bool multiline = opens(i, c == '"' ? "\"\"\"" : "'''");
          in = c == '"' ? (multiline ? In::multiline_basic : In::basic)
                        : (multiline ? In::multiline_literal : In::literal);
          opened = i;
          if (multiline) i += 2;
        } else if (c == '.' && ++dots > kMaxDotsPerLine) {
          result.too_deep = i;
          return result;
        }
        break;
      case In::comment:
        break;
      case In::basic:
        if (escape)
          ++i;
        else if (c == '"')
          in = In::code;
        break;
      case In::literal:
        if (c == '\'') in = In::code;
        break;
      case In::multiline_basic:
        if (escape) {
          ++i;
        } else if (opens(i, "\"\"\"")) {
          in = In::code;
          i += 2;
        }
        break;
      case In::multiline_literal:
        if (opens(i, "'''")) {
          in = In::code;
          i += 2;
        }
        break;
    }
  }
  if (in == In::multiline_basic || in == In::multiline_literal) result.open_multiline = opened;
  return result;
}

// Line and column of byte `offset`, counted as toml++ does (columns in code points).
std::pair<int, int> position_of(std::string_view text, std::size_t offset) {
  const std::string_view before = text.substr(0, offset);
  const auto newline = before.rfind('\n');
  const std::size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
  int column = 1;
  for (std::size_t i = line_start; i < offset; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  return {static_cast<int>(std::count(before.begin(), before.end(), '\n')) + 1, column};
}

// The byte at toml++'s line and column, or '\n' past the end of the text.
char char_at(std::string_view text, int line, int column) {
  std::size_t i = 0;
  for (int l = 1; l < line && i < text.size(); ++i)
    if (text[i] == '\n') ++l;
  for (int c = 1; i < text.size() && text[i] != '\n'; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (c++ == column) return text[i];
  }
  return '\n';
}

// toml++'s error, made plainer where it is misleading: it calls the end of a line inside a
// one-line string a "control character", and reports a multi-line string that is never
// closed at the end of the file rather than where it opens.
Diagnostic syntax_problem(std::string_view text, const Scan& scanned, const std::string& file,
                          const toml::parse_error& e) {
  const auto& at = e.source().begin;
  Diagnostic d{file, static_cast<int>(at.line), static_cast<int>(at.column), "syntax", std::string(e.description())};
  const char c = char_at(text, d.line, d.column);
  if ((c == '\n' || c == '\r') && d.message.find("control characters") != std::string::npos) {
    d.message = "the string is not closed before the end of the line (a missing quote?)";
  } else if (scanned.open_multiline && d.message.find("end-of-file") != std::string::npos) {
    std::tie(d.line, d.column) = position_of(text, *scanned.open_multiline);
    d.message = "this multi-line string is never closed (the file ends inside it)";
  }
  return d;
}

}  // namespace

void load_toml_text(std::string_view text, const std::string& display_name, model::Corpus& corpus,
                    std::vector<Diagnostic>& problems) {
  corpus.files.push_back(display_name);
  if (const std::size_t valid = util::valid_utf8_prefix(text); valid < text.size()) {
    const auto [line, column] = position_of(text, valid);
    problems.push_back({display_name, line, column, "file",
                        fmt::format("is not valid UTF-8: byte 0x{:02X} here (save the file as UTF-8)",
                                    static_cast<unsigned char>(text[valid]))});
    return;
  }
  const Scan scanned = scan(text);
  if (scanned.too_deep) {
    const auto [line, column] = position_of(text, *scanned.too_deep);
    problems.push_back({display_name, line, column, "syntax",
                        fmt::format("keys nested too deep: more than {} dotted parts on one line", kMaxDotsPerLine)});
    return;
  }
  try {
    const toml::table root = toml::parse(text, display_name);
    read_document(root, display_name, corpus, problems);
  } catch (const toml::parse_error& e) {
    problems.push_back(syntax_problem(text, scanned, display_name, e));
  }
}

namespace {

namespace fs = std::filesystem;

bool is_hidden(const fs::path& path) { return path.filename().string().starts_with('.'); }

class KbWalk {
 public:
  KbFiles walk(const fs::path& root) {
    visit(root);
    std::sort(found_.files.begin(), found_.files.end());
    return std::move(found_);
  }

 private:
  void problem(const fs::path& path, std::string message) {
    found_.problems.push_back({path.string(), 0, 0, "file", std::move(message)});
  }

  // Each folder once, however many links lead to it: a link to a parent ends here.
  bool first_visit(const fs::path& dir) {
    std::error_code ec;
    const fs::path real = fs::canonical(dir, ec);
    return ec || visited_.insert(real.string()).second;
  }

  void visit(const fs::path& dir) {
    if (!first_visit(dir)) return;
    std::error_code ec;
    fs::directory_iterator it(dir, ec), end;
    if (ec) return problem(dir, fmt::format("cannot be read: {}", ec.message()));
    for (; it != end; it.increment(ec)) {
      if (ec) return problem(dir, fmt::format("cannot be read: {}", ec.message()));
      const fs::path& path = it->path();
      if (!is_hidden(path)) add(path);
    }
    if (ec) problem(dir, fmt::format("cannot be read: {}", ec.message()));
  }

  void add(const fs::path& path) {
    const bool named_toml = path.extension() == ".toml";
    if (auto broken = util::broken_link(path); !broken.empty()) return problem(path, std::move(broken));
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec) return problem(path, fmt::format("cannot be read: {}", ec.message()));
    if (fs::is_directory(status)) return visit(path);
    if (!named_toml) return;  // README.md, notes.txt: not the kb's
    if (!fs::is_regular_file(status))
      return problem(path, fmt::format("is {}; a kb file must be a plain file", util::file_kind(status.type())));
    found_.files.push_back(path);
  }

  KbFiles found_;
  std::set<std::string> visited_;
};

}  // namespace

KbFiles kb_files(const fs::path& dir) { return KbWalk().walk(dir); }

namespace {
void load_dir(const std::filesystem::path& dir, std::size_t index, Fingerprinter& fingerprint, LoadResult& result);
}  // namespace

LoadResult load_kb(const std::vector<std::filesystem::path>& dirs, std::string_view fingerprint_seed) {
  LoadResult result;
  Fingerprinter fingerprint(fingerprint_seed);
  for (std::size_t i = 0; i < dirs.size(); ++i) load_dir(dirs[i], i, fingerprint, result);
  result.fingerprint = fingerprint.hex_digest();
  return result;
}

namespace {

// One directory of a kb made of several (the shipped corpus and a user's own, say). Ids
// share one namespace across all of them, so a clash is reported like any duplicate id.
void load_dir(const std::filesystem::path& dir, std::size_t index, Fingerprinter& fingerprint, LoadResult& result) {
  if (auto problem = util::directory_problem(dir, "kb folder"); !problem.empty()) {
    result.problems.push_back({dir.string(), 0, 0, "kb", problem + " (pass --kb DIR with the kb/ folder)"});
    return;
  }
  auto [files, problems] = kb_files(dir);
  result.problems.insert(result.problems.end(), problems.begin(), problems.end());
  result.files.insert(result.files.end(), files.begin(), files.end());
  for (const auto& path : files) {
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    if (in) content << in.rdbuf();
    if (!in) {
      const int why = errno;
      result.problems.push_back({path.string(), 0, 0, "file",
                                 why ? fmt::format("cannot be read: {}", std::strerror(why)) : "cannot be read"});
      continue;
    }
    const std::string text = content.str();
    fingerprint.add(fingerprint_name(dir, path, index), text);
    load_toml_text(text, path.string(), result.corpus, result.problems);
  }
  if (files.empty() && problems.empty()) result.problems.push_back({dir.string(), 0, 0, "kb", "holds no *.toml files"});
}

}  // namespace

}  // namespace sputnik::kb
