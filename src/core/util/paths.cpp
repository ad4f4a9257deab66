// SPDX-License-Identifier: MIT
#include "core/util/paths.hpp"

#include <fmt/format.h>
#include <system_error>

namespace sputnik::util {

namespace fs = std::filesystem;

std::string broken_link(const fs::path& path) {
  std::error_code ec;
  if (!fs::is_symlink(fs::symlink_status(path, ec))) return {};
  (void)fs::status(path, ec);  // only the error matters: why the link cannot be followed
  if (ec == std::errc::too_many_symbolic_link_levels) return "is a symbolic link loop";
  if (ec == std::errc::no_such_file_or_directory) {
    std::error_code unread;
    return fmt::format("cannot be read: a dangling symbolic link (to {})", fs::read_symlink(path, unread).string());
  }
  return ec ? fmt::format("cannot be read: {}", ec.message()) : std::string();
}

const char* file_kind(fs::file_type type) {
  switch (type) {
    case fs::file_type::regular:
      return "a file";
    case fs::file_type::directory:
      return "a directory";
    case fs::file_type::fifo:
      return "a FIFO";
    case fs::file_type::socket:
      return "a socket";
    case fs::file_type::block:
    case fs::file_type::character:
      return "a device";
    default:
      return "not a plain file";
  }
}

namespace {

// The status of `path`, or the message for why it has none.
std::string status_problem(const fs::path& path, fs::file_status& status) {
  if (auto broken = broken_link(path); !broken.empty()) return broken;
  std::error_code ec;
  status = fs::status(path, ec);
  if (status.type() == fs::file_type::not_found) return "does not exist";
  return ec ? fmt::format("cannot be read: {}", ec.message()) : std::string();
}

}  // namespace

std::string directory_problem(const fs::path& path, std::string_view what) {
  fs::file_status status;
  if (auto problem = status_problem(path, status); !problem.empty()) return problem;
  if (!fs::is_directory(status)) return fmt::format("is {}, not a {}", file_kind(status.type()), what);
  std::error_code ec;
  fs::directory_iterator probe(path, ec);
  return ec ? fmt::format("cannot be read: {}", ec.message()) : std::string();
}

std::string file_problem(const fs::path& path, std::string_view what) {
  fs::file_status status;
  if (auto problem = status_problem(path, status); !problem.empty()) return problem;
  if (!fs::is_regular_file(status)) return fmt::format("is {}, not a {}", file_kind(status.type()), what);
  return {};
}

std::string output_problem(const fs::path& path) {
  std::error_code ec;
  const fs::file_status link = fs::symlink_status(path, ec);
  if (fs::is_symlink(link)) {
    if (auto broken = broken_link(path); !broken.empty() && broken.find("dangling") == std::string::npos) return broken;
  }
  const fs::file_status status = fs::status(path, ec);
  if (fs::is_directory(status)) return "is a directory; give a file name";
  if (status.type() != fs::file_type::not_found && !fs::is_regular_file(status))
    return fmt::format("is {}, not a file to write", file_kind(status.type()));
  // Where the file (or a dangling link's target) will be created.
  const fs::path target = fs::is_symlink(link) ? fs::absolute(path).parent_path() / fs::read_symlink(path, ec) : path;
  const fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  if (auto problem = directory_problem(folder, "folder"); !problem.empty())
    return fmt::format("is in {}, which {}", folder.string(), problem);
  return {};
}

}  // namespace sputnik::util
