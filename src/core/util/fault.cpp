// SPDX-License-Identifier: MIT
#include "core/util/fault.hpp"

#include <csignal>
#include <cstdlib>
#include <string>

namespace sputnik::util {
namespace {

const std::string& kill_at() {
  static const std::string value = [] {
    const char* env = std::getenv("SPUTNIK_KILL_AT");
    return std::string(env ? env : "");
  }();
  return value;
}

[[noreturn]] void die() {
  std::raise(SIGKILL);
  std::abort();  // unreachable: SIGKILL cannot be caught
}

}  // namespace

void fault_point(std::string_view name) {
  if (!kill_at().empty() && kill_at() == name) die();
}

void fault_point(std::string_view name, std::size_t count) {
  const std::string& spec = kill_at();
  if (spec.empty() || spec.size() <= name.size() || spec.compare(0, name.size(), name) != 0 || spec[name.size()] != ':')
    return;
  if (std::strtoull(spec.c_str() + name.size() + 1, nullptr, 10) == count) die();
}

}  // namespace sputnik::util
