// SPDX-License-Identifier: MIT
#pragma once
#include <string_view>
#include <vector>

namespace sputnik::store {

struct SchemaScript {
  std::string_view name;  ///< file name under schema/
  std::string_view sql;
};

/// The schema/*.sql files in order, compiled into the program (see cmake/embed_schema.cmake).
const std::vector<SchemaScript>& schema_scripts();

/// Scripts named `*_indexes.sql` hold only secondary indexes. A build runs them after
/// loading the rows: one sort per index is much faster than updating each on every insert.
inline bool creates_indexes(const SchemaScript& script) { return script.name.ends_with("_indexes.sql"); }

/// The PRAGMA user_version a catalog of this program carries: the number of schema files.
inline int schema_version() { return static_cast<int>(schema_scripts().size()); }

}  // namespace sputnik::store
