// SPDX-License-Identifier: MIT
// Every exporter (HTML, SVG, PPTX, Mermaid, Markdown, CSV, JSON, the terminal) escapes kb
// text through a handful of functions; a kb is user-written, so their promises are a
// security boundary (no markup injection, no spreadsheet formulas, no broken tables). This
// target checks each promise as its header states it, and that escaping loses nothing:
//   xml_escape       no raw < > " ', every & starts an entity, no forbidden C0 controls;
//                    decoding the entities gives the input minus those controls
//   one_line         no control characters, no double or trailing spaces, same visible bytes
//   mermaid_period   no : ; # or line break
//   mermaid_event    no ; # < > or line break, no ": " and no trailing ':'
//   markdown_inline  every \ ` * _ [ ] < > # | escaped; unescaping gives one_line(input)
//   truncate_display at most `columns` columns; the input itself when it fits, else a
//                    prefix of it followed by "…" (nothing at all in zero columns)
//   csv_field        RFC 4180 quoting that parses back to the value, formula guard
//   markdown_cell    no raw | or line break, < only in <br>; a table row keeps its columns
//   json_lines       one line per item that parses back (the same text when valid UTF-8)
//   search and spillovers JSON
//                    echo the user's query, which may be any bytes: never throw, always
//                    valid JSON, the query intact when it is valid UTF-8
//   util::wrap       no text lost or reordered, lines within the width unless one word
//                    (or closing punctuation hanging at its end) is wider
// Input: the first byte is a parameter (columns, width, numeric), the rest is the text.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/render/escape.hpp"
#include "core/render/json.hpp"
#include "core/render/search_render.hpp"
#include "core/render/spillover_render.hpp"
#include "core/render/table.hpp"
#include "core/util/text.hpp"

namespace {

using namespace sputnik;

[[noreturn]] void fail(const char* function, const char* what) {
  std::fprintf(stderr, "fuzz_escape: %s: %s\n", function, what);
  std::abort();
}

void expect(bool ok, const char* function, const char* what) {
  if (!ok) fail(function, what);
}

bool is_control(char c) { return static_cast<unsigned char>(c) < 0x20; }

// The bytes a reader sees: everything but spaces and control characters.
std::string visible(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && !is_control(c)) out += c;
  return out;
}

void check_xml(std::string_view text) {
  static constexpr std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
  const std::string out = render::xml_escape(text);
  std::string decoded;
  for (std::size_t i = 0; i < out.size();) {
    const char c = out[i];
    expect(c != '<' && c != '>' && c != '"' && c != '\'', "xml_escape", "raw < > \" or ' in the output");
    expect(!is_control(c) || c == '\t' || c == '\n' || c == '\r', "xml_escape", "a C0 control XML forbids");
    if (c != '&') {
      decoded += c;
      ++i;
      continue;
    }
    const auto* entity = std::find_if(std::begin(kEntities), std::end(kEntities),
                                      [&](const auto& e) { return out.compare(i, e.first.size(), e.first) == 0; });
    expect(entity != std::end(kEntities), "xml_escape", "an & that does not start an entity");
    decoded += entity->second;
    i += entity->first.size();
  }
  std::string expected;
  for (char c : text)
    if (!is_control(c) || c == '\t' || c == '\n' || c == '\r') expected += c;
  expect(decoded == expected, "xml_escape", "decoding the output does not give the input back");
}

void check_one_line(std::string_view text) {
  const std::string out = render::one_line(text);
  expect(std::none_of(out.begin(), out.end(), is_control), "one_line", "a control character or line break");
  expect(out.find("  ") == std::string::npos, "one_line", "a run of spaces");
  expect(out.empty() || out.back() != ' ', "one_line", "a trailing space");
  expect(visible(out) == visible(text), "one_line", "visible text changed");
}

void check_mermaid(std::string_view text) {
  const std::string period = render::mermaid_period(text);
  expect(period.find_first_of(":;#") == std::string::npos, "mermaid_period", "a : ; or #");
  expect(std::none_of(period.begin(), period.end(), is_control), "mermaid_period", "a line break or control");
  const std::string event = render::mermaid_event(text);
  expect(event.find_first_of(";#<>") == std::string::npos, "mermaid_event", "a ; # < or >");
  expect(std::none_of(event.begin(), event.end(), is_control), "mermaid_event", "a line break or control");
  expect(event.find(": ") == std::string::npos && (event.empty() || event.back() != ':'), "mermaid_event",
         "a ': ' or trailing ':' that would split the event");
}

