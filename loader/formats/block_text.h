// What the markup readers (HTML, Markdown) share: building a block's plain text from pieces of
// the source with whitespace collapsed and anchors back to the source, and finding a block's
// line and column from its offset.
#pragma once

#include "decoding.h"
#include "document.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plenary::loader {

// Accumulates one block's text. Every run of whitespace (no-break spaces included) becomes one
// space, and the text is trimmed; the block's span runs from the first piece's source to the
// last piece's end.
class BlockTextBuilder {
public:
    // Offsets handed to the builder are clamped to a source of source_size bytes.
    explicit BlockTextBuilder(std::uint64_t source_size) : source_size_(source_size) {}

    // A piece copied byte for byte from the source at source_offset: an anchor at every word.
    void append_verbatim(std::string_view piece, std::uint64_t source_offset);
    // A piece that differs from its source bytes [source_begin, source_end) (entities decoded,
    // escapes removed): anchors at its start and end only.
    void append_mapped(std::string_view piece, std::uint64_t source_begin, std::uint64_t source_end);
    // A piece decoded from the source bytes original at source_offset (entities, escapes): anchored
    // word by word where both break into as many words at ASCII whitespace (entities and escapes
    // hold none), else at its start and end.
    void append_aligned(std::string_view piece, std::string_view original, std::uint64_t source_offset);
    // A word break that is not in the text (a line break, a soft break).
    void append_space() { pending_space_ = !text_.empty(); }

    bool empty() const { return text_.empty(); }
    std::size_t words() const { return words_; }
    std::string_view text() const { return text_; }

    // The block built so far (text, span, anchors; no position), and a fresh start.
    DocumentBlock take();

private:
    bool append_bytes(std::string_view piece, std::uint64_t source_offset, bool verbatim);
    void append_word_byte(char byte, std::uint64_t source_offset, bool anchor);
    void add_anchor(std::uint64_t source_offset);

    std::uint64_t source_size_;
    std::string text_;
    std::vector<OffsetAnchor> anchors_;
    std::uint64_t source_end_ = 0;
    std::size_t words_ = 0;
    bool pending_space_ = false;
};

// Lines of a text: 1-based line and byte column of an offset, and the offset of a line and column.
class LineIndex {
public:
    explicit LineIndex(std::string_view text);
    SourcePosition position_of(std::uint64_t offset) const;
    // The offset of a 1-based line and byte column, clamped to the text.
    std::uint64_t offset_of(int line, int column) const;

private:
    std::vector<std::uint64_t> line_starts_;  // a line ends at "\n", "\r\n" or a lone "\r"
    std::uint64_t size_;
};

// Sets each block's position from the start of its span.
void set_positions(std::vector<DocumentBlock>& blocks, const LineIndex& lines);

// Throws LoadError("empty file") for text with nothing but whitespace.
void require_text(const DecodedText& text);

// Throws LoadError when the document has no body block: "no body text (2 headings, 7 blocks of
// page chrome)".
void require_body(const Document& document);

// The words of a block, an item or an element, how many of them lie inside links, and how
// many links there are.
struct LinkCounts {
    std::size_t words = 0;
    std::size_t link_words = 0;
    std::size_t links = 0;
};

// A line of links alone, as "Print | Share" or "Back to top": a few words (12 at most), all
// inside links. Empty when counts are not such a line, else the reason: "link line: 2 links,
// no words outside them".
std::string link_line_reason(const LinkCounts& counts);

// A list made of links (a menu, a breadcrumb): at least two of its items, and two thirds of
// them, have half or more of their words inside links. Empty when items are not such a
// list, else the reason: "link list: 8 links, 2 words outside them".
std::string link_list_reason(const std::vector<LinkCounts>& items);

// The words of a block that are letters or digits, not punctuation alone ("»", "|", "–").
std::size_t count_text_words(std::string_view text);

} // namespace plenary::loader
