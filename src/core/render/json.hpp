// SPDX-License-Identifier: MIT
#pragma once
// Shared by the JSON writers: one spelling for bilingual text.
#include <nlohmann/json.hpp>
#include <string>

#include "core/model/entities.hpp"

namespace sputnik::render {

/// {"en": …, "ja": …}
inline nlohmann::ordered_json text_json(const model::Text& t) { return {{"en", t.en}, {"ja", t.ja}}; }

/// JSON Lines: one compact object per element, each carrying the format version.
/// Invalid UTF-8 (never in a validated kb) is replaced rather than thrown.
template <class Range, class ToJson>
std::string json_lines(const Range& items, ToJson to_json, int format_version) {
  std::string out;
  for (const auto& item : items) {
    nlohmann::ordered_json line = to_json(item);
    line["format_version"] = format_version;
    out += line.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
  }
  return out;
}

}  // namespace sputnik::render
