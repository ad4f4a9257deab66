// SPDX-License-Identifier: MIT
#pragma once
// The user's config file (TOML): defaults below environment variables and flags.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/model/entities.hpp"
#include "core/util/result.hpp"

namespace sputnik::cli {

struct Config {
  std::filesystem::path file;                            ///< where it was read from, if anywhere
  std::optional<model::Lang> lang;                       ///< lang = "ja"
  std::optional<std::string> format;                     ///< format = "json" (where a command has it)
  std::optional<std::filesystem::path> catalog;          ///< catalog = "~/sputnik-catalog"
  std::optional<std::vector<std::filesystem::path>> kb;  ///< kb = ["…"]: replaces the default kb
  std::vector<std::filesystem::path> extra_kb;           ///< extra_kb = ["~/notes/kb"]: added after it
  std::optional<std::string> color;                      ///< color = "never"
  std::optional<bool> pager;                             ///< pager = false
};

/// $XDG_CONFIG_HOME/sputnik/config.toml, else ~/.config/sputnik/config.toml.
std::filesystem::path default_config_path();

/// Reads `path`. A missing default file is an empty config; a missing file named with
/// --config, a syntax error, an unknown key or a wrong type is an error naming file, line
/// and key.
Result<Config> load_config(const std::filesystem::path& path, bool must_exist);

/// The value of --config in argv (also --config=FILE), which must be known before parsing.
std::optional<std::filesystem::path> config_flag(int argc, char** argv);

/// The config read at start-up (empty until main() loads it).
const Config& user_config();
void set_user_config(Config config);

}  // namespace sputnik::cli
