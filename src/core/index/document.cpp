// SPDX-License-Identifier: MIT
#include "core/index/document.hpp"

#include <nlohmann/json.hpp>

namespace sputnik::index {
namespace {
using nlohmann::json;

json text_json(const model::Text& t) { return {{"en", t.en}, {"ja", t.ja}}; }
model::Text text_from(const json& j) { return {j.value("en", ""), j.value("ja", "")}; }
}  // namespace

std::string encode_hit_data(const HitData& d) {
  json links = json::array();
  for (const auto& l : d.links)
    links.push_back({{"analogy", l.analogy_id},
                     {"id", l.id},
                     {"title", text_json(l.title)},
                     {"date", l.date},
                     {"phase", l.phase},
                     {"strength", l.strength}});
  const json j = {{"id", d.id},     {"type", model::type_name(d.type)}, {"date", d.date},
                  {"year", d.year}, {"title", text_json(d.title)},      {"summary", text_json(d.summary)},
                  {"era", d.era},   {"category", d.category},           {"status", d.status},
                  {"links", links}};
  // MessagePack rather than JSON text: decoding ten hits' data was the largest part of an
  // in-process search after matching itself, and MessagePack parses several times faster.
  const std::vector<std::uint8_t> packed = json::to_msgpack(j);
  return std::string(packed.begin(), packed.end());
}

HitData decode_hit_data(const std::string& packed) {
  const json j = json::from_msgpack(packed);
  HitData d;
  d.id = j.value("id", "");
  d.type = model::parse_type(j.value("type", "")).value_or(model::EntryType::moment);
  d.date = j.value("date", "");
  d.year = j.value("year", 0);
  d.title = text_from(j.at("title"));
  d.summary = text_from(j.at("summary"));
  d.era = j.value("era", "");
  d.category = j.value("category", "");
  d.status = j.value("status", "");
  for (const auto& l : j.at("links"))
    d.links.push_back({l.value("analogy", ""), l.value("id", ""), text_from(l.at("title")), l.value("date", ""),
                       l.value("phase", ""), l.value("strength", "")});
  return d;
}

}  // namespace sputnik::index
