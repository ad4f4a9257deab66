// SPDX-License-Identifier: MIT
#include <memory>

#include "cli/commands.hpp"
#include "core/render/show_render.hpp"
#include "core/views/show.hpp"

namespace sputnik::cli {
namespace {

struct ShowArgs {
  std::string id;
  Format format = Format::text;
  model::Lang lang = model::Lang::en;
};

int run_show(const GlobalOptions& global, ShowArgs args) {
  auto catalog = open_catalog(global);
  if (!catalog) return report(catalog.error());
  if (auto failed = resolve_id(*catalog, args.id, {views::IdKind::any, "sputnik show {id}", ErrorCode::no_match},
                               args.lang, args.format))
    return *failed;
  auto result = views::show(catalog->store, args.id);
  if (!result) return report(result.error());
  write_stdout(render::render_as(render::show_formats(), args.format, *result, make_style(global, args.lang)));
  return 0;
}

}  // namespace

void add_show_command(CLI::App& app, Run& run) {
  auto args = std::make_shared<ShowArgs>();  // owned by the callback, not a global
  CLI::App* cmd = app.add_subcommand("show", "one entry with its links, analogies and sources");
  cmd->add_option("id", args->id, "an entry, analogy, source, era or country id")->required();
  add_format_option(*cmd, args->format, render::show_formats());
  add_lang_option(*cmd, args->lang);
  cmd->footer(
      "Examples:\n"
      "  sputnik show sputnik-1\n"
      "  sputnik show ct-scanner --lang ja\n"
      "  sputnik show deepseek-r1 --format json");
  cmd->callback([&run, args] { run.exit_code = run_show(run.global, *args); });
}

}  // namespace sputnik::cli
