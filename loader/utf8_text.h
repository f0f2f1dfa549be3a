// Byte-level text helpers for the loader: UTF-8 cleaning that keeps byte offsets,
// and whitespace handling that treats no-break and other Unicode spaces as spaces.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace plenary::loader {

struct CleanText {
    std::string bytes;              // same length as the input, valid UTF-8
    std::size_t invalid_bytes = 0;  // bytes that were not valid UTF-8, now spaces
    std::optional<std::size_t> first_invalid;  // the offset of the first of them
    std::size_t control_chars = 0;  // control characters other than \t \n \r, now spaces
};

// Replaces every invalid UTF-8 byte and every control character (other than
// \t \n \r) by spaces, byte for byte, so offsets into the result are offsets into the input.
CleanText clean_utf8(std::string_view raw);

// Length in bytes of the whitespace character starting at text[at], or 0.
std::size_t whitespace_length_at(std::string_view text, std::size_t at);

// text without its leading and trailing whitespace (a view into the same bytes).
std::string_view trim_whitespace(std::string_view text);

// Calls visit(offset, word) for every whitespace-separated word of text, in order.
template <typename Visit>
void for_each_word(std::string_view text, Visit&& visit) {
    std::size_t at = 0;
    while (at < text.size()) {
        if (const std::size_t space = whitespace_length_at(text, at); space != 0) {
            at += space;
            continue;
        }
        std::size_t end = at;
        while (end < text.size() && whitespace_length_at(text, end) == 0) ++end;
        visit(at, text.substr(at, end - at));
        at = end;
    }
}

// Whitespace-separated tokens in text.
std::size_t count_words(std::string_view text);

// text with every whitespace run turned into one ASCII space, trimmed.
std::string collapse_whitespace(std::string_view text);

// Whether the first character of text is a lowercase letter / an uppercase or titlecase letter.
bool starts_lowercase(std::string_view text);
bool starts_uppercase(std::string_view text);

} // namespace plenary::loader
