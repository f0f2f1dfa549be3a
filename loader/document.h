// What a format reader makes of a source file: its text as blocks in reading order, each
// with where it came from and what it is (body, title, chrome and why). Every format (plain
// text, Markdown, HTML, PDF) produces one; cutting the body into passages and reading the
// meeting's metadata work on it alone, whatever the format was.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace plenary::loader {

// Bytes [start, end) of the source file.
struct SourceSpan {
    std::uint64_t start = 0;
    std::uint64_t end = 0;
};

// Where a block starts in the source: a 1-based line and byte column for text formats, a
// 1-based page for PDF (0 where it does not apply).
struct SourcePosition {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    std::uint32_t page = 0;
};

// A point where a block's text and its source agree: text[text_offset] comes from source byte
// source_offset. Sorted by both; between two anchors the mapping is taken as linear.
struct OffsetAnchor {
    std::uint32_t text_offset = 0;
    std::uint64_t source_offset = 0;
};

enum class BlockRole {
    body,     // a paragraph or list item of the communiqué: becomes passages
    heading,  // a heading of the document (title, dateline, subheading): metadata, not passages
    chrome,   // navigation, page furniture, scripts: dropped, with the reason
};

struct DocumentBlock {
    std::string text;                  // plain text, markup gone, entities decoded, whitespace collapsed
    BlockRole role = BlockRole::body;
    std::string reason;                // why a heading or chrome block was judged so, for --explain
    std::optional<SourceSpan> span;    // none for PDF
    SourcePosition position;
    std::vector<OffsetAnchor> anchors; // optional finer mapping of text to source, for windows of long blocks
};

struct Document {
    std::string format;                // "text", "markdown", "html", "pdf"
    std::string encoding;              // as read: "UTF-8", "UTF-16LE", "ISO-8859-1 (guessed)", ...
    std::vector<DocumentBlock> blocks; // in reading order, chrome included
    std::string title;                 // the document's own title where it states one (<title>, PDF info), else empty
    std::size_t invalid_bytes = 0;     // bytes that could not be decoded, replaced by spaces
};

} // namespace plenary::loader
