// Small string helpers shared by the readers of plenary's text files.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plenary {

inline constexpr std::string_view ascii_whitespace = " \t\r\n\f\v";

// text without leading and trailing characters of `characters` (a view into the same bytes).
std::string_view trim(std::string_view text, std::string_view characters = ascii_whitespace);

// The pieces of text between separators; n separators give n + 1 pieces, empty ones included.
std::vector<std::string_view> split(std::string_view text, char separator);

// The lines of text without their "\n" or "\r\n"; no empty last line after a final newline.
std::vector<std::string_view> split_lines(std::string_view text);

// text without the UTF-8 byte order mark an editor may put first (a view into the same bytes).
std::string_view without_byte_order_mark(std::string_view text);

// ASCII letters lowercased, other bytes unchanged.
std::string lowercase_ascii(std::string_view text);

// ASCII letters uppercased, other bytes unchanged.
std::string uppercase_ascii(std::string_view text);

// text as a message may show it: each ASCII control character (NUL, ESC, DEL...), each byte of invalid
// UTF-8 and each backslash written as \xNN or \\, so that the message stays one whole printable line;
// cut after max_bytes of text, with "..." (a binary file's first "word" can be long).
std::string printable(std::string_view text, std::size_t max_bytes = 60);

// Whether text holds an ASCII control character (0x00-0x1f or 0x7f).
bool has_control_character(std::string_view text);

// Levenshtein distance in bytes: insertions, deletions and substitutions that turn a into b.
std::size_t edit_distance(std::string_view a, std::string_view b);

// 64-bit FNV-1a: a fast, stable hash for keys and fingerprints (not for security).
constexpr std::uint64_t fnv1a(std::string_view text) {
    std::uint64_t hash = 14695981039346656037ULL;
    for (char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return hash;
}

} // namespace plenary
