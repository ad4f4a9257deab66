// SPDX-License-Identifier: MIT
#include "core/util/normalize.hpp"

#include <array>
#include <cctype>

#include "core/util/text.hpp"

// Hand-written rather than ICU's NFKC: sputnik links no ICU, and linking it would load
// libicuuc and its 30 MB data library on every command (the start-up cost that made
// libzip a run-time load). Only width folding changes a search term; this is that part.
namespace sputnik::util {
namespace {

// U+FF61–U+FF9D, half-width, in order → their full-width forms.
constexpr std::array<char32_t, 61> kHalfWidthKana = {
    U'。', U'「', U'」', U'、', U'・', U'ヲ', U'ァ', U'ィ', U'ゥ', U'ェ', U'ォ', U'ャ', U'ュ', U'ョ', U'ッ', U'ー',
    U'ア', U'イ', U'ウ', U'エ', U'オ', U'カ', U'キ', U'ク', U'ケ', U'コ', U'サ', U'シ', U'ス', U'セ', U'ソ', U'タ',
    U'チ', U'ツ', U'テ', U'ト', U'ナ', U'ニ', U'ヌ', U'ネ', U'ノ', U'ハ', U'ヒ', U'フ', U'ヘ', U'ホ', U'マ', U'ミ',
    U'ム', U'メ', U'モ', U'ヤ', U'ユ', U'ヨ', U'ラ', U'リ', U'ル', U'レ', U'ロ', U'ワ', U'ン'};

constexpr char32_t kHalfVoiced = 0xFF9E, kHalfSemiVoiced = 0xFF9F;

bool takes_voicing(char32_t k) {
  return (k >= U'カ' && k <= U'ト') || (k >= U'ハ' && k <= U'ホ' && (k - U'ハ') % 3 == 0);
}
bool takes_semi_voicing(char32_t k) { return k >= U'ハ' && k <= U'ホ' && (k - U'ハ') % 3 == 0; }

// Folds a voicing mark into the kana before it (ｶﾞ → ガ, ﾊﾟ → パ, ｳﾞ → ヴ); true if it did.
bool voice_last(std::string& out, char32_t& last, char32_t mark) {
  char32_t voiced = 0;
  if (mark == kHalfVoiced && last == U'ウ')
    voiced = U'ヴ';
  else if (mark == kHalfVoiced && takes_voicing(last))
    voiced = last + 1;
  else if (mark == kHalfSemiVoiced && takes_semi_voicing(last))
    voiced = last + 2;
  if (!voiced) return false;
  out.resize(out.size() - 3);  // every katakana is three bytes of UTF-8
  append_utf8(out, voiced);
  last = voiced;
  return true;
}

bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

bool is_ordinal_or_plural(std::string_view suffix) {
  const std::string s = ascii_lower(suffix);
  return s == "st" || s == "nd" || s == "rd" || s == "th" || s == "s";
}

// `$5.6M`, `$589bn`, `$1T` → "5.6 million" …; `$118.42` → "118.42". Empty if not money.
std::string money(std::string_view word) {
  if (word.size() < 2 || word[0] != '$' || !is_digit(word[1])) return {};
  std::size_t end = 1;
  while (end < word.size() && (is_digit(word[end]) || word[end] == '.' || word[end] == ',')) ++end;
  const std::string number(word.substr(1, end - 1));
  const std::string unit = ascii_lower(word.substr(end));
  if (unit.empty()) return number;
  if (unit == "m" || unit == "mn") return number + " million";
  if (unit == "b" || unit == "bn") return number + " billion";
  if (unit == "t" || unit == "tn") return number + " trillion";
  if (unit == "k") return number + " thousand";
  return {};
}

// Splits letters from digits where the two are one name written together.
std::string split_letters_and_digits(std::string_view word) {
  std::string out;
  std::size_t i = 0;
  while (i < word.size()) {
    std::size_t j = i;
    const bool letters = is_letter(word[i]), digits = is_digit(word[i]);
    while (j < word.size() && ((letters && is_letter(word[j])) || (digits && is_digit(word[j])))) ++j;
    if (j == i) ++j;  // punctuation or a non-ASCII byte: copied as it is
    const std::string_view run = word.substr(i, j - i);
    if (!out.empty() && j > i) {
      const char prev = out.back();
      const bool after_letters = letters && is_digit(prev) && run.size() >= 2 && !is_ordinal_or_plural(run);
      std::size_t letter_run = 0;
      for (std::size_t k = out.size(); k > 0 && is_letter(out[k - 1]); --k) ++letter_run;
      const bool after_digits = digits && is_letter(prev) && letter_run >= 2;
      if (after_letters || after_digits) out += ' ';
    }
    out += run;
    i = j;
  }
  return out;
}

std::string normalize_word(std::string_view word) {
  // Punctuation that ends a word in prose ("$5.6M," "7nm.") stays, outside what is read.
  static constexpr std::string_view kTrailing = ",.;:!?)\"'";
  std::size_t end = word.size();
  while (end > 1 && kTrailing.find(word[end - 1]) != std::string_view::npos) --end;
  const std::string_view core = word.substr(0, end), tail = word.substr(end);
  if (std::string m = money(core); !m.empty()) return m + std::string(tail);
  return split_letters_and_digits(core) + std::string(tail);
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

template <class Each>
void for_each_word(std::string_view s, Each&& each) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (is_space(s[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < s.size() && !is_space(s[j])) ++j;
    each(s.substr(i, j - i), i);
    i = j;
  }
}

}  // namespace

std::string fold_width(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  char32_t last = 0;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    char32_t cp = next_code_point(s, i);
    if (cp >= 0xFF01 && cp <= 0xFF5E)
      cp -= 0xFEE0;
    else if (cp == 0x3000)
      cp = U' ';
    else if (cp >= 0xFF61 && cp <= 0xFF9D)
      cp = kHalfWidthKana[cp - 0xFF61];
    else if ((cp == kHalfVoiced || cp == kHalfSemiVoiced) && voice_last(out, last, cp))
      continue;
    else if (cp == kHalfVoiced)
      cp = U'゛';
    else if (cp == kHalfSemiVoiced)
      cp = U'゜';
    else {
      out.append(s.substr(start, i - start));  // as written, even if malformed
      last = cp;
      continue;
    }
    append_utf8(out, cp);
    last = cp;
  }
  return out;
}

std::string normalize_for_search(std::string_view s) {
  const std::string folded = fold_width(s);
  std::string out;
  out.reserve(folded.size() + 8);
  std::size_t copied = 0;
  for_each_word(folded, [&](std::string_view word, std::size_t at) {
    out.append(folded, copied, at - copied);  // the spaces between words, as they were
    out += normalize_word(word);
    copied = at + word.size();
  });
  out.append(folded, copied);
  return out;
}

std::string search_key(std::string_view term) {
  const std::string normal = ascii_lower(normalize_for_search(term));
  std::string key;
  for (char c : normal) {
    if (!is_space(c))
      key += c;
    else if (!key.empty() && key.back() != ' ')
      key += ' ';
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

std::vector<std::string> normalized_variants(std::string_view text) {
  std::vector<std::string> variants;
  for_each_word(text, [&](std::string_view word, std::size_t) {
    // Cheap test first: most words have nothing to normalise.
    bool candidate = word.front() == '$';
    for (std::size_t k = 0; k + 1 < word.size() && !candidate; ++k)
      candidate = static_cast<unsigned char>(word[k]) >= 0x80 || is_digit(word[k]) != is_digit(word[k + 1]);
    if (!candidate) return;
    std::string normal = normalize_word(fold_width(word));
    if (normal != word) variants.push_back(std::move(normal));
  });
  return variants;
}

}  // namespace sputnik::util
