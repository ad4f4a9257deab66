// SPDX-License-Identifier: MIT
#include "core/kb/fingerprint.hpp"

#include <fmt/format.h>
#include <xxhash.h>
#include <algorithm>
#include <fstream>

#include "core/kb/loader.hpp"

namespace sputnik::kb {

struct Fingerprinter::State {
  XXH3_state_t* xxh = XXH3_createState();
};

Fingerprinter::Fingerprinter(std::string_view seed) : state_(new State) {
  XXH3_64bits_reset(state_->xxh);
  add("seed", seed);
}

Fingerprinter::~Fingerprinter() {
  XXH3_freeState(state_->xxh);
  delete state_;
}

void Fingerprinter::add(std::string_view relative_name, std::string_view content) {
  const std::string name(relative_name);
  XXH3_64bits_update(state_->xxh, name.c_str(), name.size() + 1);  // with its NUL, so names cannot run into contents
  const std::string size = fmt::format("{}\n", content.size());
  XXH3_64bits_update(state_->xxh, size.data(), size.size());
  XXH3_64bits_update(state_->xxh, content.data(), content.size());
}

std::string Fingerprinter::hex_digest() const { return fmt::format("{:016x}", XXH3_64bits_digest(state_->xxh)); }

std::string fingerprint_name(const std::filesystem::path& dir, const std::filesystem::path& file, std::size_t index) {
  const std::string relative = std::filesystem::relative(file, dir).generic_string();
  return index == 0 ? relative : fmt::format("{}:{}", index, relative);  // one kb hashes as before
}

namespace {
// One read per file: a no-op build hashes the whole kb (260 MB at 100k entries), and a
// character-at-a-time stream took longer than the hashing.
std::string read_whole(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  std::string content(in ? static_cast<std::size_t>(in.tellg()) : 0, '\0');
  in.seekg(0);
  in.read(content.data(), static_cast<std::streamsize>(content.size()));
  content.resize(in ? content.size() : static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
  return content;
}
}  // namespace

std::string fingerprint(const std::vector<std::filesystem::path>& dirs, std::string_view seed) {
  Fingerprinter fp(seed);
  for (std::size_t i = 0; i < dirs.size(); ++i) {
    const KbFiles walked = kb_files(dirs[i]);
    for (const auto& path : walked.files) fp.add(fingerprint_name(dirs[i], path, i), read_whole(path));
    // A kb with a dangling link is not the kb that was built without it: the build that
    // follows must load it, and report the link, not answer "up to date".
    for (const auto& problem : walked.problems) fp.add("problem:" + problem.file, problem.message);
  }
  return fp.hex_digest();
}

}  // namespace sputnik::kb
