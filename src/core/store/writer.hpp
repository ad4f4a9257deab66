// SPDX-License-Identifier: MIT
#pragma once
#include <filesystem>
#include <map>
#include <string>

#include "core/model/entities.hpp"
#include "core/util/result.hpp"

namespace sputnik::store {

/// Creates a new SQLite catalog at `path` (which must not exist) holding the resolved
/// corpus, in one transaction, and records `meta` (fingerprint, versions, counts).
Status write_catalog(const std::filesystem::path& path, const model::Corpus& corpus,
                     const std::map<std::string, std::string>& meta);

}  // namespace sputnik::store