void check_markdown_inline(std::string_view text) {
  constexpr std::string_view kSpecial = "\\`*_[]<>#|";
  const std::string out = render::markdown_inline(text);
  std::string unescaped;
  for (std::size_t i = 0; i < out.size(); ++i) {
    expect(!is_control(out[i]), "markdown_inline", "a line break or control");
    if (out[i] == '\\') {
      expect(i + 1 < out.size() && kSpecial.find(out[i + 1]) != std::string_view::npos, "markdown_inline",
             "a backslash that escapes nothing special");
      unescaped += out[++i];
      continue;
    }
    expect(kSpecial.find(out[i]) == std::string_view::npos, "markdown_inline", "an unescaped special character");
    unescaped += out[i];
  }
  expect(unescaped == render::one_line(text), "markdown_inline", "unescaping does not give one_line(input)");
}

void check_truncate(std::string_view text, std::size_t columns) {
  const std::string out = render::truncate_display(text, columns);
  expect(util::display_width(out) <= columns, "truncate_display", "wider than the columns asked for");
  if (util::display_width(text) <= columns) {
    expect(out == text, "truncate_display", "text that fits was changed");
    return;
  }
  if (columns == 0) {
    expect(out.empty(), "truncate_display", "something in zero columns");
    return;
  }
  constexpr std::string_view kEllipsis = "…";
  expect(out.size() >= kEllipsis.size() && out.compare(out.size() - kEllipsis.size(), kEllipsis.size(), kEllipsis) == 0,
         "truncate_display", "a cut without the ellipsis");
  expect(
      text.substr(0, out.size() - kEllipsis.size()) == std::string_view(out).substr(0, out.size() - kEllipsis.size()),
      "truncate_display", "the kept text is not a prefix of the input");
}

// Parses one RFC 4180 field back.
std::string csv_unquote(const std::string& field) {
  if (field.empty() || field.front() != '"') {
    expect(field.find_first_of(",\"\r\n") == std::string::npos, "csv_field", "an unquoted field with , \" or a break");
    return field;
  }
  expect(field.size() >= 2 && field.back() == '"', "csv_field", "a quoted field without its closing quote");
  std::string value;
  for (std::size_t i = 1; i + 1 < field.size(); ++i) {
    if (field[i] == '"') {
      expect(i + 2 < field.size() && field[i + 1] == '"', "csv_field", "a lone quote inside a quoted field");
      ++i;
    }
    value += field[i];
  }
  return value;
}

void check_csv(std::string_view text, bool numeric) {
  const std::string value = csv_unquote(render::csv_field(text, numeric));
  const bool formula = !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
  const std::string expected = !numeric && formula ? "'" + std::string(text) : std::string(text);
  expect(value == expected, "csv_field", "the field does not parse back to the (guarded) value");
  if (!numeric)
    expect(value.empty() || std::string_view("=+-@").find(value.front()) == std::string_view::npos, "csv_field",
           "a text cell a spreadsheet would run as a formula");
  const render::Table table{{{"h", numeric}}, {render::Row({std::string(text)})}};
  expect(render::render_csv(table) == "h\r\n" + render::csv_field(text, numeric) + "\r\n", "render_csv",
         "rows are not the fields with CRLF");
}

void check_markdown_cell(std::string_view text) {
  const std::string out = render::markdown_cell(text);
  std::string decoded;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const char c = out[i];
    expect(c != '\n' && c != '\r', "markdown_cell", "a line break in a cell");
    expect(c != '|', "markdown_cell", "an unescaped |");
    if (c == '\\') {
      expect(i + 1 < out.size() && (out[i + 1] == '|' || out[i + 1] == '\\'), "markdown_cell", "a stray backslash");
      decoded += out[++i];
    } else if (c == '<') {
      expect(out.compare(i, 4, "<br>") == 0, "markdown_cell", "a < that is not <br>");
      decoded += '\n';
      i += 3;
    } else {
      decoded += c;
    }
  }
  std::string expected;
  for (char c : text)
    if (c == '<')
      expected += "&lt;";
    else if (c != '\r')
      expected += c;
  expect(decoded == expected, "markdown_cell", "the cell does not decode to its text");

  const std::string md = render::render_markdown_table({{{"h"}}, {render::Row({std::string(text)})}});
  const std::string row = md.substr(md.find("|\n| --- |\n") + 10);
  std::size_t pipes = 0;
  for (std::size_t i = 0; i < row.size(); ++i)
    if (row[i] == '\\')
      ++i;
    else if (row[i] == '|')
      ++pipes;
  expect(pipes == 2 && row.back() == '\n' && row.find('\n') == row.size() - 1, "render_markdown_table",
         "a cell broke the row into more columns or lines");
}

