// SPDX-License-Identifier: MIT
#include "core/render/unknown_id.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/model/vocab.hpp"
#include "core/render/messages.hpp"
#include "core/util/text.hpp"

namespace sputnik::render {
namespace {

constexpr int kErrorFormatVersion = 1;

std::string message(const UnknownId& unknown, model::Lang lang) {
  const Msg m = unknown.kind == views::IdKind::moment     ? Msg::unknown_moment_id
                : unknown.kind == views::IdKind::ai_event ? Msg::unknown_ai_event_id
                                                          : Msg::unknown_entry_id;
  return say(lang, m, fmt::arg("id", unknown.typed));
}

std::string hint(const UnknownId& unknown, model::Lang lang) {
  if (unknown.candidates.empty()) return std::string(text(Msg::unknown_id_search, lang));
  // Not fmt: the rest of the command line is what the user typed, braces and all.
  std::string command = unknown.command;
  if (const auto at = command.find("{id}"); at != std::string::npos)
    command.replace(at, 4, unknown.candidates.front().id);
  return say(lang, Msg::unknown_id_run, fmt::arg("command", command));
}

const char* code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::no_match:
      return "no_match";
    case ErrorCode::usage:
      return "usage";
    case ErrorCode::data:
      return "data";
    case ErrorCode::catalog:
      return "catalog";
    case ErrorCode::io:
      return "io";
    case ErrorCode::internal:
      break;
  }
  return "internal";
}

}  // namespace

std::string unknown_id_text(const UnknownId& unknown, model::Lang lang) {
  std::string out = "sputnik: " + util::terminal_safe(message(unknown, lang));
  if (!unknown.candidates.empty()) out += text(Msg::unknown_id_candidates, lang);
  out += '\n';
  std::size_t id_width = 0;
  for (const auto& c : unknown.candidates) id_width = std::max(id_width, c.id.size());
  for (const auto& c : unknown.candidates)
    out += fmt::format("  {:<{}}  {} ({})\n", c.id, id_width, util::terminal_safe(c.title.pick(lang)),
                       c.date.empty() ? std::string(model::type_name(c.type)) : c.date);
  out += "hint: " + util::terminal_safe(hint(unknown, lang)) + "\n";
  return out;
}

std::string unknown_id_json(const UnknownId& unknown, model::Lang lang, bool one_line) {
  nlohmann::ordered_json candidates = nlohmann::ordered_json::array();
  for (const auto& c : unknown.candidates)
    candidates.push_back({{"id", c.id},
                          {"type", model::type_name(c.type)},
                          {"date", c.date},
                          {"title", {{"en", c.title.en}, {"ja", c.title.ja}}}});
  const nlohmann::ordered_json doc = {{"format_version", kErrorFormatVersion},
                                      {"error",
                                       {{"code", code_name(unknown.code)},
                                        {"exit_status", static_cast<int>(unknown.code)},
                                        {"message", message(unknown, lang)},
                                        {"hint", hint(unknown, lang)},
                                        {"typed", unknown.typed},
                                        {"candidates", candidates}}}};
  return (one_line ? doc.dump() : doc.dump(2)) + "\n";
}

}  // namespace sputnik::render
