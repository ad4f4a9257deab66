// SPDX-License-Identifier: MIT
// The loader and validator: every kind of problem is reported with file, line, field.
#include <gtest/gtest.h>

#include <fmt/format.h>
#include <algorithm>

#include "core/kb/fingerprint.hpp"
#include "core/kb/health.hpp"
#include "test_support.hpp"

using namespace sputnik;

namespace {

// A minimal valid corpus that the cases below extend.
const std::string kBase = R"(
[[country]]
id = "us"
name = { en = "United States", ja = "アメリカ" }
[[country]]
id = "ussr"
name = { en = "Soviet Union", ja = "ソ連" }
[[era]]
id = "space-race"
name = { en = "Space Race", ja = "宇宙開発競争" }
start = 1957
end = 1975
[[source]]
id = "s1"
title = "T"
publisher = "P"
year = 2000
url = "https://example.org/"
[[moment]]
id = "m1"
date = "1957-10-04"
title = { en = "M", ja = "エム" }
summary = { en = "M", ja = "エム" }
shocking = "ussr"
shocked = ["us"]
label = "none"
sources = ["s1"]
[[ai_event]]
id = "a1"
date = "2025-01-20"
kind = "model"
country = "us"
title = { en = "A", ja = "エー" }
summary = { en = "A", ja = "エー" }
sources = ["s1"]
)";

int base_lines() { return static_cast<int>(std::count(kBase.begin(), kBase.end(), '\n')); }

std::vector<kb::Diagnostic> problems_of(const std::string& extra, bool strict = false) {
  model::Corpus corpus;
  std::vector<kb::Diagnostic> problems;
  kb::load_toml_text(kBase + extra, "case.toml", corpus, problems);
  auto more = kb::validate(corpus, {strict});
  problems.insert(problems.end(), more.begin(), more.end());
  return problems;
}

// True when some problem has this field and a message containing `text`.
bool has_problem(const std::vector<kb::Diagnostic>& problems, const std::string& field, const std::string& text) {
  return std::any_of(problems.begin(), problems.end(), [&](const kb::Diagnostic& d) {
    return d.field == field && d.message.find(text) != std::string::npos && d.file == "case.toml" && d.line > 0;
  });
}

std::string dump(const std::vector<kb::Diagnostic>& problems) {
  std::string out;
  for (const auto& p : problems) out += p.format() + "\n";
  return out;
}

struct Case {
  const char* name;
  const char* toml;
  const char* field;
  const char* message;
};

const std::string kSpill =
    "\n[[spillover]]\nid = \"sp\"\ndate = \"1960\"\ntitle = { en = \"S\", ja = \"エス\" }\n"
    "summary = { en = \"S\", ja = \"エス\" }\nhow = { en = \"h\" }\nsources = [\"s1\"]\n";

}  // namespace

TEST(Kb, TheBaseCorpusIsValid) {
  const auto problems = problems_of("");
  EXPECT_TRUE(problems.empty()) << dump(problems);
}

class KbProblem : public ::testing::TestWithParam<Case> {};

TEST_P(KbProblem, IsReportedWithFieldAndMessage) {
  const Case& c = GetParam();
  const auto problems = problems_of(c.toml);
  EXPECT_TRUE(has_problem(problems, c.field, c.message)) << "wanted " << c.field << ": " << c.message << "\ngot:\n"
                                                         << dump(problems);
}

