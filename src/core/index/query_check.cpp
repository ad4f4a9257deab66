// SPDX-License-Identifier: MIT
#include "core/index/query_check.hpp"

#include <fmt/format.h>
#include <string>
#include <vector>

#include "core/model/fields.hpp"
#include "core/util/text.hpp"

namespace sputnik::index {
namespace {

constexpr const char* kSyntaxHint = "see `sputnik search --help` for the query syntax";

Error bad_query(std::string_view query, const std::string& problem, std::string hint = kSyntaxHint) {
  // A refused query may be huge or binary: quote only a readable start of it.
  const std::string shown = query.size() <= 80 && util::is_valid_utf8(query) ? std::string(query) : "…";
  return make_error(ErrorCode::usage, fmt::format("cannot parse query '{}': {}", shown, problem), std::move(hint));
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool starts_token(std::string_view q, std::size_t i) {
  return i == 0 || q[i - 1] == ' ' || q[i - 1] == '\t' || q[i - 1] == '(' || q[i - 1] == '+' || q[i - 1] == '-';
}

bool is_field(std::string_view name) {
  for (const auto& f : model::search_fields())
    if (f.name == name) return true;
  return false;
}

std::string field_list() {
  std::vector<std::string> names;
  for (const auto& f : model::search_fields()) names.push_back(std::string(f.name) + ":");
  return util::join(names, " ");
}

// A `name:` at the start of a word, followed by something to search for (Xapian's rule).
Status check_field_at(std::string_view q, std::size_t i, std::size_t& skip) {
  std::size_t end = i;
  while (end < q.size() && (is_ascii_letter(q[end]) || q[end] == '_')) ++end;
  skip = end - i;
  if (end == i || end + 1 >= q.size() || q[end] != ':' || q[end + 1] == ' ') return {};
  const std::string_view name = q.substr(i, end - i);
  if (is_field(name)) return {};
  return bad_query(q, fmt::format("there is no field '{}:' (column {})", name, i + 1),
                   fmt::format("fields are {}; to search the text itself, put it in quotes", field_list()));
}

}  // namespace

Status check_query(std::string_view q) {
  if (q.size() > kMaxQueryBytes)
    return bad_query(q, fmt::format("it is {} bytes long; the limit is {}", q.size(), kMaxQueryBytes),
                     "ask a shorter question");
  if (!util::is_valid_utf8(q)) return bad_query(q, "it is not valid UTF-8", "check the terminal's encoding");
  std::vector<std::size_t> open_brackets;
  std::size_t open_quote = std::string_view::npos;
  for (std::size_t i = 0; i < q.size(); ++i) {
    const char c = q[i];
    if (c == '"') {
      open_quote = open_quote == std::string_view::npos ? i : std::string_view::npos;
    } else if (open_quote != std::string_view::npos) {
      continue;  // inside a phrase, brackets and colons are text
    } else if (c == '(') {
      open_brackets.push_back(i);
    } else if (c == ')') {
      if (open_brackets.empty()) return bad_query(q, fmt::format("')' at column {} closes nothing", i + 1));
      open_brackets.pop_back();
    } else if (starts_token(q, i) && is_ascii_letter(c)) {
      std::size_t skip = 0;
      if (auto s = check_field_at(q, i, skip); !s) return s;
      i += skip > 0 ? skip - 1 : 0;
    }
  }
  if (open_quote != std::string_view::npos)
    return bad_query(q, fmt::format("the quote at column {} is never closed", open_quote + 1));
  if (!open_brackets.empty())
    return bad_query(q, fmt::format("'(' at column {} is never closed", open_brackets.back() + 1));
  return {};
}

}  // namespace sputnik::index
