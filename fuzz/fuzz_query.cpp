// SPDX-License-Identifier: MIT
// `sputnik search`, `spillovers --query` and `timeline --query` hand the user's text to
// Xapian's QueryParser as configured in core/index/searcher.cpp (field prefixes, boolean
// filters, the year: range processor, stemming, stop words, wildcards, CJK n-grams). The
// searcher promises to turn every Xapian failure into a Result error; this target runs the
// real Searcher::search over a real catalog (built once from tests/data/kb) and checks that
// nothing is thrown out of it, that a bad query is reported as a usage error (never as a
// broken catalog, which would tell the user to rebuild), and that a result is well formed.
//
// Input: the first byte picks the options (language, type filter, sort, page, facets,
// matching_ids), the rest is the query text.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/catalog/catalog.hpp"

namespace {

namespace fs = std::filesystem;
using sputnik::ErrorCode;
using sputnik::index::SearchRequest;
using sputnik::model::EntryType;

fs::path g_work;  // the temporary catalog, removed at exit
std::unique_ptr<sputnik::catalog::Catalog> g_catalog;

[[noreturn]] void fail(const std::string& query, const std::string& what) {
  std::fprintf(stderr, "fuzz_query: %s (query '%s')\n", what.c_str(), query.c_str());
  std::abort();
}

void remove_work() {
  g_catalog.reset();
  std::error_code ec;
  if (!g_work.empty()) fs::remove_all(g_work, ec);
}

SearchRequest make_request(std::uint8_t options, std::string query) {
  static const std::vector<std::vector<EntryType>> type_sets = {
      {}, {EntryType::spillover}, {EntryType::moment, EntryType::response}, {EntryType::analogy}};
  SearchRequest request;
  request.query = std::move(query);
  request.lang = options & 1 ? sputnik::model::Lang::ja : sputnik::model::Lang::en;
  request.types = type_sets[(options >> 1) & 3];
  request.sort = static_cast<sputnik::index::SortOrder>(((options >> 3) & 3) % 3);
  request.offset = (options >> 5) & 1;
  request.limit = 5;
  request.facets = (options >> 6) & 1;
  return request;
}

// Highlight markers come in start/end pairs, never nested.
bool balanced_markers(const std::string& snippet) {
  bool open = false;
  for (char c : snippet) {
    if (c == sputnik::model::kHighlightStart) {
      if (open) return false;
      open = true;
    } else if (c == sputnik::model::kHighlightEnd) {
      if (!open) return false;
      open = false;
    }
  }
  return !open;
}

void check_result(const SearchRequest& request, const sputnik::index::SearchResult& result) {
  const std::string& q = request.query;
  if (result.hits.size() > request.limit) fail(q, "more hits than the limit");
  if (!(result.total_lower <= result.total_estimate && result.total_estimate <= result.total_upper))
    fail(q, "match count bounds out of order");
  for (std::size_t i = 0; i < result.hits.size(); ++i) {
    const auto& hit = result.hits[i];
    if (hit.rank != request.offset + i + 1) fail(q, "hit ranks are not consecutive from the offset");
    if (hit.percent < 0 || hit.percent > 100) fail(q, "hit percent outside 0..100");
    if (hit.data.id.empty()) fail(q, "a hit without an id");
    if (!request.types.empty() &&
        std::find(request.types.begin(), request.types.end(), hit.data.type) == request.types.end())
      fail(q, "a hit of a type the filter excludes");
    if (!balanced_markers(hit.snippet)) fail(q, "unbalanced highlight markers in a snippet");
  }
}

void check_error(const std::string& query, const sputnik::Error& error) {
  if (error.code != ErrorCode::usage) fail(query, "a query was reported as a non-usage error: " + error.message);
  if (error.message.empty() || error.hint.empty()) fail(query, "an error without message or hint");
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  std::string pattern = (fs::temp_directory_path() / "sputnik-fuzz-query-XXXXXX").string();
  if (!::mkdtemp(pattern.data())) {
    std::perror("fuzz_query: mkdtemp");
    std::abort();
  }
  g_work = pattern;
  std::atexit(remove_work);
  sputnik::catalog::BuildOptions options;
  options.kb = {SPUTNIK_FUZZ_FIXTURE_KB};
  options.catalog = g_work / "catalog";
  std::vector<sputnik::kb::Diagnostic> problems;
  auto built = sputnik::catalog::build(options, problems);
  if (!built) fail("", "cannot build the fixture catalog: " + built.error().message);
  auto opened = sputnik::catalog::open(options.catalog);
  if (!opened) fail("", "cannot open the fixture catalog: " + opened.error().message);
  g_catalog = std::make_unique<sputnik::catalog::Catalog>(std::move(opened).value());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const SearchRequest request = make_request(data[0], std::string(reinterpret_cast<const char*>(data) + 1, size - 1));
  try {
    if (const auto result = g_catalog->index.search(request))
      check_result(request, *result);
    else
      check_error(request.query, result.error());
    if (data[0] & 0x80) {
      const auto ids = g_catalog->index.matching_ids(request.query, request.types);
      if (!ids) check_error(request.query, ids.error());
    }
  } catch (const std::exception& e) {
    fail(request.query, std::string("an exception escaped the searcher: ") + e.what());
  }
  return 0;
}
