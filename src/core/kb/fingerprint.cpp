// SPDX-License-Identifier: MIT
#include "core/kb/fingerprint.hpp"

#include <fmt/format.h>
#include <fstream>
#include <iterator>
#include <xxhash.h>

#include "core/kb/loader.hpp"
#include "core/store/schema.hpp"

namespace sputnik::kb {

std::string fingerprint(const std::filesystem::path& dir) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  const std::string header = fmt::format("sputnik {} schema {}\n", SPUTNIK_VERSION, store::schema_version());
  XXH3_64bits_update(state, header.data(), header.size());
  for (const auto& path : kb_files(dir)) {
    const std::string name = std::filesystem::relative(path, dir).generic_string();
    XXH3_64bits_update(state, name.c_str(), name.size() + 1);  // with its NUL, so names cannot run into contents
    std::ifstream in(path, std::ios::binary);
    const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string size = fmt::format("{}\n", content.size());
    XXH3_64bits_update(state, size.data(), size.size());
    XXH3_64bits_update(state, content.data(), content.size());
  }
  const XXH64_hash_t digest = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  return fmt::format("{:016x}", digest);
}

}  // namespace sputnik::kb
