// SPDX-License-Identifier: MIT
#pragma once
// The answer to an id the catalog does not have: what was asked, and the ids the user may
// have meant, as lines for the terminal and as a JSON document for scripts.
#include <string>
#include <vector>

#include "core/model/text.hpp"
#include "core/views/ids.hpp"

namespace sputnik::render {

struct UnknownId {
  std::string typed;
  views::IdKind kind = views::IdKind::any;
  std::vector<views::IdCandidate> candidates;
  std::string command;  ///< the command to suggest, `{id}` standing for a candidate's id
  ErrorCode code = ErrorCode::no_match;
};

/// "no moment has the id 'deepseek'; did you mean one of these?", a line per candidate
/// (id, title, date), and a hint running the command on the first one. Lines end in '\n'.
std::string unknown_id_text(const UnknownId& unknown, model::Lang lang);

/// {"format_version": 1, "error": {"code", "exit_status", "message", "hint", "typed",
/// "candidates": [{"id", "type", "date", "title": {"en", "ja"}}]}}, on one line for JSON Lines.
std::string unknown_id_json(const UnknownId& unknown, model::Lang lang, bool one_line);

}  // namespace sputnik::render
