// SPDX-License-Identifier: MIT
#include "cli/context.hpp"

#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <algorithm>
#include <cstdlib>
#include <optional>

#include "cli/config.hpp"
#include "core/render/unknown_id.hpp"
#include "core/util/text.hpp"

namespace sputnik::cli {

int exit_code(const Error& error) { return static_cast<int>(error.code); }

int report(const Error& error) {
  fmt::print(stderr, "sputnik: {}\n", util::terminal_safe(error.message));
  if (!error.hint.empty()) fmt::print(stderr, "hint: {}\n", util::terminal_safe(error.hint));
  return exit_code(error);
}

std::optional<int> resolve_id(const catalog::Catalog& catalog, std::string& id, const IdArgument& argument,
                              model::Lang lang, Format format) {
  auto known = views::known_id(catalog, id);
  if (!known) return report(known.error());
  if (*known) {
    id = **known;
    return std::nullopt;
  }
  auto candidates = views::id_candidates(catalog, id, argument.kind);
  if (!candidates) return report(candidates.error());
  const render::UnknownId unknown{id, argument.kind, std::move(*candidates), argument.command, argument.code};
  if (format == Format::json || format == Format::jsonl)
    write_stdout(render::unknown_id_json(unknown, lang, format == Format::jsonl));
  fmt::print(stderr, "{}", render::unknown_id_text(unknown, lang));
  return static_cast<int>(argument.code);
}

void print_problems(const std::vector<kb::Diagnostic>& problems) {
  for (const auto& p : problems) fmt::print(stdout, "{}\n", util::terminal_safe(p.format()));
  std::fflush(stdout);
}

namespace {
bool color_allowed(ColorMode mode, int fd) {
  if (mode != ColorMode::auto_detect) return mode == ColorMode::always;
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  return ::isatty(fd) && !(no_color && *no_color) && !(term && std::string_view(term) == "dumb");
}

std::size_t terminal_width(int fd) {
  if (const char* columns = std::getenv("COLUMNS"); columns && std::atoi(columns) > 20)
    return static_cast<std::size_t>(std::atoi(columns));
  winsize ws{};
  if (::isatty(fd) && ::ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20) return ws.ws_col;
  return 80;
}
}  // namespace

render::Style make_style(const GlobalOptions& global, model::Lang lang) {
  return render::Style{color_allowed(global.color, STDOUT_FILENO), terminal_width(STDOUT_FILENO), lang};
}

catalog::KbDirs kb_dirs(const GlobalOptions& global) {
  if (!global.kb.empty()) return global.kb;
  const Config& config = user_config();
  catalog::KbDirs dirs = config.kb ? *config.kb : catalog::KbDirs{catalog::default_kb_dir()};
  dirs.insert(dirs.end(), config.extra_kb.begin(), config.extra_kb.end());
  return dirs;
}

Result<catalog::Catalog> open_catalog(const GlobalOptions& global) {
  if (!global.catalog.empty()) return catalog::open(global.catalog, global.index);
  const auto kb = kb_dirs(global);
  const auto dir = catalog::default_catalog_dir(kb);
  if (!catalog::is_current(dir, kb)) {
    if (::isatty(STDERR_FILENO)) fmt::print(stderr, "sputnik: building the catalog for {} …\n", catalog::describe(kb));
    std::vector<kb::Diagnostic> problems;
    catalog::BuildOptions options{kb, dir};
    options.wait_for_lock = true;
    show_build_progress(options);
    auto built = catalog::build(options, problems);
    if (!built) {
      print_problems(problems);
      return built.error();
    }
  }
  return catalog::open(dir, global.index);
}

namespace {
std::map<std::string, std::vector<Format>>& format_registry() {
  static std::map<std::string, std::vector<Format>> registry;
  return registry;
}

bool named(Format f, std::string_view name) {
  const auto& info = render::info(f);
  return info.name == name || std::find(info.aliases.begin(), info.aliases.end(), name) != info.aliases.end();
}
}  // namespace

const std::map<std::string, std::vector<Format>>& formats_by_command() { return format_registry(); }

CLI::Option* add_format_option(CLI::App& cmd, Format& format, const std::vector<Format>& offered,
                               const std::string& option_names) {
  format = offered.front();
  if (const auto& preferred = user_config().format)  // the config's default, where this command has it
    for (Format f : offered)
      if (named(f, *preferred)) format = f;
  std::map<std::string, Format> names;
  std::vector<std::string> listed;
  for (Format f : offered) {
    const auto& info = render::info(f);
    names.emplace(info.name, f);
    for (auto alias : info.aliases) names.emplace(alias, f);
    listed.emplace_back(info.name);
  }
  format_registry()[cmd.get_name()] = offered;
  const std::string shown(render::format_name(format));
  return cmd.add_option(option_names, format, "output format: " + util::join(listed, ", "))
      ->transform(CLI::CheckedTransformer(names))
      ->default_str(shown)
      ->option_text("FORMAT=" + shown);  // instead of CLI11's enum-to-number table
}

CLI::Option* add_lang_option(CLI::App& cmd, model::Lang& lang) {
  if (user_config().lang) lang = *user_config().lang;
  const std::string shown = model::lang_code(lang);
  return cmd.add_option("--lang", lang, "language shown first: en or ja")
      ->transform(
          CLI::CheckedTransformer(std::map<std::string, model::Lang>{{"en", model::Lang::en}, {"ja", model::Lang::ja}}))
      ->default_str(shown)
      ->option_text("LANG=" + shown);
}

namespace {
// On a terminal, output is held back until the command ends so a long text can go through
// the pager; anywhere else it is written at once.
std::string g_held;
bool g_hold = false;

// The screen's height, when anything says what it is. A pseudo-terminal nobody sized (script(1)
// in a job) reports 0 rows: paging there would start a pager that waits forever.
std::optional<std::size_t> terminal_rows() {
  if (const char* lines = std::getenv("LINES"); lines && std::atoi(lines) > 0)
    return static_cast<std::size_t>(std::atoi(lines));
  winsize ws{};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0) return ws.ws_row;
  return std::nullopt;
}

std::string pager_command() {
  const char* pager = std::getenv("PAGER");
  if (pager && std::string_view(pager) == "cat") return {};
  return pager && *pager ? pager : "less";
}
}  // namespace

void begin_output(bool allow_pager) { g_hold = allow_pager && ::isatty(STDOUT_FILENO) && !pager_command().empty(); }

void write_stdout(std::string_view text) {
  if (g_hold) {
    g_held += text;
    return;
  }
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fflush(stdout);
}

void finish_output() {
  if (!g_hold) return;
  g_hold = false;
  const auto lines = static_cast<std::size_t>(std::count(g_held.begin(), g_held.end(), '\n'));
  if (const auto rows = terminal_rows(); rows && lines >= *rows) {
    ::setenv("LESS", "FRX", 0);  // quit when it fits, keep colours, leave the text on screen
    // $PAGER is the user's own setting, run through the shell as git and man do.
    if (FILE* pager = ::popen(pager_command().c_str(), "w")) {
      std::fwrite(g_held.data(), 1, g_held.size(), pager);
      ::pclose(pager);
      g_held.clear();
      return;
    }
  }
  write_stdout(g_held);
  g_held.clear();
}

void show_build_progress(catalog::BuildOptions& options) {
  if (!::isatty(STDERR_FILENO)) return;  // quiet in scripts and logs
  options.progress = [](std::size_t done, std::size_t total) {
    fmt::print(stderr, "\rsputnik: indexing {}/{} entries{}", done, total, done == total ? "\n" : "");
    std::fflush(stderr);
  };
}

}  // namespace sputnik::cli