INSTANTIATE_TEST_SUITE_P(
    Validation, KbProblem,
    ::testing::Values(
        Case{"syntax", "\n[[moment]]\nid = \"x\ntitle = 1\n", "syntax", ""},
        Case{"unknown_kind", "\n[[rocket]]\nid = \"r\"\n", "rocket", "unknown table kind"},
        Case{"not_array", "\n[analogy]\nid = \"r\"\n", "analogy", "array of tables"},
        Case{"missing_title",
             "\n[[moment]]\nid = \"m2\"\ndate = \"1957\"\nsummary = { en = \"x\", ja = \"y\" }\n"
             "shocking = \"us\"\nshocked = [\"us\"]\nlabel = \"none\"\nsources = [\"s1\"]\n",
             "m2.title", "required field is missing"},
        Case{"missing_japanese",
             "\n[[moment]]\nid = \"m2\"\ndate = \"1957\"\ntitle = { en = \"x\" }\n"
             "summary = { en = \"x\", ja = \"y\" }\nshocking = \"us\"\nshocked = [\"us\"]\n"
             "label = \"none\"\nsources = [\"s1\"]\n",
             "m2.title.ja", "required field is missing"},
        Case{"wrong_type",
             "\n[[source]]\nid = \"s2\"\ntitle = \"T\"\npublisher = \"P\"\nyear = \"2000\"\n"
             "url = \"https://x.org\"\n",
             "s2.year", "expected an integer, found a string"},
        Case{"source_without_year",
             "\n[[source]]\nid = \"s2\"\ntitle = \"T\"\npublisher = \"P\"\nurl = \"https://x.org\"\n", "s2.year",
             "required field is missing"},
        Case{"synonym_term_in_two_groups",
             "\n[[synonym]]\nterms = [\"a\", \"b\"]\n\n[[synonym]]\nterms = [\"Ｂ\", \"c\"]\n", "synonym.terms",
             "'b' is already in the synonym group at case.toml:"},
        Case{"synonym_empty_term", "\n[[synonym]]\nterms = [\"a\", \" \"]\n", "synonym.terms", "an empty term"},
        Case{"synonym_duplicate_term", "\n[[synonym]]\nterms = [\"CAT\", \"cat\"]\n", "synonym.terms",
             "'cat' is listed twice"},
        Case{"synonym_one_term", "\n[[synonym]]\nterms = [\"a\"]\n", "synonym.terms", "needs two terms"},
        Case{"synonym_unknown_entry", "\n[[synonym]]\nterms = [\"a\", \"b\"]\nentry = \"nope\"\n", "synonym.entry",
             "'nope' does not exist"},
        Case{"synonym_unknown_field", "\n[[synonym]]\nterms = [\"a\", \"b\"]\nnote = \"x\"\n", "synonym[0].note",
             "unknown field"},
        Case{"alias_empty",
             "\n[[moment]]\nid = \"m2\"\ndate = \"1957\"\naliases = [\"Sputnik\", \"\"]\n"
             "title = { en = \"M\", ja = \"エム\" }\nsummary = { en = \"M\", ja = \"エム\" }\nshocking = \"ussr\"\n"
             "shocked = [\"us\"]\nlabel = \"none\"\nsources = [\"s1\"]\n",
             "m2.aliases", "an empty term"},
        Case{"source_year_zero",
             "\n[[source]]\nid = \"s2\"\ntitle = \"T\"\npublisher = \"P\"\nyear = 0\nurl = \"https://x.org\"\n",
             "s2.year", "0 is not a plausible publication year"},
        Case{"source_without_url", "\n[[source]]\nid = \"s2\"\ntitle = \"T\"\npublisher = \"P\"\nyear = 2000\n",
             "s2.url", "required field is missing"},
        Case{"spillover_without_status",
             "\n[[spillover]]\nid = \"sp\"\ndate = \"1960\"\nfrom = [\"m1\"]\n"
             "category = \"Science\"\ntitle = { en = \"S\", ja = \"S\" }\n"
             "summary = { en = \"S\", ja = \"S\" }\nhow = { en = \"h\" }\nsources = [\"s1\"]\n",
             "sp.status", "required field is missing"},
        Case{"spillover_without_category",
             "\n[[spillover]]\nid = \"sp\"\ndate = \"1960\"\nfrom = [\"m1\"]\n"
             "status = \"fact\"\ntitle = { en = \"S\", ja = \"S\" }\n"
             "summary = { en = \"S\", ja = \"S\" }\nhow = { en = \"h\" }\nsources = [\"s1\"]\n",
             "sp.category", "required field is missing"},
        Case{"bad_url", "\n[[source]]\nid = \"s2\"\ntitle = \"T\"\npublisher = \"P\"\nyear = 2000\nurl = \"ftp://x\"\n",
             "s2.url", "must start with https://"},
        Case{"bad_slug",
             "\n[[source]]\nid = \"../etc\"\ntitle = \"T\"\npublisher = \"P\"\nyear = 2000\n"
             "url = \"https://x.org\"\n",
             "source[1].id", "is not a slug"},
        Case{"duplicate_id",
             "\n[[source]]\nid = \"m1\"\ntitle = \"T\"\npublisher = \"P\"\nyear = 2000\n"
             "url = \"https://x.org\"\n",
             "m1.id", "duplicate id: already defined at case.toml:"},
        Case{"impossible_date",
             "\n[[ai_event]]\nid = \"a2\"\ndate = \"2025-02-30\"\nkind = \"model\"\n"
             "country = \"us\"\ntitle = { en = \"A\", ja = \"A\" }\nsummary = { en = \"A\", ja = \"A\" }\n"
             "sources = [\"s1\"]\n",
             "a2.date", "does not exist in that month"},
        Case{"dangling_source",
             "\n[[ai_event]]\nid = \"a2\"\ndate = \"2025\"\nkind = \"model\"\ncountry = \"us\"\n"
             "title = { en = \"A\", ja = \"A\" }\nsummary = { en = \"A\", ja = \"A\" }\n"
             "sources = [\"nope\"]\n",
             "a2.sources", "'nope' does not exist"},
        Case{"no_sources",
             "\n[[ai_event]]\nid = \"a2\"\ndate = \"2025\"\nkind = \"model\"\ncountry = \"us\"\n"
             "title = { en = \"A\", ja = \"A\" }\nsummary = { en = \"A\", ja = \"A\" }\nsources = []\n",
             "a2.sources", "at least one"},
        Case{"bad_kind",
             "\n[[ai_event]]\nid = \"a2\"\ndate = \"2025\"\nkind = \"rumour\"\ncountry = \"us\"\n"
             "title = { en = \"A\", ja = \"A\" }\nsummary = { en = \"A\", ja = \"A\" }\nsources = [\"s1\"]\n",
             "a2.kind", "'rumour' is not one of"},
        Case{"bad_country",
             "\n[[ai_event]]\nid = \"a2\"\ndate = \"2025\"\nkind = \"model\"\ncountry = \"mars\"\n"
             "title = { en = \"A\", ja = \"A\" }\nsummary = { en = \"A\", ja = \"A\" }\nsources = [\"s1\"]\n",
             "a2.country", "'mars' does not exist"},
        Case{"unknown_field",
             "\n[[ai_event]]\nid = \"a2\"\ndate = \"2025\"\nkind = \"model\"\ncountry = \"us\"\n"
             "title = { en = \"A\", ja = \"A\" }\nsumary = { en = \"A\", ja = \"A\" }\n"
             "summary = { en = \"A\", ja = \"A\" }\nsources = [\"s1\"]\n",
             "a2.sumary", "unknown field"},
        Case{"response_moment_wrong_kind",
             "\n[[response]]\nid = \"r1\"\nmoment = \"a1\"\ndate = \"1958\"\nkind = \"agency\"\n"
             "title = { en = \"R\", ja = \"R\" }\nsummary = { en = \"R\", ja = \"R\" }\nsources = [\"s1\"]\n",
             "r1.moment", "'a1' is not a [[moment]] id"},
        Case{"response_bad_phase",
             "\n[[response]]\nid = \"r1\"\nmoment = \"m1\"\ndate = \"1958\"\nkind = \"agency\"\nphase = \"shock\"\n"
             "title = { en = \"R\", ja = \"R\" }\nsummary = { en = \"R\", ja = \"R\" }\nsources = [\"s1\"]\n",
             "r1.phase", "'shock' is not one of"},
        Case{"spillover_bad_category",
             "\n[[spillover]]\nid = \"sp\"\ndate = \"1960\"\nfrom = [\"m1\"]\n"
             "category = \"Rocketry\"\nstatus = \"fact\"\ntitle = { en = \"S\", ja = \"S\" }\n"
             "summary = { en = \"S\", ja = \"S\" }\nhow = { en = \"h\" }\nsources = [\"s1\"]\n",
             "sp.category", "'Rocketry' is not one of"},
        Case{"myth_without_origin",
             "\n[[spillover]]\nid = \"sp\"\ndate = \"1960\"\nfrom = [\"m1\"]\n"
             "category = \"Science\"\nstatus = \"myth\"\ntitle = { en = \"S\", ja = \"S\" }\n"
             "summary = { en = \"S\", ja = \"S\" }\nhow = { en = \"h\" }\nsources = [\"s1\"]\n",
             "sp.true_origin", "a myth needs its true origin"},
        Case{"spillover_from_ai_event",
             "\n[[spillover]]\nid = \"sp\"\ndate = \"1960\"\nfrom = [\"a1\"]\n"
             "category = \"Science\"\nstatus = \"fact\"\ntitle = { en = \"S\", ja = \"S\" }\n"
             "summary = { en = \"S\", ja = \"S\" }\nhow = { en = \"h\" }\nsources = [\"s1\"]\n",
             "sp.from", "'a1' is not a moment, response or spillover id"},
        Case{
            "circular_descent",
            "\n[[spillover]]\nid = \"x1\"\ndate = \"1960\"\nfrom = [\"x2\"]\ncategory = \"Science\"\nstatus = "
            "\"fact\"\n"
            "title = { en = \"S\", ja = \"S\" }\nsummary = { en = \"S\", ja = \"S\" }\nhow = { en = \"h\" }\n"
            "sources = [\"s1\"]\n[[spillover]]\nid = \"x2\"\ndate = \"1961\"\nfrom = [\"x1\"]\ncategory = \"Science\"\n"
            "status = \"fact\"\ntitle = { en = \"S\", ja = \"S\" }\nsummary = { en = \"S\", ja = \"S\" }\n"
            "how = { en = \"h\" }\nsources = [\"s1\"]\n",
            "x1.from", "circular descent"},
        Case{"analogy_to_history",
             "\n[[analogy]]\nid = \"an\"\nfrom = \"m1\"\nto = \"m1\"\nphase = \"shock\"\n"
             "strength = \"strong\"\nfits = { en = \"f\" }\nbreaks = { en = \"b\" }\nsources = [\"s1\"]\n",
             "an.to", "'m1' is not an [[ai_event]] id"},
        Case{"analogy_without_breaks",
             "\n[[analogy]]\nid = \"an\"\nfrom = \"m1\"\nto = \"a1\"\nphase = \"shock\"\n"
             "strength = \"strong\"\nfits = { en = \"f\" }\nsources = [\"s1\"]\n",
             "an.breaks", "required field is missing"},
        Case{"analogy_bad_phase",
             "\n[[analogy]]\nid = \"an\"\nfrom = \"m1\"\nto = \"a1\"\nphase = \"panic\"\n"
             "strength = \"total\"\nfits = { en = \"f\" }\nbreaks = { en = \"b\" }\nsources = [\"s1\"]\n",
             "an.phase", "'panic' is not one of"},
        Case{"era_reversed", "\n[[era]]\nid = \"e2\"\nname = { en = \"E\", ja = \"E\" }\nstart = 1990\nend = 1980\n",
             "e2.end", "ends (1980) before it starts (1990)"},
        Case{"year_out_of_range",
             "\n[[source]]\nid = \"s2\"\ntitle = \"T\"\npublisher = \"P\"\nyear = 4294969296\n"
             "url = \"https://x.org\"\n",
             "s2.year", "4294969296 is out of range for a year"},  // 2^32 + 2000: once read as 2000
        Case{"era_bound_out_of_range",
             "\n[[era]]\nid = \"e2\"\nname = { en = \"E\", ja = \"E\" }\n"
             "start = -9223372036854775808\nend = 1980\n",
             "e2.start", "out of range for a year"},
        Case{"figure_not_finite",
             "\n[[ai_event]]\nid = \"a2\"\ndate = \"2025\"\nkind = \"model\"\ncountry = \"us\"\n"
             "title = { en = \"A\", ja = \"A\" }\nsummary = { en = \"A\", ja = \"A\" }\n"
             "figures = [ { value = nan, unit = \"USD\", what = { en = \"w\" } } ]\nsources = [\"s1\"]\n",
             "a2.figures[0].value", "must be a finite number, found nan"},
        Case{"blank_title",
             "\n[[ai_event]]\nid = \"a2\"\ndate = \"2025\"\nkind = \"model\"\ncountry = \"us\"\n"
             "title = { en = \" \\t \", ja = \"\u3000\" }\nsummary = { en = \"A\", ja = \"A\" }\nsources = [\"s1\"]\n",
             "a2.title.ja", "must not be blank"},
        Case{"integer_date_too_long",
             "\n[[ai_event]]\nid = \"a2\"\ndate = 19571004\nkind = \"model\"\ncountry = \"us\"\n"
             "title = { en = \"A\", ja = \"A\" }\nsummary = { en = \"A\", ja = \"A\" }\n"
             "sources = [\"s1\"]\n",
             "a2.date", "the year has more than six digits (an integer date is a year"},
        Case{"unknown_era",
             "\n[[ai_event]]\nid = \"a2\"\ndate = \"2025\"\nera = \"bronze-age\"\nkind = \"model\"\n"
             "country = \"us\"\ntitle = { en = \"A\", ja = \"A\" }\nsummary = { en = \"A\", ja = \"A\" }\n"
             "sources = [\"s1\"]\n",
             "a2.era", "'bronze-age' does not exist"}),
    [](const auto& param_info) { return std::string(param_info.param.name); });

