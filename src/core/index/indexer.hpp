// SPDX-License-Identifier: MIT
#pragma once
#include <filesystem>

#include "core/model/entities.hpp"
#include "core/util/result.hpp"

namespace sputnik::index {

/// Writes a new Xapian database at `dir` with one document per entry and per analogy.
/// The corpus must be validated and resolved.
Status write_index(const std::filesystem::path& dir, const model::Corpus& corpus);

}  // namespace sputnik::index
