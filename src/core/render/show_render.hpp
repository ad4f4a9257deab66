// SPDX-License-Identifier: MIT
#pragma once
#include <string>

#include "core/render/formats.hpp"
#include "core/render/style.hpp"
#include "core/views/show.hpp"

namespace sputnik::render {

inline constexpr int kShowFormatVersion = 1;

std::string render_show_text(const views::ShowResult& result, const Style& style);
std::string render_show_json(const views::ShowResult& result);

FormatTable<views::ShowResult> show_formats();

}  // namespace sputnik::render
