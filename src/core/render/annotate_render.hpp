// SPDX-License-Identifier: MIT
#pragma once
// `annotate` output: each sentence with the entries it is about and their status, as text
// for the terminal, JSON for scripts, and a Markdown report a journalist can paste.
#include <string>

#include "core/render/formats.hpp"
#include "core/render/style.hpp"
#include "core/views/annotate.hpp"

namespace sputnik::render {

inline constexpr int kAnnotateFormatVersion = 1;

FormatTable<views::Annotation> annotate_formats();

}  // namespace sputnik::render
