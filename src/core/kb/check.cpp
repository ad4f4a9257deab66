// SPDX-License-Identifier: MIT
#include "core/kb/check.hpp"

#include "core/kb/loader.hpp"
#include "core/kb/validate.hpp"

namespace sputnik::kb {

CheckResult check(const std::vector<std::filesystem::path>& dirs, const CheckOptions& options) {
  auto loaded = load_kb(dirs, options.fingerprint_seed);
  CheckResult result{std::move(loaded.corpus), std::move(loaded.problems), std::move(loaded.files),
                     std::move(loaded.fingerprint)};
  auto more = validate(result.corpus, {options.strict});
  result.problems.insert(result.problems.end(), more.begin(), more.end());
  sort_diagnostics(result.problems);
  // resolve() is safe on an invalid corpus, and `validate --strict` reports the health of one.
  resolve(result.corpus);
  return result;
}

}  // namespace sputnik::kb
