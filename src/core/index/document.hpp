// SPDX-License-Identifier: MIT
#pragma once
// How a hit's data (model::HitData) is stored in the Xapian document, so search results
// need no second database (and work on remote or sharded indexes too).
#include <string>
#include <vector>

#include "core/model/search.hpp"

namespace sputnik::index {

using model::HitData;
using model::LinkRef;

/// The document data: the fields of HitData as MessagePack (nlohmann::json's encoding).
std::string encode_hit_data(const HitData& data);
HitData decode_hit_data(const std::string& packed);

}  // namespace sputnik::index
