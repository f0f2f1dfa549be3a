// Bytes of a named charset (UTF-16, ISO-8859-1, windows-1252, ...) converted to UTF-8 by ICU,
// keeping the source byte of every UTF-8 byte; and a guess at the charset of 8-bit text.
#pragma once

#include <string>
#include <string_view>

#include "decoding.h"

namespace plenary::loader {

// Converts bytes[skip, end) from charset. Undecodable input and control characters other than
// \t \n \r become spaces and are counted. Source offsets count from the start of bytes.
DecodedText convert_to_utf8(std::string_view bytes, std::size_t skip, const char* charset);

// The 8-bit charset ICU's detector finds likeliest for text that is not UTF-8; windows-1252
// (which reads ISO-8859-1's printable characters the same) when it names no 8-bit charset.
std::string detect_8bit_charset(std::string_view bytes);

// The charset a declared label (a page's <meta charset>) names, by its MIME or IANA name
// ("latin1" -> "ISO-8859-1"), empty when ICU does not know it. As in browsers, ISO-8859-1 and
// US-ASCII read as windows-1252, and UTF-16 or UTF-32 (which a page in ASCII bytes cannot be) as UTF-8.
std::string declared_charset_name(std::string_view label);

} // namespace plenary::loader
