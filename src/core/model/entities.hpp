// SPDX-License-Identifier: MIT
#pragma once
// Plain structs for everything the kb holds (kb/README.md documents the fields).
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/model/date.hpp"
#include "core/model/text.hpp"
#include "core/model/vocab.hpp"

namespace sputnik::model {

/// Where a table or field is in its kb file, for `file:line:col` messages.
struct Location {
  std::string file;  ///< as the kb directory was given, plus the file's relative path
  int line = 0;
  int column = 0;
};

/// Where each key of a table was written, so cross-reference errors point at the field.
using FieldLocations = std::map<std::string, Location>;

/// The location of `field` in a table, or of the table itself when the field is absent.
inline const Location& locate(const Location& table, const FieldLocations& fields, const std::string& field) {
  auto it = fields.find(field);
  return it == fields.end() ? table : it->second;
}

struct Figure {
  double value = 0;
  std::string unit;
  Text what;
  std::optional<int> year;
  std::string source;  ///< source id, may be empty
};

/// A dated entry: moment, response, spillover or AI-race event. Fields that belong
/// to one type only are empty for the others.
struct Entry {
  EntryType type = EntryType::moment;
  std::string id;
  Date date;
  Text title, summary, body, note;
  std::string era;  ///< explicit era id, or derived by resolve()
  std::vector<std::string> tags;
  /// Other names people search for ("CAT scanner", "Navstar"): indexed like the title.
  std::vector<std::string> aliases;
  std::vector<Figure> figures;
  std::vector<std::string> sources;
  std::string same_as;  ///< moment, response: ai_event id
  Location where;
  FieldLocations fields;

  // moment
  std::string shocking;
  std::vector<std::string> shocked;
  std::string label;
  Text label_note;
  // response
  std::string moment;
  std::string phase;  ///< response phase (default institutional-response)
  // response, ai_event
  std::string kind;
  // response, spillover, ai_event: the acting country (derived when absent)
  std::string country;
  // spillover
  std::vector<std::string> from;
  std::string category;
  std::string status;
  Text how, true_origin;

  // Derived by kb::resolve(): the moment this entry descends from (itself for a
  // moment) and, for spillovers, the response on that main line (if any) and the
  // years from the moment's date.
  std::string root_moment;
  std::string root_response;
  std::optional<int> lag_years;
};

struct Analogy {
  std::string id;
  std::string from;  ///< historical entry id
  std::string to;    ///< ai_event id
  std::string phase;
  std::string strength;
  Text fits, breaks;
  std::vector<std::string> sources;
  Location where;
  FieldLocations fields;
};

struct Source {
  std::string id, title, publisher, url, author, accessed;
  int year = 0;
  bool primary = false;
  Location where;
  FieldLocations fields;
};

struct Era {
  std::string id;
  Text name, summary;
  int start = 0, end = 0;  ///< inclusive years
  Location where;

  /// "Space Race (1957–1975)": the name in `lang` with its years, for headings.
  std::string heading(Lang lang) const;
};

struct Country {
  std::string id;
  Text name;
  Location where;
};

/// Finds items of a vector by id in constant time (a linear search per lookup made
/// validating and indexing quadratic in the kb size). Built on first use; rebuilt when the
/// vector has moved or changed size, or a found item no longer has the id asked for. An
/// item renamed in place is not seen under its new name until then. Thread-safe.
template <class T>
class IdLookup {
 public:
  IdLookup() = default;
  IdLookup(const IdLookup&) {}  // a copy's vector lives elsewhere: start empty
  IdLookup& operator=(const IdLookup&) {
    std::lock_guard lock(mutex_);
    built_for_ = nullptr;
    return *this;
  }

  const T* find(const std::vector<T>& items, const std::string& id) const {
    std::lock_guard lock(mutex_);
    if (built_for_ != items.data() || built_size_ != items.size()) rebuild(items);
    auto it = positions_.find(id);
    if (it != positions_.end() && items[it->second].id != id) {  // reordered in place
      rebuild(items);
      it = positions_.find(id);
    }
    return it == positions_.end() ? nullptr : &items[it->second];
  }

 private:
  void rebuild(const std::vector<T>& items) const {
    positions_.clear();
    for (std::size_t i = 0; i < items.size(); ++i) positions_.emplace(items[i].id, i);  // the first of duplicates
    built_for_ = items.data();
    built_size_ = items.size();
  }

  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, std::size_t> positions_;
  mutable const T* built_for_ = nullptr;
  mutable std::size_t built_size_ = 0;
};

/// Everything loaded from one kb directory.
/// The `[corpus]` table: facts about the kb itself.
struct CorpusInfo {
  std::optional<Date> ai_race_recorded_to;  ///< the AI race is recorded up to this date (reviewed to here)
  std::optional<Date> reviewed;             ///< when that review was done
  Text note;
  Location where;
  FieldLocations fields;
};

/// Words that mean the same to a searcher (kb/synonyms.toml): a query for any finds all.
struct SynonymGroup {
  std::vector<std::string> terms;
  std::string entry;  ///< optional: the entry the group names
  Location where;
  FieldLocations fields;
};

struct Corpus {
  std::vector<CorpusInfo> info;  ///< one [corpus] table; more is a validation error
  std::vector<Entry> entries;
  std::vector<Analogy> analogies;
  std::vector<Source> sources;
  std::vector<Era> eras;
  std::vector<Country> countries;
  std::vector<SynonymGroup> synonyms;
  std::vector<std::string> files;  ///< display names in reading order (several kb dirs: dir by dir)

  const Entry* find_entry(const std::string& id) const;
  const Era* find_era(const std::string& id) const;
  const Country* find_country(const std::string& id) const;
  const Source* find_source(const std::string& id) const;

 private:
  IdLookup<Entry> entry_lookup_;
  IdLookup<Era> era_lookup_;
  IdLookup<Country> country_lookup_;
  IdLookup<Source> source_lookup_;
};

}  // namespace sputnik::model
