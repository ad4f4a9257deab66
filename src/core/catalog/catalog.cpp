// SPDX-License-Identifier: MIT
#include "core/catalog/catalog.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <unistd.h>
#include <xxhash.h>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <future>

#include "core/catalog/manifest.hpp"
#include "core/index/indexer.hpp"
#include "core/kb/check.hpp"
#include "core/kb/fingerprint.hpp"
#include "core/kb/loader.hpp"
#include "core/kb/validate.hpp"
#include "core/store/schema.hpp"
#include "core/store/writer.hpp"
#include "core/util/fault.hpp"
#include "core/util/paths.hpp"
#include "core/util/text.hpp"

namespace sputnik::catalog {
namespace fs = std::filesystem;
namespace {

constexpr const char* kCurrent = "current";
constexpr const char* kGenerationPrefix = "gen-";
constexpr const char* kTempPrefix = ".tmp-";

Error io_error(const std::string& what, const fs::path& path, int err) {
  return make_error(ErrorCode::io, fmt::format("{} {}: {}", what, path.string(), std::strerror(err)),
                    "check that the directory exists, is writable and has free space");
}

// An exclusive lock on DIR/.lock for the lifetime of the object; it either fails at once
// or, with `wait`, blocks until the build holding it finishes.
class BuildLock {
 public:
  static Result<BuildLock> acquire(const fs::path& dir, bool wait) {
    const fs::path path = dir / ".lock";
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) return io_error("cannot create the lock file", path, errno);
    int rc;
    do rc = ::flock(fd, wait ? LOCK_EX : LOCK_EX | LOCK_NB);
    while (rc != 0 && errno == EINTR);
    if (rc != 0) {
      ::close(fd);
      return make_error(ErrorCode::catalog, fmt::format("another sputnik build is writing {}", dir.string()),
                        "wait for it to finish and run the command again, or use `sputnik build --wait`");
    }
    return BuildLock(fd);
  }
  BuildLock(BuildLock&& o) noexcept : fd_(o.fd_) { o.fd_ = -1; }
  BuildLock(const BuildLock&) = delete;
  BuildLock& operator=(const BuildLock&) = delete;
  ~BuildLock() {
    if (fd_ >= 0) ::close(fd_);  // closing releases the flock
  }

