// Which words of a long passage a terminal shows: a window that holds its best group of matches.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "plenary/highlighter.h"

namespace plenary {

// [begin, end) bytes of one space-separated word of a passage's text.
struct TextWord {
    std::uint32_t begin;
    std::uint32_t end;
};

// The words of text (whitespace-normalized: words separated by single spaces).
std::vector<TextWord> split_words(std::string_view text);

// The run of at most `size` words [first, last) to show of words: around a phrase match (a
// highlight over several words) if there is one, else around the words that match the most
// distinct query words (as written, case aside) closest together; it starts a few words before
// that group so the match is read in context. Without highlights, the first words.
std::pair<std::size_t, std::size_t> best_window(std::string_view text, const std::vector<TextWord>& words,
                                                const std::vector<Highlight>& highlights, std::size_t size);

} // namespace plenary
