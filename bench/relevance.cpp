// SPDX-License-Identifier: MIT
// The relevance benchmark: judged queries typed the way people type them
// (tests/relevance/queries.tsv), run through the same search as `sputnik search`.
//
//   sputnik-bench-relevance CATALOG QUERIES.tsv [--min-success X] [--min-mrr X] [--min-class X] [--failures]
//
// Prints, overall and per query class: success@10 (every required id in the top 10), MRR of
// the best answer (1/rank in the top 10, else 0; queries without a best answer left out) and
// recall@10 (the share of required ids in the top 10). With floors given, exits 1 when a figure
// is below its floor; --failures lists the queries that miss, with what came first instead.
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/catalog/catalog.hpp"

namespace {

struct Judged {
  std::string klass, lang, query, best;
  std::vector<std::string> required;
  int line = 0;
};

struct Score {
  int queries = 0, with_best = 0;
  double success = 0, reciprocal_ranks = 0, recall = 0;
  void add(const Score& s) {
    queries += s.queries;
    with_best += s.with_best;
    success += s.success;
    reciprocal_ranks += s.reciprocal_ranks;
    recall += s.recall;
  }
  double success_at_10() const { return queries ? success / queries : 0; }
  double mrr() const { return with_best ? reciprocal_ranks / with_best : 0; }
  double recall_at_10() const { return queries ? recall / queries : 0; }
};

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::stringstream in(s);
  for (std::string part; std::getline(in, part, sep);) out.push_back(part);
  return out;
}

std::vector<Judged> read_queries(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<Judged> out;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (n == 1 || line.empty() || line[0] == '#') continue;  // the header
    const auto cols = split(line, '\t');
    if (cols.size() < 5) throw std::runtime_error(fmt::format("{}:{}: expected 5 or 6 tab-separated columns", path, n));
    Judged j{cols[0], cols[1], cols[2], cols[3] == "-" ? "" : cols[3], {}, n};
    for (auto& id : split(cols[4], ','))
      if (!id.empty()) j.required.push_back(id);
    out.push_back(std::move(j));
  }
  return out;
}

double option(int argc, char** argv, const std::string& name, double fallback) {
  for (int i = 3; i + 1 < argc; ++i)
    if (argv[i] == name) return std::atof(argv[i + 1]);
  return fallback;
}

bool flag(int argc, char** argv, const std::string& name) {
  for (int i = 3; i < argc; ++i)
    if (argv[i] == name) return true;
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace sputnik;
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s CATALOG QUERIES.tsv [--min-success X] [--min-mrr X] [--min-class X] [--failures]\n",
                 argv[0]);
    return 2;
  }
  auto catalog = catalog::open(argv[1]);
  if (!catalog) {
    std::fprintf(stderr, "%s\n", catalog.error().message.c_str());
    return 4;
  }
  const auto queries = read_queries(argv[2]);
  std::map<std::string, Score> by_class;
  Score all;
  std::string failures;
  for (const auto& q : queries) {
    model::SearchRequest request;
    request.query = q.query;
    request.limit = 10;
    request.lang = q.lang == "ja" ? model::Lang::ja : model::Lang::en;
    auto result = catalog->index.search(request);
    std::vector<std::string> top;
    if (result)
      for (const auto& hit : result->hits) top.push_back(hit.data.id);
    Score s;
    s.queries = 1;
    std::size_t found = 0;
    for (const auto& id : q.required) found += std::find(top.begin(), top.end(), id) != top.end();
    s.success = found == q.required.size() ? 1 : 0;
    s.recall = q.required.empty() ? 1 : static_cast<double>(found) / static_cast<double>(q.required.size());
    if (!q.best.empty()) {
      s.with_best = 1;
      const auto at = std::find(top.begin(), top.end(), q.best);
      if (at != top.end()) s.reciprocal_ranks = 1.0 / static_cast<double>(at - top.begin() + 1);
    }
    if (s.success < 1 || (!q.best.empty() && s.reciprocal_ranks < 1)) {
      std::vector<std::string> absent;
      for (const auto& id : q.required)
        if (std::find(top.begin(), top.end(), id) == top.end()) absent.push_back(id);
      const std::string why = !absent.empty() ? fmt::format("not in top 10: {}", fmt::join(absent, ","))
                              : s.reciprocal_ranks > 0
                                  ? fmt::format("{} at rank {}", q.best, static_cast<int>(1 / s.reciprocal_ranks + 0.5))
                                  : fmt::format("{} not in top 10", q.best);
      failures += fmt::format(
          "  {:<14} {:<40} {}; first: {}\n", q.klass, q.query, why,
          top.empty()
              ? std::string(result ? "(nothing)" : result.error().message)
              : fmt::format("{}", fmt::join(top.begin(), top.begin() + std::min<std::ptrdiff_t>(3, top.size()), ",")));
    }
    by_class[q.klass].add(s);
    all.add(s);
  }
  std::printf("%-16s %7s %10s %7s %9s\n", "class", "queries", "success@10", "MRR", "recall@10");
  for (const auto& [name, s] : by_class)
    std::printf("%-16s %7d %10.2f %7.2f %9.2f\n", name.c_str(), s.queries, s.success_at_10(), s.mrr(),
                s.recall_at_10());
  std::printf("%-16s %7d %10.2f %7.2f %9.2f\n", "all", all.queries, all.success_at_10(), all.mrr(), all.recall_at_10());
  if (flag(argc, argv, "--failures") && !failures.empty())
    std::printf("\nmisses: required ids not in the top 10, or the best answer not first:\n%s", failures.c_str());

  const double min_success = option(argc, argv, "--min-success", 0), min_mrr = option(argc, argv, "--min-mrr", 0),
               min_class = option(argc, argv, "--min-class", 0);
  bool ok = all.success_at_10() >= min_success && all.mrr() >= min_mrr;
  for (const auto& [name, s] : by_class) ok = ok && s.success_at_10() >= min_class;
  if (!ok)
    std::printf("\nbelow the floors: success@10 >= %.2f, MRR >= %.2f, every class's success@10 >= %.2f\n", min_success,
                min_mrr, min_class);
  return ok ? 0 : 1;
}
