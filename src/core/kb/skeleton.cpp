// SPDX-License-Identifier: MIT
#include "core/kb/skeleton.hpp"

#include <fmt/format.h>

#include "core/model/vocab.hpp"

namespace sputnik::kb {
namespace {

constexpr std::pair<SkeletonKind, std::string_view> kKinds[] = {
    {SkeletonKind::moment, "moment"},     {SkeletonKind::response, "response"}, {SkeletonKind::spillover, "spillover"},
    {SkeletonKind::ai_event, "ai_event"}, {SkeletonKind::analogy, "analogy"},   {SkeletonKind::source, "source"}};

constexpr const char* kDateHelp =
    "YYYY-MM-DD, YYYY-MM or YYYY; YYYYs for a decade, ~YYYY for about, -YYYY for BCE: as precise as the source";

std::string one_of(const model::Vocabulary& v) { return "one of: " + v.listed(", "); }

std::string header(std::string_view kind, const std::string& id) {
  return fmt::format(
      "# New {} `{}` from `sputnik new`. Fill in every empty field from sources you have read\n"
      "# (kb/README.md: fields and rules of evidence), then run `sputnik validate --strict`.\n"
      "# Until it is filled in, validation fails on purpose.\n",
      kind, id);
}

// The fields every dated entry has (kb/README.md, "[[moment]]").
std::string common(const std::string& id) {
  return fmt::format(
      "id = \"{}\"\n"
      "date = \"\"  # {}\n"
      "title = {{ en = \"\", ja = \"\" }}\n"
      "summary = {{ en = \"\", ja = \"\" }}  # two or three sentences; Japanese as a Japanese writer would put it\n"
      "# body = {{ en = \"\", ja = \"\" }}  # optional: the longer account\n"
      "# note = {{ en = \"\", ja = \"\" }}  # optional: where sources disagree, and which value is used\n"
      "# era = \"\"  # optional: an [[era]] id; derived from the date when absent\n"
      "tags = []  # slugs\n"
      "# figures = [{{ value = 1.0e8, unit = \"USD\", what = {{ en = \"\", ja = \"\" }}, year = 1958, source = \"\" "
      "}}]\n",
      id, kDateHelp);
}

std::string sources_line(const std::string& id) { return fmt::format("sources = [\"src-{}-1\"]\n", id); }

std::string source_table(const std::string& source_id) {
  return fmt::format(
      "[[source]]\n"
      "id = \"{}\"\n"
      "title = \"\"  # in its original language\n"
      "publisher = \"\"\n"
      "year = 0  # of publication (or last revision)\n"
      "url = \"\"  # the canonical address: no session ids, tracking parameters or proxies\n"
      "primary = false  # true for agencies, statutes, company filings and announcements, the paper itself\n"
      "# author = \"\"\n"
      "# accessed = \"\"  # YYYY-MM-DD\n",
      source_id);
}

std::string body_of(SkeletonKind kind, const std::string& id) {
  switch (kind) {
    case SkeletonKind::moment:
      return "[[moment]]\n" + common(id) +
             "shocking = \"\"  # the country whose breakthrough caused the shock (a [[country]] id)\n"
             "shocked = [\"\"]  # the countries that responded\n" +
             fmt::format("label = \"\"  # how the \"Sputnik moment\" label applies, {}\n",
                         one_of(model::moment_labels())) +
             "label_note = { en = \"\", ja = \"\" }  # who used the label, when, in what words\n"
             "# same_as = \"\"  # for a shock of the AI race itself: its [[ai_event]] id\n" +
             sources_line(id);
    case SkeletonKind::response:
      return "[[response]]\n" + common(id) + "moment = \"\"  # the [[moment]] it answered\n" +
             fmt::format("kind = \"\"  # {}\n", one_of(model::response_kinds())) +
             fmt::format("# phase = \"\"  # optional, {} (default institutional-response)\n",
                         one_of(model::response_phases())) +
             "# country = \"\"  # optional: who acted; default the moment's first shocked country\n" + sources_line(id);
    case SkeletonKind::spillover:
      return "[[spillover]]\n" + common(id) +
             "from = [\"\"]  # the responses, moments or spillovers it descends from; first = main line\n" +
             fmt::format("category = \"\"  # {}\n", one_of(model::categories())) +
             fmt::format("status = \"\"  # {}\n", one_of(model::statuses())) +
             "how = { en = \"\", ja = \"\" }  # how it descends (for a myth: what the popular story claims)\n"
             "# true_origin = { en = \"\", ja = \"\" }  # required for a myth or a disputed link\n" +
             sources_line(id);
    case SkeletonKind::ai_event:
      return "[[ai_event]]\n" + common(id) + fmt::format("kind = \"\"  # {}\n", one_of(model::ai_event_kinds())) +
             "country = \"\"  # the actor's country (a [[country]] id)\n" + sources_line(id);
    case SkeletonKind::analogy:
      return fmt::format(
                 "[[analogy]]\n"
                 "id = \"{}\"\n"
                 "from = \"\"  # the historical side: a moment, response or spillover id\n"
                 "to = \"\"  # the AI-race side: an [[ai_event]] id\n"
                 "phase = \"\"  # {}\n"
                 "strength = \"\"  # {}\n"
                 "fits = {{ en = \"\", ja = \"\" }}  # why the two correspond\n"
                 "breaks = {{ en = \"\", ja = \"\" }}  # where the analogy fails: never empty\n",
                 id, one_of(model::phases()), one_of(model::strengths())) +
             sources_line(id);
    case SkeletonKind::source:
      return source_table(id);
  }
  return {};
}

}  // namespace

std::optional<SkeletonKind> parse_skeleton_kind(std::string_view name) {
  if (name == "ai-event") name = "ai_event";
  for (const auto& [kind, n] : kKinds)
    if (n == name) return kind;
  return std::nullopt;
}

std::string skeleton_kinds() {
  std::string out;
  for (const auto& [kind, n] : kKinds) out += (out.empty() ? "" : ", ") + std::string(n);
  return out;
}

std::string skeleton(SkeletonKind kind, const std::string& id) {
  std::string name;
  for (const auto& [k, n] : kKinds)
    if (k == kind) name = n;
  std::string out = header(name, id) + "\n" + body_of(kind, id);
  if (kind != SkeletonKind::source) out += "\n" + source_table(fmt::format("src-{}-1", id));
  return out;
}

}  // namespace sputnik::kb
