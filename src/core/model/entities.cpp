// SPDX-License-Identifier: MIT
#include "core/model/entities.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace sputnik::model {
namespace {
template <class T>
const T* find_by_id(const std::vector<T>& items, const std::string& id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
  return it == items.end() ? nullptr : &*it;
}
}  // namespace

const Entry* Corpus::find_entry(const std::string& id) const { return find_by_id(entries, id); }
std::string Era::heading(Lang lang) const { return fmt::format("{} ({}–{})", name.pick(lang), start, end); }

const Era* Corpus::find_era(const std::string& id) const { return find_by_id(eras, id); }
const Country* Corpus::find_country(const std::string& id) const { return find_by_id(countries, id); }
const Source* Corpus::find_source(const std::string& id) const { return find_by_id(sources, id); }

}  // namespace sputnik::model
