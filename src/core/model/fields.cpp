// SPDX-License-Identifier: MIT
#include "core/model/fields.hpp"

#include <array>

namespace sputnik::model {
namespace {
// Prefixes follow Omega's conventions (S title, K keyword, Q id, X… application fields).
constexpr std::array<Field, 12> kFields = {{
    {"title", "S", FieldKind::free_text, 0, "words in the title (English or Japanese)", "title:sputnik"},
    {"type", "XTYPE", FieldKind::boolean, 0, "moment, response, spillover, ai_event or analogy", "type:spillover"},
    {"era", "XERA", FieldKind::boolean, 0, "a named era id (see kb/eras.toml)", "era:space-race"},
    {"decade", "XDEC", FieldKind::boolean, 0, "the decade of the date", "decade:1960s"},
    {"category", "XCAT", FieldKind::boolean, 0, "a spillover category", "category:\"Health and Medicine\""},
    {"country", "XCTRY", FieldKind::boolean, 0, "a country or bloc involved (kb/countries.toml)", "country:ussr"},
    {"tag", "K", FieldKind::boolean, 0, "a tag", "tag:satellite"},
    {"moment", "XMOM", FieldKind::boolean, 0, "entries descending from a moment", "moment:sputnik-1"},
    {"status", "XSTAT", FieldKind::boolean, 0, "spillover status: fact, disputed or myth", "status:myth"},
    {"phase", "XPHASE", FieldKind::boolean, 0, "analogy or response phase", "phase:shock"},
    {"id", "Q", FieldKind::boolean, 0, "an entry id", "id:gps"},
    {"year", "", FieldKind::range, slot::year, "a year or range; open ends allowed, BCE negative", "year:1957..1969"},
}};
}  // namespace

std::span<const Field> search_fields() { return kFields; }

}  // namespace sputnik::model
