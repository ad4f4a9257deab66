# Writes OUT: a C++ file defining sputnik::store::schema_scripts(), one entry per
# schema/*.sql file in order. Run by CMake in script mode.
file(GLOB FILES ${SCHEMA_DIR}/*.sql)
list(SORT FILES)
set(body "")
foreach(f IN LISTS FILES)
  file(READ ${f} sql)
  get_filename_component(name ${f} NAME)
  string(APPEND body "    {\"${name}\", R\"sputnik_sql(${sql})sputnik_sql\"},\n")
endforeach()
file(WRITE ${OUT} "// Generated from schema/*.sql by cmake/embed_schema.cmake. Do not edit.
#include \"core/store/schema.hpp\"
namespace sputnik::store {
const std::vector<SchemaScript>& schema_scripts() {
  static const std::vector<SchemaScript> scripts = {
${body}  };
  return scripts;
}
}  // namespace sputnik::store
")