TEST(Kb, ProblemsCarryTheLineOfTheOffendingValue) {
  const auto problems = problems_of(
      "\n[[source]]\nid = \"s2\"\ntitle = \"T\"\npublisher = \"P\"\nyear = \"x\"\n"
      "url = \"https://x.org\"\n");
  ASSERT_EQ(problems.size(), 1u) << dump(problems);
  EXPECT_EQ(problems[0].line, base_lines() + 6);
  EXPECT_EQ(problems[0].format(),
            fmt::format("case.toml:{}:8: s2.year: expected an integer, found a string", base_lines() + 6));
}

TEST(Kb, AllProblemsAreReportedNotJustTheFirst) {
  const auto problems = problems_of(
      "\n[[ai_event]]\nid = \"a2\"\ndate = \"2025-13\"\nkind = \"rumour\"\n"
      "country = \"mars\"\ntitle = { en = \"A\" }\nsummary = { en = \"A\", ja = \"A\" }\n"
      "sources = [\"nope\"]\n");
  EXPECT_GE(problems.size(), 5u) << dump(problems);
}

TEST(Kb, InvalidUtf8IsReportedAtTheBadByte) {
  model::Corpus corpus;
  std::vector<kb::Diagnostic> problems;
  kb::load_toml_text("[[country]]\nid = \"x\"\nname = { en = \"ア\xc3\x28\", ja = \"\xff\" }\n", "bad.toml", corpus,
                     problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].format(), "bad.toml:3:17: file: is not valid UTF-8: byte 0xC3 here (save the file as UTF-8)");
}

