// SPDX-License-Identifier: MIT
#include "core/model/entities.hpp"

#include <fmt/format.h>

namespace sputnik::model {
const Entry* Corpus::find_entry(const std::string& id) const { return entry_lookup_.find(entries, id); }
std::string Era::heading(Lang lang) const { return fmt::format("{} ({}–{})", name.pick(lang), start, end); }

const Era* Corpus::find_era(const std::string& id) const { return era_lookup_.find(eras, id); }
const Country* Corpus::find_country(const std::string& id) const { return country_lookup_.find(countries, id); }
const Source* Corpus::find_source(const std::string& id) const { return source_lookup_.find(sources, id); }

}  // namespace sputnik::model
