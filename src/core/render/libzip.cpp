// SPDX-License-Identifier: MIT
#include "core/render/libzip.hpp"

#include <dlfcn.h>
#include <fmt/format.h>

namespace sputnik::render {
namespace {

template <class F>
bool bind(void* handle, const char* name, F& function) {
  function = reinterpret_cast<F>(::dlsym(handle, name));
  return function != nullptr;
}

Result<const LibZip*> load() {
  static LibZip api;
  // The SONAME of the libzip sputnik was compiled against (CMake reads it from the library).
  void* handle = ::dlopen(SPUTNIK_LIBZIP_SONAME, RTLD_NOW | RTLD_LOCAL);
  if (!handle)
    return make_error(ErrorCode::io,
                      fmt::format("cannot load {} to write a PPTX: {}", SPUTNIK_LIBZIP_SONAME, ::dlerror()),
                      "install libzip (Debian package libzip4), or export another format");
  const bool complete =
      bind(handle, "zip_open", api.open) && bind(handle, "zip_close", api.close) &&
      bind(handle, "zip_discard", api.discard) && bind(handle, "zip_source_buffer", api.source_buffer) &&
      bind(handle, "zip_source_free", api.source_free) && bind(handle, "zip_file_add", api.file_add) &&
      bind(handle, "zip_strerror", api.strerror) &&
      bind(handle, "zip_error_init_with_code", api.error_init_with_code) &&
      bind(handle, "zip_error_strerror", api.error_strerror) && bind(handle, "zip_error_fini", api.error_fini);
  if (!complete)
    return make_error(ErrorCode::io,
                      fmt::format("{} lacks a function sputnik needs: {}", SPUTNIK_LIBZIP_SONAME, ::dlerror()),
                      "install the libzip sputnik was built with");
  return &api;
}

}  // namespace

Result<const LibZip*> libzip() {
  static const Result<const LibZip*> loaded = load();
  return loaded;
}

}  // namespace sputnik::render
