// SPDX-License-Identifier: MIT
#include "core/index/indexer.hpp"

#include <fmt/format.h>
#include <xapian.h>
#include <algorithm>
#include <atomic>
#include <fstream>
#include <mutex>
#include <optional>
#include <thread>

#include "core/index/document_builder.hpp"
#include "core/index/terms.hpp"
#include "core/util/fault.hpp"

namespace sputnik::index {
namespace fs = std::filesystem;
namespace {

// Xapian keeps a writer's pending changes in ordered maps, which get slower per document
// as they grow: on 2 cores, parts of ~128 documents (~800 terms each, with positions)
// index about twice as fast per core as one writer with Xapian's default flush of 10,000.
// Parts are merged into segments, and segments into each shard, by Xapian's compactor.
constexpr std::size_t kPartSize = 128;
// At most 64 parts per segment and ~128 segments per shard keep each merge's open files
// (about 5 per database) well under the usual limit of 1,024.
constexpr std::size_t kPartsPerSegment = 64;
constexpr std::size_t kReportEvery = 256;

// A run of consecutive documents of one shard — its `first`-th to (first + count - 1)-th —
// indexed by one thread into the database `dir`.
struct Segment {
  unsigned shard = 0;
  std::size_t first = 0, count = 0;
  fs::path dir;
};

std::size_t shard_size(std::size_t total, unsigned shards, unsigned shard) {
  return total / shards + (shard < total % shards ? 1 : 0);
}

// Small kbs still get a segment per thread, so that every core has work.
std::size_t segment_size(std::size_t total, unsigned threads, std::size_t part_size) {
  const std::size_t per_thread = (total + threads - 1) / threads;
  return std::clamp(per_thread, part_size, part_size * kPartsPerSegment);
}

std::vector<std::vector<Segment>> plan_segments(const fs::path& work, std::size_t total, unsigned shards,
                                                std::size_t segment) {
  std::vector<std::vector<Segment>> plan(shards);
  for (unsigned s = 0; s < shards; ++s) {
    const std::size_t size = shard_size(total, shards, s);
    // An empty shard still gets one (empty) database, so the stub can list it.
    for (std::size_t first = 0; first < std::max<std::size_t>(size, 1); first += segment)
      plan[s].push_back({s, first, std::min(segment, size - std::min(size, first)),
                         work / fmt::format("segment-{}-{:06}", s, plan[s].size())});
  }
  return plan;
}

Error index_error(const fs::path& dir, const std::string& what) {
  return make_error(ErrorCode::io, fmt::format("writing the index at {} failed: {}", dir.string(), what),
                    "check free space and permissions of the catalog directory");
}

// Merges databases, in order, into `out`; docids are renumbered to follow on from one
// source to the next, so they run 1…n in document order. The sources are removed.
void merge(const std::vector<fs::path>& sources, const fs::path& out) {
  if (sources.size() == 1) {
    fs::rename(sources.front(), out);
    return;
  }
  {
    Xapian::Database all;
    for (const auto& source : sources) all.add_database(Xapian::Database(source.string()));
    all.compact(out.string(), Xapian::Compactor::FULLER);
  }
  for (const auto& source : sources) fs::remove_all(source);
}

class Work {
 public:
  Work(std::vector<const Segment*> segments, std::size_t total, const Progress& progress)
      : segments_(std::move(segments)), total_(total), progress_(progress) {}

  std::size_t size() const { return segments_.size(); }
  const Segment* next() {
    const std::size_t i = next_.fetch_add(1);
    return i < segments_.size() && !failed() ? segments_[i] : nullptr;
  }
  void document_done() {
    const std::size_t done = ++done_;
    util::fault_point("index-document", done);
    if (progress_ && (done % kReportEvery == 0 || done == total_)) {
      std::lock_guard lock(mutex_);
      progress_(done, total_);
    }
  }
  void fail(std::string what) {
    std::lock_guard lock(mutex_);
    if (!error_) error_ = std::move(what);
    failed_ = true;
  }
  // Runs one step of a worker thread; an exception becomes the first error, which
  // stops the other threads at their next document or step.
  template <class Step>
  void attempt(Step&& step) {
    try {
      step();
    } catch (const Xapian::Error& e) {
      fail(e.get_description());
    } catch (const std::exception& e) {
      fail(e.what());
    }
  }
  bool failed() const { return failed_; }
  std::optional<std::string> error() const { return error_; }