std::vector<kb::Diagnostic> load_only(const std::string& text) {
  model::Corpus corpus;
  std::vector<kb::Diagnostic> problems;
  kb::load_toml_text(text, "case.toml", corpus, problems);
  return problems;
}

TEST(Kb, KeysNestedTooDeepAreRefusedBeforeTheParserOverflowsItsStack) {
  std::string header = "[hostile";
  for (int i = 0; i < 100000; ++i) header += ".a";  // toml++ recursed once per part and crashed
  auto problems = load_only("# deep\n" + header + "]\nx = 1\n");
  ASSERT_EQ(problems.size(), 1u) << dump(problems);
  EXPECT_EQ(problems[0].line, 2);
  EXPECT_EQ(problems[0].field, "syntax");
  EXPECT_NE(problems[0].message.find("nested too deep"), std::string::npos) << problems[0].message;
  // Dots inside strings and comments are text, not keys.
  const std::string dots(5000, '.');
  problems =
      problems_of("# " + dots + "\n[[era]]\nid = \"e2\"\nname = { en = \"E\", ja = \"E\" }\nstart = 1\nend = 2\n" +
                  "summary = { en = \"" + dots + "\", ja = '" + dots + "' }\n[[era]]\nid = \"e3\"\n" +
                  "name = { en = \"E\", ja = \"E\" }\nstart = 1\nend = 2\n" + "summary = { en = \"\"\"\n" + dots +
                  "\\\"\"\"\", ja = '''" + dots + "''' }\n");
  EXPECT_TRUE(problems.empty()) << dump(problems);
}

