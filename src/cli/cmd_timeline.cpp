// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include <fstream>
#include <memory>

#include "cli/commands.hpp"
#include "core/render/timeline_render.hpp"
#include "core/util/paths.hpp"
#include "core/views/timeline.hpp"

namespace sputnik::cli {
namespace {

struct TimelineArgs {
  std::string moment, era, query, title;
  Format format = Format::md;
  bool format_given = false;  ///< --format was typed (else the -o extension decides)
  std::filesystem::path output;
  bool ai = false, with_analogies = false, cite = false;
  model::Lang lang = model::Lang::en;
};

Result<Format> choose_format(const TimelineArgs& args) {
  const auto offered = render::offered(render::timeline_formats());
  if (args.format_given || args.output.empty()) return args.format;
  if (auto f = render::format_from_path(args.output, offered)) return *f;
  return make_error(ErrorCode::usage, fmt::format("cannot tell the format from '{}'", args.output.string()),
                    render::extension_hint(offered));
}

Result<void> write_file(const std::filesystem::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
  if (!out.flush())
    return make_error(ErrorCode::io, fmt::format("cannot write {}", path.string()),
                      "check the directory exists and is writable");
  return {};
}

int run_timeline(const GlobalOptions& global, const TimelineArgs& args) {
  auto format = choose_format(args);
  if (!format) return report(format.error());
  if (render::info(*format).binary && args.output.empty())
    return report(make_error(ErrorCode::usage, "a PowerPoint deck needs a file", "add -o talk.pptx"));
  if (!args.output.empty())
    if (auto problem = util::output_problem(args.output); !problem.empty())
      return report(make_error(ErrorCode::io, fmt::format("cannot write {}: it {}", args.output.string(), problem),
                               "give -o a file name in a folder that exists"));
  views::TimelineRequest request;
  if (!args.era.empty()) {
    auto era = model::parse_era_spec(args.era);
    if (!era) return report(era.error());
    request.era = std::move(*era);
  }
  request.moment = args.moment;
  request.text = args.query;
  request.ai = args.ai;
  request.with_analogies = args.with_analogies;
  request.cite = args.cite;
  request.title = args.title;
  request.lang = args.lang;
  auto catalog = open_catalog(global);
  if (!catalog) return report(catalog.error());
  // A JSON error document goes where the timeline would: to stdout, not into an -o file.
  if (!request.moment.empty())
    if (auto failed = resolve_id(*catalog, request.moment,
                                 {views::IdKind::moment, "sputnik timeline --moment {id}", ErrorCode::usage}, args.lang,
                                 args.output.empty() ? *format : Format::text))
      return *failed;
  auto tl = views::build_timeline(*catalog, request);
  if (!tl) return report(tl.error());
  if (tl->items.empty()) {
    fmt::print(stderr, "sputnik: the selection is empty; nothing to put on a timeline\n");
    return static_cast<int>(ErrorCode::no_match);
  }
  Result<void> written;
  std::string what = fmt::format("{} items", tl->items.size());
  const auto& row = render::row_of(render::timeline_formats(), *format);
  const render::Style style{false, 80, args.lang};
  if (row.write) {
    auto slides = row.write(*tl, style, args.output);
    if (!slides) return report(slides.error());
    what += fmt::format(", {} slides", *slides);
  } else if (args.output.empty()) {
    write_stdout(row.render(*tl, style));
  } else {
    written = write_file(args.output, row.render(*tl, style));
  }
  if (!written) return report(written.error());
  if (!args.output.empty())
    fmt::print(stderr, "sputnik: wrote {} ({}, {})\n", args.output.string(), what, render::format_name(*format));
  return 0;
}

}  // namespace

void add_timeline_command(CLI::App& app, Run& run) {
  auto args = std::make_shared<TimelineArgs>();
  CLI::App* cmd = app.add_subcommand("timeline", "a timeline for presentations: slides, images, pages and data");
  cmd->add_option("-m,--moment", args->moment, "a moment, its responses and spillovers");
  cmd->add_option("--era", args->era, "only entries inside this era, decade or year range (as for spillovers)");
  cmd->add_option("-q,--query", args->query, "entries matching a full-text query");
  cmd->add_flag("--ai", args->ai, "the AI-race events");
  cmd->add_flag("--with-analogies", args->with_analogies, "history and AI race as two lanes, with their analogy links");
  cmd->add_option("--title", args->title, "the timeline's title (default: from the selection)");
  cmd->add_option("-o,--output", args->output, "write to this file; the format follows its extension");
  CLI::Option* format = add_format_option(*cmd, args->format, render::timeline_formats(), "-f,--format");
  format->description(format->get_description() + " (default: from -o, else md)");
  format->each([args](const std::string&) { args->format_given = true; });
  cmd->add_flag("--cite", args->cite, "sources on every item (speaker notes in slides, footnotes elsewhere)");
  add_lang_option(*cmd, args->lang);
  cmd->footer(
      "Selections add up (--moment, --query, --ai); --era then keeps what lies inside it. With no\n"
      "selection the whole corpus is used. Myths never appear on a timeline.\n\n"
      "Examples:\n"
      "  sputnik timeline --moment sputnik-1 -o talk.pptx --cite\n"
      "  sputnik timeline --moment sputnik-1 --with-analogies -o sputnik.html\n"
      "  sputnik timeline --ai --lang ja -o ai-race.svg\n"
      "  sputnik timeline --era space-race --format mermaid\n"
      "  sputnik timeline --query semiconductor -o chips.timelinejs.json");
  cmd->callback([&run, args] { run.exit_code = run_timeline(run.global, *args); });
}

}  // namespace sputnik::cli
