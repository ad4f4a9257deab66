// SPDX-License-Identifier: MIT
// `annotate`: an article checked against the corpus, sentence by sentence.
#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>

#include "cli/commands.hpp"
#include "core/render/annotate_render.hpp"
#include "core/util/paths.hpp"
#include "core/views/annotate.hpp"

namespace sputnik::cli {
namespace {

struct AnnotateArgs {
  std::string file = "-";
  int min_score = views::AnnotateOptions{}.min_score;
  unsigned per_sentence = views::AnnotateOptions{}.per_sentence;
  Format format = Format::text;
  model::Lang lang = model::Lang::en;
};

// An article, not a book: a 1 MB text is about 150,000 words, and each sentence is a search.
constexpr std::size_t kLargestText = 1 << 20;

Result<std::string> read_text(const std::string& file) {
  std::string text;
  const std::string name = file == "-" ? "standard input" : file;
  if (file == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    if (auto problem = util::file_problem(file, "text file"); !problem.empty())
      return make_error(ErrorCode::io, fmt::format("cannot read {}: it {}", file, problem),
                        "give annotate a text or Markdown file, or - for standard input");
    std::ifstream in(file, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    if (!in) return make_error(ErrorCode::io, fmt::format("cannot read {}", file), "check the file is readable");
    text = content.str();
  }
  if (text.size() > kLargestText)
    return make_error(ErrorCode::usage,
                      fmt::format("{} is {:.1f} MB; annotate takes up to 1 MB of text at a time", name,
                                  static_cast<double>(text.size()) / 1e6),
                      "split it into articles or chapters");
  if (text.find('\0') != std::string::npos)
    return make_error(ErrorCode::usage, fmt::format("{} is not text (it holds NUL bytes)", name),
                      "give annotate a text or Markdown file");
  if (const std::size_t valid = util::valid_utf8_prefix(text); valid < text.size()) {
    const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(valid), '\n');
    return make_error(ErrorCode::usage, fmt::format("{}:{}: not valid UTF-8 (byte {})", name, line, valid + 1),
                      "save the text as UTF-8");
  }
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);  // a byte-order mark is not text
  if (text.find_first_not_of(" \t\r\n") == std::string::npos)
    return make_error(ErrorCode::usage, fmt::format("{} is empty: there is nothing to annotate", name),
                      "give annotate an article, e.g. `sputnik annotate essay.md`");
  return text;
}

int run_annotate(const GlobalOptions& global, const AnnotateArgs& args) {
  auto text = read_text(args.file);
  if (!text) return report(text.error());
  auto catalog = open_catalog(global);
  if (!catalog) return report(catalog.error());
  auto annotation = views::annotate(*catalog, *text, {args.min_score, args.per_sentence, args.lang});
  if (!annotation) return report(annotation.error());
  write_stdout(render::render_as(render::annotate_formats(), args.format, *annotation, make_style(global, args.lang)));
  return 0;
}

}  // namespace

void add_annotate_command(CLI::App& app, Run& run) {
  auto args = std::make_shared<AnnotateArgs>();
  CLI::App* cmd = app.add_subcommand("annotate", "check an article against the corpus, sentence by sentence");
  cmd->add_option("file", args->file, "a text or Markdown file, English or Japanese; - reads standard input")
      ->capture_default_str();
  cmd->add_option("--min-score", args->min_score,
                  "how well (0-100, Xapian's percentage) an entry must match a sentence to be listed")
      ->check(CLI::Range(0, 100))
      ->capture_default_str();
  cmd->add_option("--per-sentence", args->per_sentence, "entries listed under a sentence, at most")
      ->check(CLI::Range(1u, 20u))
      ->capture_default_str();
  add_format_option(*cmd, args->format, render::annotate_formats());
  add_lang_option(*cmd, args->lang);
  cmd->footer(
      "Each sentence is listed with the entries it is about: fact, disputed (with the claimed link and\n"
      "the true origin) or myth (with the true origin), and any figure it quotes that the kb records,\n"
      "with what that figure really measures. Sentences no entry matches are marked \"not covered\".\n\n"
      "Examples:\n"
      "  sputnik annotate essay.md\n"
      "  sputnik annotate --lang ja --format md essay-ja.txt > report.md\n"
      "  pbpaste | sputnik annotate - --format json");
  cmd->callback([&run, args] { run.exit_code = run_annotate(run.global, *args); });
}

}  // namespace sputnik::cli