 private:
  std::vector<const Segment*> segments_;
  std::atomic<std::size_t> next_{0}, done_{0};
  std::atomic<bool> failed_{false};
  const std::size_t total_;
  const Progress& progress_;
  std::mutex mutex_;
  std::optional<std::string> error_;
};

void write_part(const DocumentBuilder& builder, const Segment& segment, std::size_t first, std::size_t count,
                unsigned shards, const fs::path& dir, const std::string& fingerprint, Work& work) {
  // No fsync: parts are scratch files, and the finished index is synced with the catalog.
  Xapian::WritableDatabase db(dir.string(), Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS | Xapian::DB_NO_SYNC);
  const Xapian::Stem stem("english");  // this thread's own: a stemmer is not thread-safe
  Xapian::TermGenerator tg;
  configure_term_generator(tg, stem, db);
  for (std::size_t k = first; k < first + count && !work.failed(); ++k) {
    db.add_document(builder.build(k * shards + segment.shard, tg));
    work.document_done();
  }
  if (first == 0 && !fingerprint.empty()) db.set_metadata(kFingerprintKey, fingerprint);
  // Once, in the first shard: a sharded index opened as one database sees every shard's
  // synonyms, and this keeps them local when the other shards are served remotely.
  if (first == 0 && segment.shard == 0) builder.add_synonyms(db);
  db.commit();
}

void write_segment(const DocumentBuilder& builder, const Segment& segment, unsigned shards, std::size_t part_size,
                   const std::string& fingerprint, Work& work) {
  std::vector<fs::path> parts;
  const std::size_t end = segment.first + segment.count;
  for (std::size_t first = segment.first; first < end || parts.empty(); first += part_size) {
    parts.push_back(segment.dir.string() + fmt::format(".part-{:03}", parts.size()));
    write_part(builder, segment, first, std::min(part_size, end - std::min(end, first)), shards, parts.back(),
               fingerprint, work);
  }
  merge(parts, segment.dir);
}

void run_workers(unsigned threads, const std::function<void()>& body) {
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(body);
  body();
  for (auto& thread : pool) thread.join();
}

void index_segments(const DocumentBuilder& builder, unsigned shards, unsigned threads, std::size_t part_size,
                    const std::string& fingerprint, Work& work) {
  run_workers(std::min<unsigned>(threads, static_cast<unsigned>(work.size())), [&] {
    while (const Segment* segment = work.next())
      work.attempt([&] { write_segment(builder, *segment, shards, part_size, fingerprint, work); });
  });
}

void merge_shards(const std::vector<std::vector<Segment>>& plan, const std::vector<fs::path>& outputs, unsigned threads,
                  Work& work) {
  std::atomic<std::size_t> next{0};
  run_workers(std::min<unsigned>(threads, static_cast<unsigned>(plan.size())), [&] {
    for (std::size_t s; (s = next.fetch_add(1)) < plan.size() && !work.failed();)
      work.attempt([&] {
        std::vector<fs::path> segments;
        for (const auto& segment : plan[s]) segments.push_back(segment.dir);
        merge(segments, outputs[s]);
      });
  });
}

Status write_stub(const fs::path& dir, unsigned shards) {
  std::ofstream stub(dir / "XAPIANDB");
  for (unsigned s = 0; s < shards; ++s) stub << "glass shard-" << s << '\n';  // relative to the stub's directory
  stub.flush();
  if (!stub) return index_error(dir, "cannot write the stub file XAPIANDB");
  return {};
}

}  // namespace

Status write_index(const fs::path& dir, const model::Corpus& corpus, const IndexOptions& options) {
  const unsigned shards = std::max(1u, options.shards);
  const unsigned threads = std::max(1u, options.threads ? options.threads : std::thread::hardware_concurrency());
  const std::size_t part_size = options.part_size ? options.part_size : kPartSize;
  const DocumentBuilder builder(corpus);
  const fs::path work_dir = dir.parent_path() / (dir.filename().string() + ".parts");
  std::error_code ec;
  fs::remove_all(work_dir, ec);
  if (!fs::create_directories(work_dir, ec)) return index_error(work_dir, ec.message());
  const auto plan = plan_segments(work_dir, builder.size(), shards, segment_size(builder.size(), threads, part_size));

  std::vector<const Segment*> segments;
  for (const auto& shard : plan)
    for (const auto& segment : shard) segments.push_back(&segment);
  Work work(std::move(segments), builder.size(), options.progress);
  index_segments(builder, shards, threads, part_size, options.fingerprint, work);

  std::vector<fs::path> outputs{dir};
  if (shards > 1) {
    outputs.clear();
    if (!fs::create_directory(dir, ec)) work.fail(ec.message());
    for (unsigned s = 0; s < shards; ++s) outputs.push_back(dir / fmt::format("shard-{}", s));
  }
  if (!work.failed()) merge_shards(plan, outputs, threads, work);
  fs::remove_all(work_dir, ec);
  if (auto error = work.error()) return index_error(dir, *error);
  return shards > 1 ? write_stub(dir, shards) : Status{};
}

}  // namespace sputnik::index
