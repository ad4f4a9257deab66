// SPDX-License-Identifier: MIT
#pragma once
// Checks a query's text before Xapian parses it. Xapian's parser is forgiving: it reads an
// unclosed quote as a phrase to the end, drops a stray bracket, and takes `nosuch:word` as
// plain text — each of which silently answers a different question than the user asked.
// Here such queries are usage errors that point at the problem.
#include <cstddef>
#include <string_view>

#include "core/util/result.hpp"

namespace sputnik::index {

/// Longer queries are refused: no real question needs more, and parse time grows with size.
inline constexpr std::size_t kMaxQueryBytes = 2048;

/// Valid UTF-8, at most kMaxQueryBytes, quotes and brackets balanced, every `field:` known.
Status check_query(std::string_view query);

}  // namespace sputnik::index