TEST(Kb, UnclosedStringsAreReportedWhereTheyAre) {
  auto problems = load_only("[[country]]\nid = \"x\nname = { en = \"a\", ja = \"b\" }\n");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].format(),
            "case.toml:2:8: syntax: the string is not closed before the end of the line (a missing quote?)");
  problems = load_only("[[country]]\r\nid = 'x\r\n");  // CRLF and a literal string
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].line, 2);
  EXPECT_NE(problems[0].message.find("not closed before the end of the line"), std::string::npos);
  // toml++ notices a multi-line string left open only at the end of the file.
  problems = load_only("[[country]]\nid = \"x\"\nname = { en = \"\"\"never\nclosed, ja = \"y\" }\n\n[[country]]\n");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].format(),
            "case.toml:3:15: syntax: this multi-line string is never closed (the file ends inside it)");
}

TEST(Kb, TextOverItsLimitIsReportedAtItsLineAndDropped) {
  const std::string big(70000, 'x');
  const auto problems = problems_of(
      "\n[[ai_event]]\nid = \"a2\"\ndate = \"2025\"\nkind = \"model\"\ncountry = \"us\"\n"
      "title = { en = \"" +
      big.substr(0, 2000) +
      "\", ja = \"A\" }\n"
      "summary = { en = \"" +
      big +
      "\", ja = \"A\" }\n"
      "sources = [\"s1\", \"" +
      big.substr(0, 1025) + "\"]\n");
  ASSERT_EQ(problems.size(), 3u) << dump(problems);
  EXPECT_EQ(problems[0].line, base_lines() + 7);
  EXPECT_EQ(problems[0].field, "a2.title.en");
  EXPECT_EQ(problems[0].message, "is 2000 bytes long; the limit is 1024 bytes");
  EXPECT_EQ(problems[1].line, base_lines() + 8);
  EXPECT_EQ(problems[1].field, "a2.summary.en");
  EXPECT_EQ(problems[1].message, "is 70000 bytes long; the limit is 65536 bytes");
  EXPECT_EQ(problems[2].field, "a2.sources");  // not echoed back as "'xxx…' does not exist"
  EXPECT_EQ(problems[2].message, "is 1025 bytes long; the limit is 1024 bytes");
}

