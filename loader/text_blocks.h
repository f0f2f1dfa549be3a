// A text's lines grouped into blocks (paragraphs, headings, web chrome), with a
// classification made from the text's structure alone.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "text_lines.h"

namespace plenary::loader {

enum class BlockKind {
    prose,         // ends a sentence
    unterminated,  // more than a few words, no sentence punctuation at the end
    short_line,    // a few words without sentence punctuation: a heading, a date or a link
    link_list,     // several short lines in a row: a menu or a page header
    chrome,        // a markdown-link line or a menu line with separators
};

struct Block {
    std::size_t first_line = 0;  // lines [first_line, last_line]; skipped lines inside are not its text
    std::size_t last_line = 0;
    std::size_t start = 0;  // byte offsets of the block's first and last non-space bytes
    std::size_t end = 0;
    std::size_t words = 0;
    bool ends_sentence = false;
    BlockKind kind = BlockKind::prose;
};

// How a text is wrapped. Hard-wrapped text (lines of at most about 100 characters, most of
// them near one width) ends a paragraph where a line that ends a sentence leaves room for
// the next line's first word, or where the next line is indented or bulleted; other text
// ends one at every line break after a sentence.
struct WrapGeometry {
    bool hard_wrapped = false;
    std::size_t width = 0;   // the usual width of a full line, in characters
    std::size_t margin = 0;  // the usual indent
};

// Splits text into blocks: a blank line ends a block, and so does a paragraph end that the
// wrap geometry shows; other line breaks join hard-wrapped lines. A chrome line is a block of
// its own. Lines marked skipped (page furniture) are passed over; a block broken by them or by
// a stray blank line mid-sentence (the next block starts in lowercase, or only skipped lines
// lie between) is rejoined to the next one.
std::vector<Block> split_blocks(std::string_view text, const std::vector<TextLine>& lines,
                                const std::vector<bool>& skipped);

WrapGeometry wrap_geometry(const std::vector<TextLine>& lines, const std::vector<bool>& skipped);

// What a block of words is by its ending and length alone (no chrome or menu evidence).
BlockKind kind_of_paragraph(std::size_t words, bool ends_sentence);

inline bool is_chrome(BlockKind kind) {
    return kind == BlockKind::chrome || kind == BlockKind::link_list;
}

} // namespace plenary::loader
