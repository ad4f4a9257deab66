// SPDX-License-Identifier: MIT
#pragma once
// What every command shares: the global options, output helpers, and catalog access.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog/catalog.hpp"
#include "core/kb/diagnostic.hpp"
#include "core/render/formats.hpp"
#include "core/render/style.hpp"
#include "core/util/result.hpp"
#include "core/util/text.hpp"
#include "core/views/ids.hpp"

namespace sputnik::cli {

enum class ColorMode { auto_detect, always, never };
using render::Format;

struct GlobalOptions {
  catalog::KbDirs kb;             ///< --kb (repeatable) or $SPUTNIK_KB; empty = config, else the shipped kb
  std::filesystem::path catalog;  ///< --catalog, $SPUTNIK_CATALOG or config; empty = the per-user cache
  std::filesystem::path index;    ///< --index or $SPUTNIK_INDEX: a Xapian index or stub used instead of the catalog's
  ColorMode color = ColorMode::auto_detect;
  bool no_pager = false;         ///< --no-pager or config `pager = false`
  std::filesystem::path config;  ///< --config (read before parsing; kept for --help)
};

/// Exit codes (README "Exit codes"): the Error codes, plus 0 for success.
int exit_code(const Error& error);

/// Prints "sputnik: message" and, when there is one, "hint: …" to stderr.
int report(const Error& error);

void print_problems(const std::vector<kb::Diagnostic>& problems);

/// How a command takes an id, for the answer when the catalog does not have it.
struct IdArgument {
  views::IdKind kind = views::IdKind::any;  ///< what the command accepts, and so what to suggest
  std::string command;                      ///< the command to suggest, `{id}` for the id: "sputnik show {id}"
  ErrorCode code = ErrorCode::no_match;     ///< the exit status an unknown id has (scripts rely on it)
};

/// Rewrites `id` as the catalog spells it (ids are matched without regard to case) and
/// returns nothing; for an id the catalog does not have, prints the error with the ids the
/// user may have meant (stderr; with a JSON `format`, also as a document on stdout) and
/// returns the exit status. One candidate is never taken silently.
std::optional<int> resolve_id(const catalog::Catalog& catalog, std::string& id, const IdArgument& argument,
                              model::Lang lang, Format format);

/// Text style for stdout: colour per --color, NO_COLOR, TERM and whether stdout is a TTY.
render::Style make_style(const GlobalOptions& global, model::Lang lang);

/// The kb directories: --kb/$SPUTNIK_KB if given, else the config's `kb`, else the shipped
/// kb; the config's `extra_kb` are added unless --kb/$SPUTNIK_KB chose the kb explicitly.
catalog::KbDirs kb_dirs(const GlobalOptions& global);

/// Opens the catalog read-only. Without --catalog, uses the per-user catalog of the kb
/// and (re)builds it first when the kb changed, so a first command just works.
Result<catalog::Catalog> open_catalog(const GlobalOptions& global);

/// Adds `--format` offering exactly the formats of a view's table (names and aliases from
/// render::all_formats); the config's `format` is the default where it is offered. The
/// offer is recorded for `sputnik complete formats COMMAND`.
CLI::Option* add_format_option(CLI::App& cmd, Format& format, const std::vector<Format>& offered,
                               const std::string& option_names = "--format");
template <class View>
CLI::Option* add_format_option(CLI::App& cmd, Format& format, render::FormatTable<View> table,
                               const std::string& option_names = "--format") {
  return add_format_option(cmd, format, render::offered(table), option_names);
}
/// The formats each command set up so far offers, by command name.
const std::map<std::string, std::vector<Format>>& formats_by_command();
/// Adds `--lang en|ja` to a command.
CLI::Option* add_lang_option(CLI::App& cmd, model::Lang& lang);

/// stdout for results. begin_output(true) holds output back on a terminal so that
/// finish_output() can page it through $PAGER (default less) when it is taller than the
/// screen; PAGER=cat or --no-pager turns that off.
void begin_output(bool allow_pager);
void write_stdout(std::string_view text);
void finish_output();

/// Reports indexing progress on stderr when it is a terminal.
void show_build_progress(catalog::BuildOptions& options);

}  // namespace sputnik::cli
