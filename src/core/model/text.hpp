// SPDX-License-Identifier: MIT
#pragma once
// The two languages of the kb, and bilingual text.
#include <string>

namespace sputnik::model {

enum class Lang { en, ja };

/// "en" or "ja": the code files, JSON and HTML `lang` attributes use.
inline const char* lang_code(Lang lang) { return lang == Lang::ja ? "ja" : "en"; }
/// "en-US" or "ja-JP": the language tag of Office documents.
inline const char* lang_tag(Lang lang) { return lang == Lang::ja ? "ja-JP" : "en-US"; }

/// Bilingual text. `pick` falls back to English when the Japanese is missing.
struct Text {
  std::string en;
  std::string ja;
  const std::string& pick(Lang lang) const { return lang == Lang::ja && !ja.empty() ? ja : en; }
  bool empty() const { return en.empty() && ja.empty(); }
};

}  // namespace sputnik::model
