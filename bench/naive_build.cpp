// SPDX-License-Identifier: MIT
// The baseline for `sputnik build`: the same kb, the same SQLite catalog and the same
// Xapian documents, but indexed the straightforward way — one writer adding to one
// database with replace_document() at Xapian's default flush threshold.
//
//   sputnik-bench-naive KB OUT_DIR
//
// OUT_DIR is replaced if it holds a previous run's output (bench/run repeats builds).
//
// Prints "load S", "sqlite S", "index S" and "total S" (seconds), one per line.
#include <xapian.h>
#include <chrono>
#include <cstdio>
#include <filesystem>

#include "core/index/document_builder.hpp"
#include "core/index/terms.hpp"
#include "core/kb/check.hpp"
#include "core/kb/loader.hpp"
#include "core/kb/validate.hpp"
#include "core/store/writer.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

}  // namespace

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  using namespace sputnik;
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s KB OUT_DIR\n", argv[0]);
    return 2;
  }
  const fs::path out = argv[2];
  const fs::path marker = out / ".sputnik-bench-naive";
  if (fs::exists(out) && !fs::exists(marker)) {
    std::fprintf(stderr, "%s exists and is not a previous run's output; give a new directory\n", out.c_str());
    return 2;
  }
  fs::remove_all(out);
  fs::create_directories(out);
  if (std::FILE* f = std::fopen(marker.c_str(), "w")) std::fclose(f);
  const auto start = Clock::now();
  auto loaded = kb::check({fs::path(argv[1])});
  if (!loaded.ok()) {
    std::fprintf(stderr, "the kb has problems; run sputnik validate\n");
    return 3;
  }
  const double load = seconds_since(start);

  auto mark = Clock::now();
  if (auto s = store::write_catalog(out / "catalog.sqlite", loaded.corpus, {}); !s) {
    std::fprintf(stderr, "%s\n", s.error().message.c_str());
    return 5;
  }
  const double sqlite = seconds_since(mark);

  mark = Clock::now();
  Xapian::WritableDatabase db((out / "xapian").string(), Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
  Xapian::TermGenerator tg;
  index::configure_term_generator(tg, index::stemmer(), db);
  const index::DocumentBuilder builder(loaded.corpus);
  for (std::size_t i = 0; i < builder.size(); ++i) db.replace_document(builder.id_term(i), builder.build(i, tg));
  builder.add_synonyms(db);
  db.commit();
  const double indexing = seconds_since(mark);

  std::printf("load %.3f\nsqlite %.3f\nindex %.3f\ntotal %.3f\n", load, sqlite, indexing, seconds_since(start));
  return 0;
}
