// SPDX-License-Identifier: MIT
#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace sputnik::kb {

/// Hashes kb files as they are read (relative name and content, in path order) after a seed:
/// what else a catalog depends on (the caller's program and schema versions), so that kb/
/// itself knows nothing of the store.
class Fingerprinter {
 public:
  explicit Fingerprinter(std::string_view seed = {});
  Fingerprinter(const Fingerprinter&) = delete;
  Fingerprinter& operator=(const Fingerprinter&) = delete;
  ~Fingerprinter();

  void add(std::string_view relative_name, std::string_view content);
  std::string hex_digest() const;

 private:
  struct State;
  State* state_;
};

/// The digest of every *.toml file below `dir`: equal digests mean a catalog built from
/// this kb by this program is still current. load_kb() computes the same value.
std::string fingerprint(const std::vector<std::filesystem::path>& dirs, std::string_view seed = {});
/// The name a kb file is hashed under: its path relative to its directory, prefixed with
/// the directory's position when it is not the first.
std::string fingerprint_name(const std::filesystem::path& dir, const std::filesystem::path& file, std::size_t index);

}  // namespace sputnik::kb
