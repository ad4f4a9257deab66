// SPDX-License-Identifier: MIT
#pragma once
// The closed vocabularies of the kb, each listed once with its labels for people in
// English and Japanese. Validation, command-line options, renderers and the phase rule all
// read these tables (kb/README.md lists the same values for people who edit the kb).
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/text.hpp"

namespace sputnik::model {

/// One value of a vocabulary: the id written in the kb and typed on the command line,
/// and how it reads in each language.
struct Term {
  std::string_view id;
  std::string_view en;
  std::string_view ja;

  std::string_view label(Lang lang) const { return lang == Lang::ja ? ja : en; }
};

/// A closed list of terms, in display order.
class Vocabulary {
 public:
  constexpr Vocabulary(std::string_view name, std::span<const Term> terms) : name_(name), terms_(terms) {}

  std::string_view name() const { return name_; }  ///< "phase", "status", …
  std::span<const Term> terms() const { return terms_; }
  const Term* find(std::string_view id) const;
  bool contains(std::string_view id) const { return find(id) != nullptr; }
  /// Position in display order; unknown ids sort last.
  int rank(std::string_view id) const;
  /// The label in `lang`, or the id itself when it is not in the vocabulary.
  std::string_view label(std::string_view id, Lang lang) const;
  std::vector<std::string> ids() const;
  /// "a, b or c", for help texts and error messages.
  std::string listed(std::string_view last_separator = " or ") const;

 private:
  std::string_view name_;
  std::span<const Term> terms_;
};

enum class EntryType { moment, response, spillover, ai_event, analogy };

const Vocabulary& entry_types();      ///< moment, response, spillover, ai_event, analogy
const Vocabulary& phases();           ///< shock … long-run-outcome, in time order
const Vocabulary& response_phases();  ///< the phases a response may name (not shock or spillovers)
const Vocabulary& strengths();        ///< strong, partial, weak
const Vocabulary& statuses();         ///< fact, disputed, myth
const Vocabulary& categories();       ///< the ten spillover categories
const Vocabulary& response_kinds();
const Vocabulary& ai_event_kinds();
const Vocabulary& moment_labels();  ///< how the "Sputnik moment" label applies

/// Values the code itself gives a meaning to (the tables above list all of them).
namespace status {
inline constexpr std::string_view fact = "fact", disputed = "disputed", myth = "myth";
}
namespace phase {
inline constexpr std::string_view shock = "shock", institutional_response = "institutional-response",
                                  spillovers = "spillovers";
}

std::string_view type_name(EntryType t);                  ///< "moment", …, "ai_event", "analogy"
std::optional<EntryType> parse_type(std::string_view s);  ///< also accepts "ai-event" and "ai"

/// The phase an entry stands for in the analogy layer: a moment is the shock, a spillover
/// belongs to the spillovers, a response to the phase it names. The one place this rule lives.
std::string_view phase_of(EntryType type, std::string_view response_phase);

/// Maps a category or one of its older NASA Spinoff names (any case) to its current name.
std::optional<std::string> canonical_category(std::string_view s);

}  // namespace sputnik::model
