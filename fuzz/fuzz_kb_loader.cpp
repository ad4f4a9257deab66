// SPDX-License-Identifier: MIT
// The kb loader is the one place where untrusted text (a user's own kb, `extra_kb`) enters
// the program. This target reads the input as one TOML file, exactly as `sputnik build`
// does (load_valid in core/catalog/catalog.cpp): load, validate, and resolve only a kb
// without problems. It also runs the strict rules (`sputnik validate --strict`) on a copy.
//
// Beyond "no crash": every diagnostic must point into the file it came from, so an editor
// can jump to it: the file name given, a line within the text and a column >= 1. A
// diagnostic at 0:0 or past the end of the file is a bug.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "core/kb/diagnostic.hpp"
#include "core/kb/loader.hpp"
#include "core/kb/validate.hpp"

namespace {

using sputnik::kb::Diagnostic;

constexpr const char* kFile = "fuzz.toml";

void check_located(const std::vector<Diagnostic>& problems, std::string_view text, const char* stage) {
  const auto lines = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
  for (const auto& d : problems) {
    if (d.file == kFile && d.line >= 1 && d.line <= lines && d.column >= 1 && !d.message.empty()) continue;
    std::fprintf(stderr, "fuzz_kb_loader: badly located diagnostic from %s (text has %d lines): %s\n", stage, lines,
                 d.format().c_str());
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  namespace kb = sputnik::kb;

  sputnik::model::Corpus corpus;
  std::vector<Diagnostic> problems;
  kb::load_toml_text(text, kFile, corpus, problems);
  check_located(problems, text, "load_toml_text");

  sputnik::model::Corpus strict_copy = corpus;  // validate canonicalises in place
  check_located(kb::validate(strict_copy, {.strict = true}), text, "validate --strict");

  const auto more = kb::validate(corpus, {});
  check_located(more, text, "validate");
  problems.insert(problems.end(), more.begin(), more.end());
  kb::sort_diagnostics(problems);
  if (problems.empty()) kb::resolve(corpus);  // as the build does: only a valid kb is resolved
  return 0;
}
