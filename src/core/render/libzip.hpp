// SPDX-License-Identifier: MIT
#pragma once
// libzip, loaded when a PPTX is written rather than when sputnik starts. Linking it pulls
// in libcrypto and libbz2, whose loading and relocation took ~4 ms of every command —
// twice the cost of the whole search it preceded — for one export format.
#include <zip.h>

#include "core/util/result.hpp"

namespace sputnik::render {

/// The libzip functions the PPTX writer uses.
struct LibZip {
  decltype(&::zip_open) open;
  decltype(&::zip_close) close;
  decltype(&::zip_discard) discard;
  decltype(&::zip_source_buffer) source_buffer;
  decltype(&::zip_source_free) source_free;
  decltype(&::zip_file_add) file_add;
  decltype(&::zip_strerror) strerror;
  decltype(&::zip_error_init_with_code) error_init_with_code;
  decltype(&::zip_error_strerror) error_strerror;
  decltype(&::zip_error_fini) error_fini;
};

/// Loads libzip on first use (thread-safe); an error names the library and the package.
Result<const LibZip*> libzip();

}  // namespace sputnik::render
