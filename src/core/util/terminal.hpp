// SPDX-License-Identifier: MIT
#pragma once
// Messages quote what the user typed and what kb files hold. Printed raw, an escape
// sequence in either could rewrite the terminal, and a bidi override could make a message
// read backwards; so such characters are shown as visible escapes instead.
#include <string>
#include <string_view>

namespace sputnik::util {

/// `text` with control characters (C0 except newline and tab, DEL, C1) shown as \xNN or
/// \u00NN, bidi controls as <U+202E>, and bytes that are not UTF-8 as \xNN.
std::string terminal_safe(std::string_view text);

}  // namespace sputnik::util
