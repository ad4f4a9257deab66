// SPDX-License-Identifier: MIT
#include "core/catalog/manifest.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <vector>

namespace sputnik::catalog {
namespace fs = std::filesystem;
namespace {

// Bumped whenever the layout of a generation changes, so an older or newer sputnik's
// catalog is reported as such instead of being misread.
constexpr const char* kFormatLine = "sputnik-catalog 2";

struct Listed {
  std::uintmax_t size = 0;
  std::int64_t ctime_ns = 0;  ///< the inode's change time when hashed
  std::uint64_t hash = 0;
  std::string path;  ///< relative to the generation
};

// The inode change time: any write, truncation or chmod moves it, and unlike the
// modification time no program can set it back.
std::int64_t change_time_ns(const fs::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return -1;
  return static_cast<std::int64_t>(st.st_ctim.tv_sec) * 1'000'000'000 + st.st_ctim.tv_nsec;
}

Error damaged(const fs::path& generation, const std::string& what) {
  return make_error(ErrorCode::catalog, fmt::format("the catalog at {} is damaged: {}", generation.string(), what),
                    "run `sputnik build` to rebuild it from the kb");
}

Result<std::uint64_t> hash_file(const fs::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return make_error(ErrorCode::io, fmt::format("cannot read {}: {}", path.string(), std::strerror(errno)),
                      "check the catalog directory's permissions");
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  std::vector<char> buffer(1 << 16);
  ssize_t got;
  while ((got = ::read(fd, buffer.data(), buffer.size())) > 0) XXH3_64bits_update(state, buffer.data(), got);
  const int err = got < 0 ? errno : 0;
  const std::uint64_t hash = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  ::close(fd);
  if (err != 0)
    return make_error(ErrorCode::io, fmt::format("cannot read {}: {}", path.string(), std::strerror(err)),
                      "check the disk");
  return hash;
}

Result<std::vector<Listed>> read_manifest(const fs::path& generation) {
  std::ifstream in(generation / kManifestName);
  if (!in)
    return make_error(ErrorCode::catalog,
                      fmt::format("the catalog at {} has no {}: it was built by another version of sputnik",
                                  generation.string(), kManifestName),
                      "run `sputnik build` to rebuild it with this version");
  std::string line;
  if (!std::getline(in, line) || line != kFormatLine)
    return make_error(ErrorCode::catalog,
                      fmt::format("the catalog at {} is of format '{}', this sputnik reads '{}'", generation.string(),
                                  line, kFormatLine),
                      "run `sputnik build` to rebuild it with this version");
  std::vector<Listed> files;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    Listed item;
    if (!(fields >> item.size >> item.ctime_ns >> std::hex >> item.hash) || !(fields >> std::ws) ||
        !std::getline(fields, item.path) || item.path.empty())
      return damaged(generation, fmt::format("{} has an unreadable line '{}'", kManifestName, line));
    files.push_back(std::move(item));
  }
  if (files.empty()) return damaged(generation, fmt::format("{} lists no files", kManifestName));
  return files;
}

}  // namespace

Status write_manifest(const fs::path& generation) {
  std::vector<Listed> files;
  std::error_code ec;
  for (const auto& item : fs::recursive_directory_iterator(generation, ec)) {
    if (!item.is_regular_file()) continue;
    auto hash = hash_file(item.path());
    if (!hash) return hash.error();
    files.push_back(
        {item.file_size(), change_time_ns(item.path()), *hash, fs::relative(item.path(), generation).string()});
  }
  if (ec) return make_error(ErrorCode::io, fmt::format("cannot list {}: {}", generation.string(), ec.message()), "");
  std::sort(files.begin(), files.end(), [](const Listed& a, const Listed& b) { return a.path < b.path; });
  std::string text = std::string(kFormatLine) + '\n';
  for (const auto& f : files) text += fmt::format("{} {} {:016x} {}\n", f.size, f.ctime_ns, f.hash, f.path);
  const fs::path path = generation / kManifestName;
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  if (!out)
    return make_error(ErrorCode::io, fmt::format("cannot write {}: {}", path.string(), std::strerror(errno)),
                      "check free space and permissions of the catalog directory");
  return {};
}

namespace {

Status sizes_match(const fs::path& generation, const std::vector<Listed>& files) {
  for (const auto& f : files) {
    std::error_code ec;
    const auto size = fs::file_size(generation / f.path, ec);
    if (ec) return damaged(generation, fmt::format("{} is missing", f.path));
    if (size != f.size)
      return damaged(generation, fmt::format("{} is {} bytes, it was built with {}", f.path, size, f.size));
  }
  return {};
}

}  // namespace

Status check_sizes(const fs::path& generation) {
  auto files = read_manifest(generation);
  if (!files) return files.error();
  return sizes_match(generation, *files);
}

Result<ContentReport> check_contents(const fs::path& generation, Rehash rehash) {
  auto files = read_manifest(generation);
  if (!files) return files.error();
  if (auto sizes = sizes_match(generation, *files); !sizes) return sizes.error();
  ContentReport report;
  for (const auto& f : *files) {
    if (rehash == Rehash::changed && change_time_ns(generation / f.path) == f.ctime_ns) continue;
    auto hash = hash_file(generation / f.path);
    if (!hash) return hash.error();
    if (*hash != f.hash) return damaged(generation, fmt::format("{} has changed since it was built", f.path));
    ++report.files;
    report.bytes += f.size;
  }
  return report;
}

}  // namespace sputnik::catalog
