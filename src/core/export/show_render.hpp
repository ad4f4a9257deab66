// SPDX-License-Identifier: MIT
#pragma once
#include <string>

#include "core/export/style.hpp"
#include "core/query/show.hpp"

namespace sputnik::out {

inline constexpr int kShowFormatVersion = 1;

std::string render_show_text(const query::ShowResult& result, const Style& style);
std::string render_show_json(const query::ShowResult& result);

}  // namespace sputnik::out
