// SPDX-License-Identifier: MIT
// The parallel indexer must write exactly what one writer adding document after document
// writes: same docids, data, terms, positions and values, whatever the part size, the
// number of threads or of shards. Docids break ties in rankings, so this is what makes a
// sharded or remote search rank as a single catalog does.
#include <gtest/gtest.h>
#include <xapian.h>

#include "core/index/document_builder.hpp"
#include "core/index/indexer.hpp"
#include "core/index/terms.hpp"
#include "test_support.hpp"

using namespace sputnik;

namespace {

// Everything a document holds, in a comparable form.
std::string describe(const Xapian::Database& db, Xapian::docid id) {
  const Xapian::Document doc = db.get_document(id);
  std::string out = doc.get_data() + "\n";
  for (auto t = db.termlist_begin(id); t != db.termlist_end(id); ++t) {
    out += *t + ":" + std::to_string(t.get_wdf()) + "@";
    for (auto p = db.positionlist_begin(id, *t); p != db.positionlist_end(id, *t); ++p) out += std::to_string(*p) + ",";
    out += " ";
  }
  for (auto v = doc.values_begin(); v != doc.values_end(); ++v) out += std::to_string(v.get_valueno()) + "=" + *v + " ";
  return out;
}

void expect_same_documents(const Xapian::Database& expected, const Xapian::Database& actual, const std::string& what) {
  ASSERT_EQ(expected.get_doccount(), actual.get_doccount()) << what;
  ASSERT_EQ(expected.get_lastdocid(), actual.get_lastdocid()) << what;
  for (Xapian::docid id = 1; id <= expected.get_lastdocid(); ++id)
    ASSERT_EQ(describe(expected, id), describe(actual, id)) << what << ", docid " << id;
}

index::IndexOptions options(unsigned shards, unsigned threads, std::size_t part_size, std::string fingerprint = {}) {
  index::IndexOptions o;
  o.shards = shards;
  o.threads = threads;
  o.part_size = part_size;
  o.fingerprint = std::move(fingerprint);
  return o;
}

model::Entry entry(const char* id) {
  model::Entry e;
  e.id = id;
  return e;
}

class Indexer : public ::testing::Test {
 protected:
  void SetUp() override {
    corpus_ = test::load_valid(SPUTNIK_FIXTURE_KB);
    // The reference: one writer, one document after another, in builder order.
    Xapian::WritableDatabase db((dir_.path() / "reference").string(), Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
    Xapian::TermGenerator tg;
    index::configure_term_generator(tg, index::stemmer(), db);
    const index::DocumentBuilder builder(corpus_);
    for (std::size_t i = 0; i < builder.size(); ++i) db.add_document(builder.build(i, tg));
    db.commit();
  }

  Xapian::Database reference() const { return Xapian::Database((dir_.path() / "reference").string()); }

  test::TempDir dir_;
  model::Corpus corpus_;
};

TEST_F(Indexer, ManySmallPartsOnTwoThreadsWriteWhatOneWriterWrites) {
  ASSERT_GT(corpus_.entries.size() + corpus_.analogies.size(), 10u) << "the fixture must span several parts";
  for (std::size_t part_size : {1u, 2u, 7u, 1000u})
    for (unsigned threads : {1u, 2u, 3u}) {
      const auto dir = dir_.path() / ("index-" + std::to_string(part_size) + "-" + std::to_string(threads));
      ASSERT_TRUE(index::write_index(dir, corpus_, options(1, threads, part_size)));
      expect_same_documents(reference(), Xapian::Database(dir.string()),
                            "part size " + std::to_string(part_size) + ", threads " + std::to_string(threads));
      EXPECT_FALSE(std::filesystem::exists(dir.string() + ".parts")) << "scratch parts left behind";
    }
}

TEST_F(Indexer, ShardsOpenedThroughTheirStubNumberDocumentsAsOneDatabase) {
  for (unsigned shards : {2u, 3u, 5u}) {
    const auto dir = dir_.path() / ("sharded-" + std::to_string(shards));
    ASSERT_TRUE(index::write_index(dir, corpus_, options(shards, 2, 3)));
    ASSERT_TRUE(std::filesystem::is_regular_file(dir / "XAPIANDB"));
    for (unsigned s = 0; s < shards; ++s)
      EXPECT_TRUE(std::filesystem::is_directory(dir / ("shard-" + std::to_string(s))));
    expect_same_documents(reference(), Xapian::Database(dir.string()), std::to_string(shards) + " shards");
    EXPECT_TRUE(index::check_index(dir)) << "every shard is checked";
  }
}

TEST_F(Indexer, MoreShardsThanDocumentsStillMakesAnOpenableIndex) {
  model::Corpus one;
  one.entries.push_back(corpus_.entries.front());
  const auto dir = dir_.path() / "tiny";
  ASSERT_TRUE(index::write_index(dir, one, options(3, 0, 0)));
  EXPECT_EQ(Xapian::Database(dir.string()).get_doccount(), 1u);
}

TEST_F(Indexer, TheFingerprintTravelsWithTheIndexAndAFailureSaysWhere) {
  const auto dir = dir_.path() / "fingerprinted";
  ASSERT_TRUE(index::write_index(dir, corpus_, options(2, 0, 2, "abc123")));
  auto searcher = index::Searcher::open(dir);
  ASSERT_TRUE(searcher);
  EXPECT_EQ(searcher->fingerprint(), "abc123");

  auto again = index::write_index(dir, corpus_, {});  // the directory exists: Xapian refuses to create it
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::io);
  EXPECT_NE(again.error().message.find(dir.string()), std::string::npos) << again.error().message;
}

TEST(IdLookup, FollowsTheVectorItIsAskedAbout) {
  model::Corpus corpus;
  for (const char* id : {"a", "b", "c"}) corpus.entries.push_back(entry(id));
  ASSERT_NE(corpus.find_entry("b"), nullptr);
  EXPECT_EQ(corpus.find_entry("b")->id, "b");
  EXPECT_EQ(corpus.find_entry("zz"), nullptr);

  corpus.entries.push_back(entry("d"));  // grown (and maybe moved)
  ASSERT_NE(corpus.find_entry("d"), nullptr);
  std::swap(corpus.entries[0], corpus.entries[2]);  // reordered in place
  EXPECT_EQ(corpus.find_entry("a"), &corpus.entries[2]);

  const model::Corpus copy = corpus;  // a copy answers with its own items
  EXPECT_EQ(copy.find_entry("a"), &copy.entries[2]);
  model::Corpus moved = std::move(corpus);
  EXPECT_EQ(moved.find_entry("c"), &moved.entries[0]);
}

}  // namespace
