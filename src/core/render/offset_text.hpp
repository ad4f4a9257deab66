// SPDX-License-Identifier: MIT
#pragma once
#include <string>

#include "core/model/offset.hpp"

namespace sputnik::render {

/// "t0", "t0 + 7 days", "t0 + 4 months", "t0 + 2 years 3 months", "≈ t0 + 9 years",
/// "t0 − 1 month"; Japanese: "t0＋4か月".
std::string format_offset(const model::Offset& offset, model::Lang lang);

}  // namespace sputnik::render