// A value that is not a slug is reported at the value, like every other bad value; a
// duplicate names the table that defines the id again.
TEST(Kb, IdProblemsPointAtTheIdOrItsTable) {
  const auto problems = problems_of(
      "\n[[source]]\nid = \"Bad_Id\"\ntitle = \"T\"\npublisher = \"P\"\nyear = 2000\n"
      "url = \"https://x.org\"\n[[source]]\ntitle = \"T\"\nid = \"m1\"\npublisher = \"P\"\n"
      "year = 2000\nurl = \"https://x.org\"\n");
  ASSERT_EQ(problems.size(), 2u) << dump(problems);
  EXPECT_EQ(problems[0].format(),
            fmt::format("case.toml:{}:6: source[1].id: 'Bad_Id' is not a slug (lower-case letters, "
                        "digits and single '-', at most 64)",
                        base_lines() + 3));
  EXPECT_EQ(problems[1].line, base_lines() + 8);
  EXPECT_EQ(problems[1].column, 1);
  EXPECT_EQ(problems[1].message, "duplicate id: already defined at case.toml:19");  // m1's [[moment]] in kBase
}

TEST(KbDiagnostic, ControlCharactersAreEscapedAndLongTextIsCut) {
  const kb::Diagnostic d{"case.toml", 3, 6, std::string("source[0].id\x1b[31m", 17),
                         std::string("'nul\0byte' is not a slug\n\xc2\x9b", 27)};
  EXPECT_EQ(d.format(), "case.toml:3:6: source[0].id\\u001B[31m: 'nul\\u0000byte' is not a slug\\u000A\\u009B");
  const kb::Diagnostic long_one{"case.toml", 1, 1, std::string(10000, 'k'), "ア" + std::string(10000, 'x')};
  const std::string text = long_one.format();
  EXPECT_LT(text.size(), 2500u);
  EXPECT_EQ(text.substr(text.size() - 3), "…");
  EXPECT_NE(text.find(std::string(256, 'k') + "…: ア"), std::string::npos);
}

TEST(Kb, StrictRulesOfEvidence) {
  const std::string disputed =
      "\n[[spillover]]\nid = \"sp\"\ndate = \"1999\"\nera = \"space-race\"\nfrom = [\"m1\"]\n"
      "category = \"computer technology\"\nstatus = \"disputed\"\n"
      "title = { en = \"S\", ja = \"S\" }\nsummary = { en = \"S\", ja = \"S\" }\n"
      "how = { en = \"h\" }\nfigures = [ { value = 1, unit = \"USD\", what = { en = \"w\" } } ]\n"
      "sources = [\"s1\"]\n";
  EXPECT_TRUE(problems_of(disputed, false).empty()) << dump(problems_of(disputed, false));
  const auto strict = problems_of(disputed, true);
  EXPECT_TRUE(has_problem(strict, "sp.true_origin", "competing account")) << dump(strict);
  EXPECT_TRUE(has_problem(strict, "sp.how.ja", "Japanese text is missing")) << dump(strict);
  EXPECT_TRUE(has_problem(strict, "sp.date", "outside era 'space-race'")) << dump(strict);
  EXPECT_TRUE(has_problem(strict, "sp.figures[0].source", "needs the source")) << dump(strict);
}

