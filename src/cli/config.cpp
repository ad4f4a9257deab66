// SPDX-License-Identifier: MIT
#include "cli/config.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>
#include <cstdlib>

#include "core/util/paths.hpp"

namespace sputnik::cli {
namespace {

namespace fs = std::filesystem;

Config g_config;

fs::path expand_home(const std::string& text) {
  if (text == "~" || text.rfind("~/", 0) == 0)
    if (const char* home = std::getenv("HOME"); home && *home)
      return fs::path(home) / text.substr(text.size() > 1 ? 2 : 1);
  return text;
}

Error config_error(const fs::path& file, const toml::source_region& where, const toml::key& key,
                   std::string_view message) {
  return make_error(
      ErrorCode::usage,
      fmt::format("{}:{}:{}: {}: {}", file.string(),
                  key.source().begin.line ? key.source().begin.line : where.begin.line,
                  key.source().begin.line ? key.source().begin.column : where.begin.column, key.str(), message),
      "see `sputnik --help` (CONFIG) for the keys");
}

Result<std::string> text_value(const fs::path& file, const toml::node& node, const toml::key& key) {
  if (auto v = node.value<std::string>()) return *v;
  return config_error(file, node.source(), key, "expected a string");
}

Result<std::vector<fs::path>> path_list(const fs::path& file, const toml::node& node, const toml::key& key) {
  const auto* array = node.as_array();
  if (!array) return config_error(file, node.source(), key, "expected a list of directories, like [\"~/notes/kb\"]");
  std::vector<fs::path> out;
  for (const auto& item : *array) {
    auto text = text_value(file, item, key);
    if (!text) return text.error();
    out.push_back(expand_home(*text));
  }
  return out;
}

Result<void> apply(Config& config, const fs::path& file, const toml::key& toml_key, const toml::node& node) {
  const std::string_view key = toml_key.str();
  if (key == "lang") {
    auto v = text_value(file, node, toml_key);
    if (!v) return v.error();
    if (*v != "en" && *v != "ja") return config_error(file, node.source(), toml_key, "must be \"en\" or \"ja\"");
    config.lang = *v == "ja" ? model::Lang::ja : model::Lang::en;
  } else if (key == "format") {
    auto v = text_value(file, node, toml_key);
    if (!v) return v.error();
    config.format = *v;
  } else if (key == "color") {
    auto v = text_value(file, node, toml_key);
    if (!v) return v.error();
    if (*v != "auto" && *v != "always" && *v != "never")
      return config_error(file, node.source(), toml_key, "must be \"auto\", \"always\" or \"never\"");
    config.color = *v;
  } else if (key == "catalog") {
    auto v = text_value(file, node, toml_key);
    if (!v) return v.error();
    config.catalog = expand_home(*v);
  } else if (key == "kb" || key == "extra_kb") {
    auto v = path_list(file, node, toml_key);
    if (!v) return v.error();
    if (key == "kb")
      config.kb = *v;
    else
      config.extra_kb = *v;
  } else if (key == "pager") {
    if (auto v = node.value<bool>())
      config.pager = *v;
    else
      return config_error(file, node.source(), toml_key, "expected true or false");
  } else {
    return config_error(file, node.source(), toml_key,
                        "unknown key (lang, format, color, pager, catalog, kb, extra_kb)");
  }
  return {};
}

}  // namespace

fs::path default_config_path() {
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) return fs::path(xdg) / "sputnik" / "config.toml";
  if (const char* home = std::getenv("HOME"); home && *home)
    return fs::path(home) / ".config" / "sputnik" / "config.toml";
  return {};
}

Result<Config> load_config(const fs::path& path, bool must_exist) {
  Config config;
  std::error_code ec;
  if (path.empty() || (!fs::exists(path, ec) && util::broken_link(path).empty())) {
    if (must_exist)
      return make_error(ErrorCode::usage, fmt::format("no config file at {}", path.string()),
                        "check the --config path");
    return config;
  }
  // A directory, a FIFO or a broken link in the config's place is an error, never skipped.
  if (auto problem = util::file_problem(path, "config file"); !problem.empty())
    return make_error(ErrorCode::usage, fmt::format("the config {} {}", path.string(), problem),
                      must_exist ? "give --config a TOML file" : "remove it, or make it a TOML file");
  toml::table table;
  try {
    table = toml::parse_file(path.string());
  } catch (const toml::parse_error& e) {
    return make_error(
        ErrorCode::usage,
        fmt::format("{}:{}:{}: {}", path.string(), e.source().begin.line, e.source().begin.column, e.description()),
        "fix the file's TOML syntax");
  }
  config.file = path;
  for (const auto& [key, node] : table)
    if (auto ok = apply(config, path, key, node); !ok) return ok.error();
  return config;
}

std::optional<fs::path> config_flag(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--config" && i + 1 < argc) return fs::path(argv[i + 1]);
    if (arg.rfind("--config=", 0) == 0) return fs::path(std::string(arg.substr(9)));
  }
  return std::nullopt;
}

const Config& user_config() { return g_config; }
void set_user_config(Config config) { g_config = std::move(config); }

}  // namespace sputnik::cli
