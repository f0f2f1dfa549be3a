// A text's lines grouped into blocks (paragraphs, headings, web chrome), with a
// classification made from the text's structure alone.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace plenary::loader {

enum class BlockKind {
    prose,         // ends a sentence
    unterminated,  // more than a few words, no sentence punctuation at the end
    short_line,    // a few words without sentence punctuation: a heading, a date or a link
    link_list,     // several short lines in a row: a menu or a page header
    chrome,        // a markdown-link line or a menu line with separators
};

struct Block {
    std::size_t start = 0;  // byte offsets of the block's first and last non-space bytes
    std::size_t end = 0;
    std::size_t words = 0;
    bool ends_sentence = false;
    BlockKind kind = BlockKind::prose;
};

// Splits text into blocks: a blank line ends a block, and so does a line break after
// a line that ends a sentence; other line breaks join hard-wrapped lines. A chrome line
// is a block of its own. A block broken mid-sentence by a stray blank line (it does not
// end a sentence and the next block starts in lowercase) is rejoined to the next one.
std::vector<Block> split_blocks(std::string_view text);

inline bool is_chrome(BlockKind kind) {
    return kind == BlockKind::chrome || kind == BlockKind::link_list;
}

} // namespace plenary::loader