 private:
  explicit BuildLock(int fd) : fd_(fd) {}
  int fd_;
};

// Flushes a file or directory to disk so a rename that follows cannot expose an
// incomplete file after a power failure.
void sync_path(const fs::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

void sync_tree(const fs::path& dir) {
  std::error_code ec;
  for (const auto& item : fs::recursive_directory_iterator(dir, ec)) sync_path(item.path());
  sync_path(dir);
}

// Leftovers of builds that were killed: temporary directories nobody holds any more
// (we hold the lock), and generations older than the previous one.
void remove_stale(const fs::path& dir, const std::string& keep_a, const std::string& keep_b) {
  std::error_code ec;
  for (const auto& item : fs::directory_iterator(dir, ec)) {
    const std::string name = item.path().filename().string();
    const bool temp = name.rfind(kTempPrefix, 0) == 0;
    const bool old_gen = name.rfind(kGenerationPrefix, 0) == 0 && name != keep_a && name != keep_b;
    if (temp || old_gen) fs::remove_all(item.path(), ec);
  }
}

unsigned next_sequence(const fs::path& dir) {
  unsigned highest = 0;
  std::error_code ec;
  for (const auto& item : fs::directory_iterator(dir, ec)) {
    const std::string name = item.path().filename().string();
    if (name.rfind(kGenerationPrefix, 0) != 0) continue;
    const auto dash = name.rfind('-');
    highest = std::max(highest, static_cast<unsigned>(std::strtoul(name.c_str() + dash + 1, nullptr, 10)));
  }
  return highest + 1;
}

std::string fingerprint_of_generation(const fs::path& generation) {
  const std::string name = generation.filename().string();  // gen-<fingerprint>-<n>
  const auto first = name.find('-'), last = name.rfind('-');
  return first == last ? std::string() : name.substr(first + 1, last - first - 1);
}

// Points DIR/current at `generation` with one rename(2): readers see the old or the new.
Status switch_current(const fs::path& dir, const std::string& generation) {
  const fs::path temp_link = dir / fmt::format("{}link-{}", kTempPrefix, ::getpid());
  std::error_code ec;
  fs::remove(temp_link, ec);
  fs::create_symlink(generation, temp_link, ec);
  if (ec) return io_error("cannot create a link in", dir, ec.value());
  util::fault_point("link-created");
  if (::rename(temp_link.c_str(), (dir / kCurrent).c_str()) != 0)
    return io_error("cannot switch", dir / kCurrent, errno);
  sync_path(dir);
  return {};
}

// SQLite and Xapian are written at the same time: one thread fills SQLite while the
// others index. Both read the corpus, which nobody writes meanwhile.
Status write_stores(const fs::path& temp, const model::Corpus& corpus, const std::map<std::string, std::string>& meta,
                    const index::IndexOptions& index_options) {
  auto store = std::async(std::launch::async, [&] {
    auto s = store::write_catalog(temp / "catalog.sqlite", corpus, meta);
    if (s) util::fault_point("store-written");
    return s;
  });
  auto indexed = index::write_index(temp / "xapian", corpus, index_options);
  auto stored = store.get();
  if (!stored) return stored.error();
  if (!indexed) return indexed.error();
  util::fault_point("index-written");
  return {};
}

Result<fs::path> write_generation(const fs::path& dir, const model::Corpus& corpus, const std::string& fingerprint,
                                  const std::map<std::string, std::string>& meta,
                                  const index::IndexOptions& index_options) {
  const fs::path temp = dir / fmt::format("{}{}", kTempPrefix, ::getpid());
  std::error_code ec;
  fs::remove_all(temp, ec);
  if (!fs::create_directory(temp, ec)) return io_error("cannot create", temp, ec.value());
  // A failed write (a full disk, say) takes its partial files with it; a killed one
  // leaves them for the next build's remove_stale.
  const auto failed = [&temp](Error error) {
    std::error_code ignored;
    fs::remove_all(temp, ignored);
    return error;
  };
  if (auto s = write_stores(temp, corpus, meta, index_options); !s) return failed(s.error());
  if (auto s = write_manifest(temp); !s) return failed(s.error());
  sync_tree(temp);
  util::fault_point("synced");
  const fs::path generation = dir / fmt::format("{}{}-{}", kGenerationPrefix, fingerprint, next_sequence(dir));
  if (::rename(temp.c_str(), generation.c_str()) != 0) return failed(io_error("cannot rename into", generation, errno));
  util::fault_point("generation-renamed");
  return generation;
}

// What a catalog depends on besides the kb: this program's version and its schema (the text
// itself, so editing a schema file invalidates every cached catalog).
std::string fingerprint_seed() {
  std::string seed = fmt::format("sputnik {} schema {}\n", SPUTNIK_VERSION, store::schema_version());
  for (const auto& script : store::schema_scripts())
    seed += fmt::format("{}\n{}\n{}", script.name, script.sql.size(), script.sql);
  return seed;
}

Result<model::Corpus> load_valid(const KbDirs& kb, std::vector<kb::Diagnostic>& problems, BuildReport& report) {
  auto checked = kb::check(kb, {.strict = false, .fingerprint_seed = fingerprint_seed()});
  report.files = checked.files.size();
  report.fingerprint = checked.fingerprint;
  problems = std::move(checked.problems);
  if (!problems.empty())
    return make_error(ErrorCode::data,
                      fmt::format("{} has {} problem{}; the catalog was not changed", describe(kb), problems.size(),
                                  problems.size() == 1 ? "" : "s"),
                      "fix them (`sputnik validate` lists them), then build again");
  return std::move(checked.corpus);
}

}  // namespace

fs::path current_generation(const fs::path& catalog_dir) {
  std::error_code ec;
  const fs::path target = fs::read_symlink(catalog_dir / kCurrent, ec);
  return ec ? fs::path() : catalog_dir / target;
}

std::string describe(const KbDirs& kb) {
  std::vector<std::string> names;
  for (const auto& dir : kb) names.push_back(dir.string());
  return util::join(names, " + ");
}

bool is_current(const fs::path& catalog_dir, const KbDirs& kb) {
  const fs::path generation = current_generation(catalog_dir);
  std::error_code ec;
  return !generation.empty() && fs::is_directory(generation, ec) &&
         fingerprint_of_generation(generation) == kb::fingerprint(kb, fingerprint_seed()) && check_sizes(generation);
}

namespace {

// The current generation, if it was built from exactly this kb (same fingerprint) and
// every file still has its recorded hash, so that a plain `sputnik build` is the one fix
// for any damage. Only files written to since the build are rehashed: a catalog of 100k
// entries is 1.5 GB, and reading it all would make a no-op build slow.
// How many shards a generation's index has: a sharded index is a directory with a stub.
unsigned shard_count(const fs::path& generation) {
  std::error_code ec;
  if (!fs::exists(generation / "xapian" / "XAPIANDB", ec)) return 1;
  unsigned shards = 0;
  for (const auto& item : fs::directory_iterator(generation / "xapian", ec))
    if (item.path().filename().string().rfind("shard-", 0) == 0) ++shards;
  return shards;
}

// The shards asked for, or as many as the current generation has: a plain `build` after
// a kb change keeps a catalog sharded as it was.
unsigned shards_wanted(const BuildOptions& options) {
  if (options.shards != 0) return options.shards;
  const fs::path previous = current_generation(options.catalog);
  return previous.empty() ? 1 : shard_count(previous);
}

std::optional<fs::path> intact_generation_for(const fs::path& catalog_dir, const std::string& fingerprint,
                                              unsigned shards) {
  const fs::path generation = current_generation(catalog_dir);
  std::error_code ec;
  if (generation.empty() || !fs::is_directory(generation, ec) || fingerprint_of_generation(generation) != fingerprint ||
      shard_count(generation) != shards || !check_contents(generation, Rehash::changed))
    return std::nullopt;
  return generation;
}

// A catalog directory that is something else (a file, a dangling link) is said so, not
// reported as "no catalog" with advice to build where a build cannot write.
Status check_catalog_dir(const fs::path& catalog_dir) {
  const std::string problem = util::directory_problem(catalog_dir, "catalog directory");
  if (problem.empty() || problem == "does not exist") return {};
  return make_error(ErrorCode::catalog, fmt::format("{} {}", catalog_dir.string(), problem),
                    fmt::format("remove {} or give --catalog another directory", catalog_dir.string()));
}

Status check_index_path(const fs::path& index) {
  if (index.empty()) return {};
  std::string problem = util::broken_link(index);
  std::error_code ec;
  if (problem.empty() && !fs::exists(index, ec)) problem = "does not exist";
  if (problem.empty()) return {};
  return make_error(ErrorCode::catalog, fmt::format("the index {} {}", index.string(), problem),
                    "--index takes a Xapian database directory or a stub file listing shards");
}

}  // namespace

Result<BuildReport> build(const BuildOptions& options, std::vector<kb::Diagnostic>& problems) {
  BuildReport report;
  // An unchanged kb is answered before it is parsed: it was valid when its catalog was
  // built, by this same version (the fingerprint covers the version and the schema).
  if (!options.force) {
    const std::string fingerprint = kb::fingerprint(options.kb, fingerprint_seed());
    if (auto intact = intact_generation_for(options.catalog, fingerprint, shards_wanted(options))) {
      // Tidy leftovers of killed builds when nobody is writing; never wait for that.
      if (auto lock = BuildLock::acquire(options.catalog, false))
        remove_stale(options.catalog, intact->filename().string(), "");
      return BuildReport{.up_to_date = true, .fingerprint = fingerprint, .generation = *intact};
    }
  }
  auto corpus = load_valid(options.kb, problems, report);
  if (!corpus) return corpus.error();
  report.entries = corpus->entries.size();
  report.analogies = corpus->analogies.size();
  report.sources = corpus->sources.size();

  if (auto usable = check_catalog_dir(options.catalog); !usable) return usable.error();
  std::error_code ec;
  fs::create_directories(options.catalog, ec);
  if (ec) return io_error("cannot create the catalog directory", options.catalog, ec.value());
  auto lock = BuildLock::acquire(options.catalog, options.wait_for_lock);
  if (!lock) return lock.error();
  util::fault_point("locked");

  const fs::path previous = current_generation(options.catalog);
  const unsigned shards = shards_wanted(options);
  // Another build may have written this kb while we waited for the lock.
  if (!options.force) {
    if (auto intact = intact_generation_for(options.catalog, report.fingerprint, shards)) {
      report.up_to_date = true;
      report.generation = *intact;
      remove_stale(options.catalog, intact->filename().string(), "");
      return report;
    }
  }
  std::map<std::string, std::string> meta = {{"fingerprint", report.fingerprint},
                                             {"sputnik_version", SPUTNIK_VERSION},
                                             {"schema_version", std::to_string(store::schema_version())},
                                             {"kb", describe(options.kb)},
                                             {"shards", std::to_string(shards)}};
  if (!corpus->info.empty() && corpus->info.front().ai_race_recorded_to)
    meta[std::string(store::kMetaAiRaceRecordedTo)] = corpus->info.front().ai_race_recorded_to->to_kb_string();
  const index::IndexOptions index_options{.shards = shards,
                                          .threads = options.threads,
                                          .part_size = 0,
                                          .fingerprint = report.fingerprint,
                                          .progress = options.progress};
  auto generation = write_generation(options.catalog, *corpus, report.fingerprint, meta, index_options);
  if (!generation) return generation.error();
  if (auto s = switch_current(options.catalog, generation->filename().string()); !s) return s.error();
  util::fault_point("switched");
  remove_stale(options.catalog, generation->filename().string(), previous.filename().string());
  report.generation = *generation;
  return report;
}

namespace {

// An index given instead of the catalog's own must come from the same build, or its hits
// would name entries the catalog does not hold.
Status check_same_build(const store::CatalogReader& store, const index::Searcher& index, const fs::path& path) {
  const std::string indexed = index.fingerprint();
  auto built = store.meta("fingerprint");
  if (!built) return built.error();
  if (indexed.empty() || indexed == *built) return {};  // remote backends may not serve metadata
  return make_error(ErrorCode::catalog,
                    fmt::format("the index {} was built from another kb (fingerprint {}, the catalog's is {})",
                                path.string(), indexed, *built),
                    "point --index at the shards of this catalog's build, or build the catalog again");
}

Result<Catalog> open_generation(const fs::path& catalog_dir, const fs::path& generation, const fs::path& index_path) {
  std::error_code ec;
  if (generation.empty() || !fs::is_directory(generation, ec))
    return make_error(ErrorCode::catalog, fmt::format("no catalog in {}", catalog_dir.string()),
                      fmt::format("run `sputnik build --catalog {}`", catalog_dir.string()));
  if (auto intact = check_sizes(generation); !intact) return intact.error();
  auto store = store::CatalogReader::open(generation / "catalog.sqlite");
  if (!store) return store.error();
  // The catalog's own index is opened when a command first searches; one given with
  // --index at once, to check that it belongs to this catalog.
  auto index = index_path.empty() ? index::Searcher::open(generation / "xapian", index::Searcher::Opening::later)
                                  : index::Searcher::open(index_path);
  if (!index) return index.error();
  if (!index_path.empty())
    if (auto same = check_same_build(*store, *index, index_path); !same) return same.error();
  return Catalog{generation, std::move(*store), std::move(*index)};
}

}  // namespace

Result<Catalog> open(const fs::path& catalog_dir, const fs::path& index) {
  if (auto usable = check_catalog_dir(catalog_dir); !usable) return usable.error();
  if (auto usable = check_index_path(index); !usable) return usable.error();
  // A build keeps the previous generation, so the one we resolved can only vanish while
  // we open it if two builds finish meanwhile: then `current` has moved, and we follow it.
  constexpr int kAttempts = 5;
  fs::path generation = current_generation(catalog_dir);
  for (int attempt = 1;; ++attempt) {
    auto opened = open_generation(catalog_dir, generation, index);
    if (opened || attempt == kAttempts) return opened;
    const fs::path now = current_generation(catalog_dir);
    if (now == generation) return opened;
    generation = now;
  }
}

Result<CheckReport> check(const fs::path& catalog_dir) {
  auto opened = open(catalog_dir);
  if (!opened) return opened.error();
  auto contents = check_contents(opened->generation);
  if (!contents) return contents.error();
  if (auto s = opened->store.integrity(); !s) return s.error();
  if (auto s = index::check_index(opened->generation / "xapian"); !s) return s.error();
  return CheckReport{opened->generation, contents->files, contents->bytes};
}

fs::path default_kb_dir() {
  if (const char* env = std::getenv("SPUTNIK_KB"); env && *env) return env;
  std::error_code ec;
  // An installed binary finds its kb beside it (PREFIX/bin → PREFIX/share/sputnik/kb), so a
  // package unpacked anywhere works; a build-tree binary uses the source tree's kb.
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path beside = exe.parent_path().parent_path() / "share" / "sputnik" / "kb";
    if (fs::is_directory(beside, ec)) return beside;
  }
  if (fs::is_directory(SPUTNIK_SOURCE_KB, ec)) return SPUTNIK_SOURCE_KB;
  return SPUTNIK_INSTALLED_KB;
}

fs::path default_catalog_dir(const KbDirs& kb) {
  fs::path cache;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
    cache = xdg;
  else if (const char* home = std::getenv("HOME"); home && *home)
    cache = fs::path(home) / ".cache";
  else
    cache = fs::temp_directory_path();
  std::error_code ec;
  std::string key;
  for (const auto& dir : kb) key += fs::weakly_canonical(fs::absolute(dir), ec).string() + '\n';
  if (kb.size() == 1) key.pop_back();  // a one-directory kb keeps the cache it had
  return cache / "sputnik" / "catalogs" / fmt::format("{:016x}", XXH3_64bits(key.data(), key.size()));
}

}  // namespace sputnik::catalog
