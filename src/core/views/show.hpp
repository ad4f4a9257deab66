// SPDX-License-Identifier: MIT
#pragma once
// `sputnik show ID`: one entry with everything linked to it, as a value to render.
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/model/entities.hpp"
#include "core/store/reader.hpp"
#include "core/util/result.hpp"

namespace sputnik::views {

struct AnalogyLink {
  model::Analogy analogy;
  store::EntryRef from, to;
  std::vector<model::Source> sources;
};

struct EntryDetail {
  model::Entry entry;
  std::optional<model::Era> era;
  std::map<std::string, model::Text> country_names;  ///< every country id the entry names
  std::vector<store::EntryRef> parents;              ///< response: its moment; spillover: its `from`
  std::vector<store::EntryRef> responses;            ///< moment: its responses
  std::vector<store::EntryRef> spillovers;           ///< moment: all descendants; others: direct children
  std::optional<store::EntryRef> same_as;
  std::vector<AnalogyLink> analogies;
  std::vector<model::Source> sources;
};

struct SourceDetail {
  model::Source source;
  std::vector<store::EntryRef> cited_by;
};

using ShowResult = std::variant<EntryDetail, AnalogyLink, SourceDetail, model::Era, model::Country>;

/// Looks `id` up whatever its kind; ErrorCode::no_match when nothing has that id.
Result<ShowResult> show(const store::CatalogReader& store, const std::string& id);

}  // namespace sputnik::views
