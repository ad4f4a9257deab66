// SPDX-License-Identifier: MIT
#include "core/model/fields.hpp"

#include <fmt/format.h>
#include <array>
#include <stdexcept>

#include "core/model/date.hpp"

namespace sputnik::model {
namespace {

SlotValue text(std::string s) { return SlotValue(std::move(s)); }

// Prefixes follow Omega's conventions (S title, K keyword, Q id, X… application fields).
// Slots: 0 year, 1 sort key, 2 type, 3 era, 4 category, 5 country, 6 decade, 7 status.
constexpr std::array<Field, 15> kFields = {{
    {"title", "S", FieldKind::free_text, -1, FacetOrder::none, nullptr, "words in the title (English or Japanese)",
     "title:sputnik"},
    {"type", "XTYPE", FieldKind::boolean, 2, FacetOrder::vocabulary,
     [](const SlotSource& s) { return text(std::string(type_name(s.type))); },
     "moment, response, spillover, ai_event or analogy", "type:spillover"},
    {"era", "XERA", FieldKind::boolean, 3, FacetOrder::time, [](const SlotSource& s) { return text(s.era); },
     "a named era id (see kb/eras.toml)", "era:space-race"},
    {"decade", "XDEC", FieldKind::boolean, 6, FacetOrder::time,
     [](const SlotSource& s) { return text(decade_label(s.decade)); }, "the decade of the date", "decade:1960s"},
    {"category", "XCAT", FieldKind::boolean, 4, FacetOrder::count, [](const SlotSource& s) { return text(s.category); },
     "a spillover category", "category:\"Health and Medicine\""},
    {"country", "XCTRY", FieldKind::boolean, 5, FacetOrder::count, [](const SlotSource& s) { return text(s.country); },
     "a country or bloc involved (kb/countries.toml)", "country:ussr"},
    {"tag", "K", FieldKind::boolean, -1, FacetOrder::none, nullptr, "a tag", "tag:satellite"},
    {"moment", "XMOM", FieldKind::boolean, -1, FacetOrder::none, nullptr, "entries descending from a moment",
     "moment:sputnik-1"},
    {"status", "XSTAT", FieldKind::boolean, 7, FacetOrder::none, [](const SlotSource& s) { return text(s.status); },
     "spillover status: fact, disputed or myth", "status:myth"},
    {"phase", "XPHASE", FieldKind::boolean, -1, FacetOrder::none, nullptr, "analogy or response phase", "phase:shock"},
    {"id", "Q", FieldKind::boolean, -1, FacetOrder::none, nullptr, "an entry id", "id:gps"},
    {"year", "", FieldKind::range, 0, FacetOrder::none,
     [](const SlotSource& s) { return SlotValue(static_cast<double>(s.year)); },
     "a year or range; open ends allowed, BCE negative", "year:1957..1969"},
    {"date", "", FieldKind::value_only, 1, FacetOrder::none,
     [](const SlotSource& s) { return SlotValue(static_cast<double>(s.sort_key)); }, "", ""},
    {"links", "XLINKS", FieldKind::ranking, -1, FacetOrder::none, nullptr, "", ""},
    {"name", "XNAME", FieldKind::ranking, -1, FacetOrder::none, nullptr, "", ""},
}};

constexpr std::size_t kSearchable = 12;  // the rows a user can type, before the others

constexpr bool searchable_rows_come_first() {
  for (std::size_t i = 0; i < kFields.size(); ++i)
    if ((kFields[i].kind == FieldKind::value_only || kFields[i].kind == FieldKind::ranking) != (i >= kSearchable))
      return false;
  return true;
}
static_assert(searchable_rows_come_first(), "kSearchable must count the rows before the ones nobody types");

}  // namespace

std::span<const Field> fields() { return kFields; }
std::span<const Field> search_fields() { return std::span<const Field>(kFields).first(kSearchable); }

std::vector<const Field*> facet_fields() {
  std::vector<const Field*> out;
  for (const auto& f : kFields)
    if (f.is_facet()) out.push_back(&f);
  return out;
}

const Field& field(std::string_view name) {
  for (const auto& f : kFields)
    if (f.name == name) return f;
  throw std::logic_error(fmt::format("no field '{}' in the field table", name));
}

std::string facet_key(const Field& f, const SlotSource& source) {
  const SlotValue v = f.value(source);
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  return fmt::format("{}", std::get<double>(v));
}

}  // namespace sputnik::model