// validate --strict: a source address must last. Each rule with an address that breaks it.
TEST(Kb, StrictRejectsAddressesThatDoNotLast) {
  struct Bad {
    const char* url;
    const char* why;
  };
  const Bad cases[] = {
      {"http://www.oecd-ilibrary.org/book_978-en;jsessionid=2qvifj0or71ni.x-oecd-live-02", "session token"},
      {"https://example.org/a?PHPSESSID=abc", "session token"},
      {"https://forum.example.org/thread.html?s=7c1d7d8fb6eed8e55f02a7477d9430cd", "session token"},
      {"https://qz.com/1998773/story?utm_source=email&utm_medium=x", "tracking parameter"},
      {"https://example.org/story?fbclid=IwAR0x", "tracking parameter"},
      {"http://movatter.jp/mt/?dark=on&url=https%3A%2F%2Fwikipedia.org%2Fwiki%2FX", "proxy"},
      {"https://example.org/go?to=https://real.example.com/page", "wraps another address"},
      {"https://www-nasa-gov.translate.goog/page?_x_tr_sl=en", "proxy"},
      {"https://webcache.googleusercontent.com/search?q=cache:abc", "proxy"},
  };
  for (const auto& c : cases) {
    const std::string source =
        fmt::format("\n[[source]]\nid = \"s2\"\ntitle = \"T\"\npublisher = \"P\"\nyear = 2000\nurl = \"{}\"\n", c.url);
    EXPECT_TRUE(problems_of(source, false).empty()) << c.url << " is only a strict rule";
    const auto strict = problems_of(source, true);
    EXPECT_TRUE(has_problem(strict, "s2.url", c.why)) << c.url << "\n" << dump(strict);
  }
  // Ordinary parameters are not tokens: a story id, a search, a page.
  for (const char* good : {"https://soylentnews.org/comments.pl?noupdate=1&sid=6934&cid=168240",
                           "http://www.spacebanter.com/showthread.php?t=10725", "https://en.wikipedia.org/wiki/X?s=1"})
    EXPECT_FALSE(kb::unstable_url(good)) << good << ": " << *kb::unstable_url(good);
}

// [corpus]: one table, saying up to when the AI race is recorded.
TEST(Kb, CorpusTableSaysUpToWhenTheAiRaceIsRecorded) {
  const auto ok = problems_of("\n[corpus]\nai_race_recorded_to = \"2025-01\"\nreviewed = 2026-12-02\n", true);
  EXPECT_FALSE(has_problem(ok, "corpus", "")) << dump(ok);
  EXPECT_FALSE(has_problem(ok, "corpus.ai_race_recorded_to", "")) << dump(ok);
  const auto before = problems_of("\n[corpus]\nai_race_recorded_to = \"2024-12\"\n");
  EXPECT_TRUE(has_problem(before, "corpus.ai_race_recorded_to", "before the newest AI-race event, a1 (2025-01-20)"))
      << dump(before);
  const auto twice = problems_of("\n[corpus]\nai_race_recorded_to = \"2025\"\n", false);
  model::Corpus corpus;
  std::vector<kb::Diagnostic> problems;
  kb::load_toml_text(kBase + "\n[corpus]\nai_race_recorded_to = \"2025\"\n", "case.toml", corpus, problems);
  kb::load_toml_text("[corpus]\nai_race_recorded_to = \"2025\"\n", "other.toml", corpus, problems);
  const auto second = kb::validate(corpus, {});
  EXPECT_TRUE(std::any_of(second.begin(), second.end(), [](const kb::Diagnostic& d) {
    return d.file == "other.toml" && d.field == "corpus" && d.message.find("a second [corpus]") != std::string::npos;
  })) << dump(second);
  EXPECT_TRUE(twice.empty()) << dump(twice);
  EXPECT_TRUE(has_problem(problems_of("\n[[corpus]]\nai_race_recorded_to = \"2025\"\n"), "corpus", "write [corpus]"));
  EXPECT_TRUE(has_problem(problems_of("\n[corpus]\nreviewed = 2026-01-01\n"), "corpus.ai_race_recorded_to",
                          "required field is missing"));
  EXPECT_TRUE(has_problem(problems_of("\n[corpus]\nai_race_recorded_to = \"2025\"\nas_of = 1\n"), "corpus.as_of",
                          "unknown field"));
  // A kb with an AI race must say up to when, under --strict.
  EXPECT_TRUE(has_problem(problems_of("", true), "corpus", "no [corpus] table says up to when"));
  EXPECT_FALSE(has_problem(problems_of("", false), "corpus", ""));
}

TEST(Kb, OldSpinoffCategoryNamesAreMappedToCurrentOnes) {
  model::Corpus corpus;
  std::vector<kb::Diagnostic> problems;
  kb::load_toml_text(kBase +
                         "\n[[spillover]]\nid = \"sp\"\ndate = \"1970\"\nfrom = [\"m1\"]\n"
                         "category = \"Computer Technology\"\nstatus = \"fact\"\ntitle = { en = \"S\", ja = \"S\" }\n"
                         "summary = { en = \"S\", ja = \"S\" }\nhow = { en = \"h\" }\nsources = [\"s1\"]\n",
                     "case.toml", corpus, problems);
  EXPECT_TRUE(kb::validate(corpus, {}).empty());
  EXPECT_EQ(corpus.find_entry("sp")->category, "Information Technology");
}

