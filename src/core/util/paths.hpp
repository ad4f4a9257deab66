// SPDX-License-Identifier: MIT
#pragma once
// What is wrong with a path the user gave, said once for every place paths enter: a kb
// folder, a catalog directory, a config file, an index. One message per problem, never
// a filesystem exception.
#include <filesystem>
#include <string>
#include <string_view>

namespace sputnik::util {

/// Why a link at `path` cannot be followed ("is a symbolic link loop", "cannot be read: a
/// dangling symbolic link (to x.toml)"), or "" when `path` is not a link or its target exists.
std::string broken_link(const std::filesystem::path& path);

/// "a FIFO", "a socket", "a device", "a file", "a directory"…: what a path is, for messages.
const char* file_kind(std::filesystem::file_type type);

/// Why `path` cannot be used as a `what` directory ("kb folder", "catalog directory"), or
/// "" when it can: "does not exist", "is a file, not a kb folder", a broken link, or
/// "cannot be read: Permission denied".
std::string directory_problem(const std::filesystem::path& path, std::string_view what);

/// Why `path` cannot be read as a `what` file ("config file"), or "" when it can: "does
/// not exist", "is a directory, not a config file", "is a FIFO, …", a broken link.
std::string file_problem(const std::filesystem::path& path, std::string_view what);

/// Why a file cannot be written at `path`, or "": "is a directory; give a file name",
/// "is in nodir, which does not exist", a broken link. Checked before any work is done, so
/// a long export never ends in "cannot write".
std::string output_problem(const std::filesystem::path& path);

}  // namespace sputnik::util
