// SPDX-License-Identifier: MIT
#pragma once
#include <cstddef>
#include <filesystem>
#include <functional>

#include "core/model/entities.hpp"
#include "core/util/result.hpp"

namespace sputnik::index {

/// Writes a new Xapian database at `dir` with one document per entry and per analogy.
/// The corpus must be validated and resolved.
/// Called now and then with the documents written so far and the total.
using Progress = std::function<void(std::size_t done, std::size_t total)>;

Status write_index(const std::filesystem::path& dir, const model::Corpus& corpus, const Progress& progress = {});

}  // namespace sputnik::index
