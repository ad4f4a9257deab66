// SPDX-License-Identifier: MIT
// In-process query latency: sputnik's Searcher (parse, match, decode, snippets) against
// raw Xapian (parse, match, read the document data) on the same index, query by query,
// interleaved so both see the same cache and the same machine noise.
//
//   sputnik-bench-query CATALOG ROUNDS QUERY...
//
// Prints "sputnik p50 p99" and "xapian p50 p99" in milliseconds, and fails (exit 1) if
// sputnik's every-word hits are not raw Xapian's matches, since then they did not run the
// same query. (The order may differ: sputnik ranks typed names and linked entries first.)
#include <xapian.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

#include "core/catalog/catalog.hpp"
#include "core/index/document.hpp"
#include "raw_query.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double millis(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

std::vector<std::string> raw_top10(const Xapian::Database& db, const std::string& text) {
  const Xapian::MSet mset = sputnik::bench::raw_top10(db, text);
  std::vector<std::string> data;
  for (auto it = mset.begin(); it != mset.end(); ++it) data.push_back(it.get_document().get_data());
  return data;
}

// Every id the raw query matches (untimed: it reads every match).
std::set<std::string> raw_matches(const Xapian::Database& db, const std::string& text) {
  const Xapian::MSet mset = sputnik::bench::raw_top10(db, text, db.get_doccount());
  std::set<std::string> ids;
  for (auto it = mset.begin(); it != mset.end(); ++it)
    ids.insert(sputnik::index::decode_hit_data(it.get_document().get_data()).id);
  return ids;
}

// sputnik's hits start with the every-word ones, as many as fit on the page, each a match
// of the raw query; partial hits may follow.
bool same_matches(const sputnik::index::SearchResult& result, const std::set<std::string>& raw) {
  const std::size_t complete = std::min<std::size_t>(10, raw.size());
  if (result.hits.size() < complete) return false;
  for (std::size_t i = 0; i < result.hits.size(); ++i)
    if ((i < complete) != (!result.hits[i].partial && raw.count(result.hits[i].data.id) == 1)) return false;
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace sputnik;
  if (argc < 4) {
    std::fprintf(stderr, "usage: %s CATALOG ROUNDS QUERY...\n", argv[0]);
    return 2;
  }
  auto catalog = catalog::open(argv[1]);
  if (!catalog) {
    std::fprintf(stderr, "%s\n", catalog.error().message.c_str());
    return 4;
  }
  const Xapian::Database raw((catalog->generation / "xapian").string());
  const int rounds = std::atoi(argv[2]);
  // Both sides open their database before the clock starts (sputnik's opens on first use).
  index::SearchRequest warm_up;
  warm_up.query = argv[3];
  if (!catalog->index.search(warm_up)) return 4;
  std::vector<double> ours, theirs;
  for (int round = 0; round < rounds; ++round)
    for (int q = 3; q < argc; ++q) {
      index::SearchRequest request;
      request.query = argv[q];
      auto start = Clock::now();
      auto result = catalog->index.search(request);
      ours.push_back(millis(Clock::now() - start));
      start = Clock::now();
      const auto data = raw_top10(raw, argv[q]);
      theirs.push_back(millis(Clock::now() - start));
      // sputnik may follow the every-word hits with partial ones (a relaxed second pass,
      // which this measures too); the every-word hits must be Xapian's matches.
      if (round == 0 && (!result || !same_matches(*result, raw_matches(raw, argv[q])))) {
        std::fprintf(stderr, "the two disagree on '%s'\n", argv[q]);
        return 1;
      }
    }
  std::printf("sputnik %.3f %.3f\nxapian %.3f %.3f\n", percentile(ours, 0.5), percentile(ours, 0.99),
              percentile(theirs, 0.5), percentile(theirs, 0.99));
  return 0;
}
