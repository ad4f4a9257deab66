// SPDX-License-Identifier: MIT
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/kb/diagnostic.hpp"
#include "core/model/entities.hpp"

namespace sputnik::kb {

struct ValidateOptions {
  bool strict = false;  ///< add the rules of evidence marked *strict* in kb/README.md
};

/// Checks everything a single table cannot: unique ids, references that resolve to the
/// right kind, vocabularies, cycles, and (strict) the rules of evidence. Canonicalises
/// category aliases in place.
std::vector<Diagnostic> validate(model::Corpus& corpus, const ValidateOptions& options);

/// Why a source address will not last (a session token, a tracking parameter, a proxy's or
/// translator's copy of another page), or nothing. `validate --strict` reports it.
std::optional<std::string> unstable_url(std::string_view url);

/// Fills the derived fields: era (when absent), root moment, spillover lag, and the
/// acting country of responses and spillovers. Safe on invalid corpora (cycles stop).
void resolve(model::Corpus& corpus);

}  // namespace sputnik::kb