TEST(Kb, ResolveDerivesEraMomentLagAndCountry) {
  const auto corpus = test::load_valid(SPUTNIK_FIXTURE_KB);
  const auto* gps = corpus.find_entry("gps");
  ASSERT_NE(gps, nullptr);
  EXPECT_EQ(gps->root_moment, "sputnik-1");  // gps → transit → arpa-1958 → sputnik-1
  EXPECT_EQ(gps->lag_years, 38);
  EXPECT_EQ(gps->era, "post-cold-war");
  EXPECT_EQ(gps->country, "us");  // from the moment's shocked side
  EXPECT_EQ(corpus.find_entry("arpa-1958")->era, "space-race");
  EXPECT_EQ(corpus.find_entry("deepseek-r1")->root_moment, "");
}

TEST(Kb, FixtureFilesAreReadInPathOrderWithDisplayNames) {
  const auto loaded = kb::load_kb({SPUTNIK_FIXTURE_KB});
  ASSERT_EQ(loaded.files.size(), 4u);
  EXPECT_EQ(loaded.files[0].filename(), "base.toml");
  EXPECT_EQ(loaded.files[2].filename(), "sputnik.toml");
  EXPECT_EQ(loaded.files[3].filename(), "synonyms.toml");
  EXPECT_TRUE(loaded.problems.empty());
  EXPECT_EQ(loaded.corpus.find_entry("sputnik-1")->where.line, 1);
}

TEST(Kb, LoadingComputesTheSameFingerprintAsReadingTheFilesAgain) {
  const auto loaded = kb::load_kb({SPUTNIK_FIXTURE_KB});
  EXPECT_EQ(loaded.fingerprint.size(), 16u);
  EXPECT_EQ(loaded.fingerprint, kb::fingerprint({SPUTNIK_FIXTURE_KB}));
  EXPECT_NE(loaded.fingerprint, kb::load_kb({std::filesystem::path(SPUTNIK_TEST_DATA) / "bad-refs"}).fingerprint);
}

TEST(Kb, MissingDirectoryIsReported) {
  const auto loaded = kb::load_kb({"/nonexistent/kb"});
  ASSERT_EQ(loaded.problems.size(), 1u);
  EXPECT_EQ(loaded.problems[0].format(), "/nonexistent/kb: kb: does not exist (pass --kb DIR with the kb/ folder)");
  // a file is not a folder either, and neither is said to be at line 0, column 0
  const auto file = kb::load_kb({std::filesystem::path(SPUTNIK_FIXTURE_KB) / "base.toml"});
  ASSERT_EQ(file.problems.size(), 1u);
  EXPECT_NE(file.problems[0].format().find("base.toml: kb: is a file, not a kb folder"), std::string::npos);
}

namespace sputnik {
namespace {

TEST(KbHealth, CountsEntitiesErasCategoriesAndPrimarySources) {
  const auto corpus = test::load_valid(SPUTNIK_FIXTURE_KB);
  const auto h = kb::health(corpus);
  EXPECT_EQ(h.moments, 2);
  EXPECT_EQ(h.responses, 3);
  EXPECT_EQ(h.facts + h.disputed + h.myths, 9);
  EXPECT_EQ(h.myths, 1);
  EXPECT_EQ(h.analogies, 1);
  ASSERT_EQ(h.entries_by_era.size(), 3u);
  EXPECT_EQ(h.entries_by_era[0], (std::pair<std::string, int>{"Space Race", 13}));
  int spillovers = 0;
  for (const auto& [category, n] : h.spillovers_by_category) spillovers += n;
  EXPECT_EQ(spillovers, 9);
  EXPECT_EQ(h.spillovers_by_category.front().first, "Health and Medicine");  // vocabulary order, zeros kept
  EXPECT_EQ(h.cited, 16);                                                    // 15 entries + 1 analogy
  EXPECT_EQ(h.cited_with_primary, 16);
  const std::string text = kb::format_health(h, 80);
  EXPECT_NE(text.find("3 sources, 3 primary (100%)"), std::string::npos) << text;
}

}  // namespace
}  // namespace sputnik
