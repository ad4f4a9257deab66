// SPDX-License-Identifier: MIT
#pragma once
// What a search hit carries. The Xapian document data holds all of it, so search
// results need no second database (and work on remote or sharded indexes too).
#include <string>
#include <vector>

#include "core/model/entities.hpp"

namespace sputnik::index {

/// The other side of an analogy link, as shown under a hit.
struct LinkRef {
  std::string analogy_id;
  std::string id;  ///< the linked entry
  model::Text title;
  std::string date;
  std::string phase;
  std::string strength;
};

struct HitData {
  std::string id;
  model::EntryType type = model::EntryType::moment;
  std::string date;  ///< display form; empty for analogies
  int year = 0;
  model::Text title;
  model::Text summary;
  std::string era, category, status;
  std::vector<LinkRef> links;
};

/// The document data: the fields of HitData as MessagePack (nlohmann::json's encoding).
std::string encode_hit_data(const HitData& data);
HitData decode_hit_data(const std::string& packed);

}  // namespace sputnik::index
