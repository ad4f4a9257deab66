// SPDX-License-Identifier: MIT
#pragma once
// A test hook for crash safety. When $SPUTNIK_KILL_AT names a point the process reaches,
// the process kills itself with SIGKILL right there, exactly as `kill -9` or a power cut
// would, so a test can prove that a build dying at that point never harms the catalog.
// Points: "name" fires when reached; "name:N" fires the N-th time a counted point is hit
// (e.g. "index-document:40" after the 40th document). Unset, this costs one branch.
#include <cstddef>
#include <string_view>

namespace sputnik::util {

void fault_point(std::string_view name);
void fault_point(std::string_view name, std::size_t count);

}  // namespace sputnik::util
