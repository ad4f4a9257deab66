// SPDX-License-Identifier: MIT
#pragma once
#include <filesystem>
#include <string>

namespace sputnik::kb {

/// A hex digest of every *.toml file below `dir` (relative names and contents) plus the
/// schema version and program version: equal digests mean a catalog built from this kb
/// by this program is still current.
std::string fingerprint(const std::filesystem::path& dir);

}  // namespace sputnik::kb
