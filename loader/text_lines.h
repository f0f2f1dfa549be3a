// A text's lines as the plain-text reader sees them: where each starts and ends, how it is
// indented and how wide it is, whether it ends a sentence, and whether it is web chrome.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace plenary::loader {

inline constexpr std::size_t short_line_max_words = 8;

struct TextLine {
    std::size_t begin = 0;  // byte offset of the line's first byte, whitespace included
    std::size_t start = 0;  // byte offsets of the first and last non-space bytes, into the text
    std::size_t end = 0;
    std::size_t indent = 0;  // leading whitespace characters (a tab counts as one)
    std::size_t width = 0;   // characters from the line's start to its end, indent included
    std::size_t first_word_width = 0;
    std::size_t words = 0;
    std::size_t commas = 0;
    bool ends_sentence = false;
    bool ends_clause = false;     // ends with ',' or ';': a list or sentence goes on
    bool chrome = false;          // a markdown-link line or a menu line with separators
    bool starts_uppercase = false;
    bool bullet = false;          // starts with a bullet or a list number ("-", "•", "1.", "(a)")
    bool capitalised_words = false;  // every word starts uppercase, or there is no lowercase letter

    bool blank() const { return start == end; }
    bool short_unterminated() const { return words <= short_line_max_words && !ends_sentence; }
};

// The lines of text, split at \n, \r\n and \r.
std::vector<TextLine> split_lines(std::string_view text);

// Whether text ends a sentence: . ! ? : ; before any closing quotes, brackets or footnote marks.
bool ends_sentence(std::string_view text);

} // namespace plenary::loader