// A JSON document must parse; a nlohmann exception escaping a renderer is a crash.
nlohmann::json parse_document(const char* function, const std::string& document) {
  try {
    return nlohmann::json::parse(document);
  } catch (const nlohmann::json::exception&) {
    fail(function, "the document is not valid JSON");
  }
}

void check_json(std::string_view text) {
  const std::vector<model::Text> items = {{std::string(text), std::string(text.substr(text.size() / 2))}};
  const std::string out = render::json_lines(items, render::text_json, 7);
  expect(!out.empty() && out.find('\n') == out.size() - 1, "json_lines", "not exactly one line per item");
  const auto parsed = parse_document("json_lines", out);
  expect(parsed.at("format_version") == 7 && parsed.at("en").is_string() && parsed.at("ja").is_string(), "json_lines",
         "wrong shape");
  for (const char* lang : {"en", "ja"}) {
    const std::string& original = lang[0] == 'e' ? items[0].en : items[0].ja;
    if (util::is_valid_utf8(original))
      expect(parsed[lang] == original, "json_lines", "valid UTF-8 does not parse back to itself");
  }
}

void check_query_echo(std::string_view text) {
  const bool utf8 = util::is_valid_utf8(text);
  views::SpilloverQuery spillovers;
  spillovers.text = spillovers.moment = std::string(text);
  spillovers.categories = {std::string(text)};
  std::string document;
  try {
    document = render::render_spillovers_json({}, spillovers);
  } catch (const std::exception& e) {
    fail("render_spillovers_json", e.what());
  }
  const auto parsed = parse_document("render_spillovers_json", document);
  if (utf8 && !text.empty())
    expect(parsed["query"]["text"] == spillovers.text, "render_spillovers_json", "the query text changed");

  model::SearchRequest request;
  request.query = std::string(text);
  model::SearchResult result;
  result.parsed_query = request.query;
  try {
    document = render::render_search_json(result, request, nullptr);
  } catch (const std::exception& e) {
    fail("render_search_json", e.what());
  }
  const auto search = parse_document("render_search_json", document);
  if (utf8) expect(search["query"] == request.query, "render_search_json", "the query text changed");
}

// Closing punctuation that may hang past the width (util/text.cpp's kinsoku list, and the
// ASCII punctuation kept after Japanese text).
bool hangs(std::string_view line, std::size_t& cut) {
  static constexpr std::string_view kHanging[] = {"、", "。", "，", "．", "）", "」", "』", "】", "・", "ー",
                                                  "ッ", "っ", ",",  ".",  ";",  ":",  "!",  "?",  ")"};
  for (auto h : kHanging)
    if (cut >= h.size() && line.substr(cut - h.size(), h.size()) == h) {
      cut -= h.size();
      return true;
    }
  return false;
}

void check_wrap(std::string_view text, std::size_t width) {
  const auto lines = util::wrap(text, width);
  std::string joined;
  for (std::size_t n = 0; n < lines.size(); ++n) {
    const std::string& line = lines[n];
    expect(!line.empty() && line.front() != ' ' && line.back() != ' ', "wrap", "an empty line or edge space");
    expect(line.find('\n') == std::string::npos, "wrap", "a line break inside a line");
    expect(n == 0 || (line.rfind("、", 0) != 0 && line.rfind("。", 0) != 0), "wrap", "a line starts with 、 or 。");
    if (util::display_width(line) > width) {
      std::size_t cut = line.size();
      while (hangs(line, cut)) continue;
      const std::string_view body = std::string_view(line).substr(0, cut);
      expect(util::display_width(body) <= width || body.find(' ') == std::string_view::npos, "wrap",
             "a line wider than the width that could have been broken");
    }
    joined += line;
  }
  std::string expected;
  for (char c : text)
    if (c != ' ' && c != '\n') expected += c;
  joined.erase(std::remove(joined.begin(), joined.end(), ' '), joined.end());
  expect(joined == expected, "wrap", "text lost or reordered");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t parameter = data[0];
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  check_xml(text);
  check_one_line(text);
  check_mermaid(text);
  check_markdown_inline(text);
  check_truncate(text, parameter % 96);
  check_csv(text, parameter & 0x80);
  check_markdown_cell(text);
  check_json(text);
  check_query_echo(text);
  check_wrap(text, parameter % 72);
  return 0;
}
