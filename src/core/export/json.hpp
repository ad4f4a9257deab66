// SPDX-License-Identifier: MIT
#pragma once
// Shared by the JSON writers: one spelling for bilingual text.
#include <nlohmann/json.hpp>

#include "core/model/entities.hpp"

namespace sputnik::out {

/// {"en": …, "ja": …}
inline nlohmann::ordered_json text_json(const model::Text& t) { return {{"en", t.en}, {"ja", t.ja}}; }

}  // namespace sputnik::out
