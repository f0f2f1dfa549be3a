#include "block_text.h"

#include "utf8_text.h"

#include <plenary/communique.h>

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace plenary::loader {

void BlockTextBuilder::append_verbatim(std::string_view piece, std::uint64_t source_offset) {
    append_bytes(piece, source_offset, true);
}

void BlockTextBuilder::append_mapped(std::string_view piece, std::uint64_t source_begin, std::uint64_t source_end) {
    if (source_size_ == 0) return;
    source_begin = std::min(source_begin, source_size_ - 1);
    if (append_bytes(piece, source_begin, false))
        source_end_ = std::max(source_end_, std::clamp(source_end, source_begin + 1, source_size_));
}

// Byte i of a verbatim piece comes from source_offset + i, with an anchor at each word; all of
// another piece is placed at source_offset. Returns whether the piece had any word.
bool BlockTextBuilder::append_bytes(std::string_view piece, std::uint64_t source_offset, bool verbatim) {
    bool piece_started = false;
    for (std::size_t at = 0; at < piece.size();) {
        if (const std::size_t space = whitespace_length_at(piece, at)) {
            append_space();
            at += space;
            continue;
        }
        const bool word_start = pending_space_ || text_.empty();
        append_word_byte(piece[at], verbatim ? source_offset + at : source_offset,
                         !piece_started || (verbatim && word_start));
        piece_started = true;
        ++at;
    }
    return piece_started;
}

namespace {

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::vector<std::string_view> ascii_words(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t at = 0;
    while (at < text.size()) {
        while (at < text.size() && is_ascii_space(text[at])) ++at;
        const std::size_t start = at;
        while (at < text.size() && !is_ascii_space(text[at])) ++at;
        if (at > start) words.push_back(text.substr(start, at - start));
    }
    return words;
}

} // namespace

void BlockTextBuilder::append_aligned(std::string_view piece, std::string_view original, std::uint64_t source_offset) {
    if (piece == original) return append_verbatim(piece, source_offset);
    const std::vector<std::string_view> words = ascii_words(piece);
    const std::vector<std::string_view> sources = ascii_words(original);
    if (words.size() != sources.size()) return append_mapped(piece, source_offset, source_offset + original.size());
    if (!piece.empty() && is_ascii_space(piece.front())) append_space();
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0) append_space();
        const std::uint64_t source = source_offset + static_cast<std::uint64_t>(sources[i].data() - original.data());
        if (words[i] == sources[i]) append_verbatim(words[i], source);
        else append_mapped(words[i], source, source + sources[i].size());
    }
    if (!piece.empty() && is_ascii_space(piece.back())) append_space();
}

void BlockTextBuilder::append_word_byte(char byte, std::uint64_t source_offset, bool anchor) {
    if (pending_space_ || text_.empty()) ++words_;
    if (pending_space_) text_.push_back(' ');
    pending_space_ = false;
    if (anchor) add_anchor(source_offset);
    text_.push_back(byte);
    source_end_ = std::max(source_end_, source_offset + 1);
}

void BlockTextBuilder::add_anchor(std::uint64_t source_offset) {
    const auto text_offset = static_cast<std::uint32_t>(text_.size());
    if (!anchors_.empty() &&
        (anchors_.back().text_offset >= text_offset || anchors_.back().source_offset >= source_offset))
        return;
    anchors_.push_back({text_offset, source_offset});
}

DocumentBlock BlockTextBuilder::take() {
    DocumentBlock block;
    if (!text_.empty() && !anchors_.empty()) {
        block.span = SourceSpan{anchors_.front().source_offset, source_end_};
        if (source_end_ > anchors_.back().source_offset)
            anchors_.push_back({static_cast<std::uint32_t>(text_.size()), source_end_});
    }
    block.text = std::move(text_);
    block.anchors = std::move(anchors_);
    *this = BlockTextBuilder(source_size_);
    return block;
}

LineIndex::LineIndex(std::string_view text) : line_starts_{0}, size_(text.size()) {
    for (std::size_t at = 0; at < text.size(); ++at) {
        const bool crlf = text[at] == '\r' && at + 1 < text.size() && text[at + 1] == '\n';
        if ((text[at] == '\n' || text[at] == '\r') && !crlf) line_starts_.push_back(at + 1);
    }
}

SourcePosition LineIndex::position_of(std::uint64_t offset) const {
    const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const auto line = static_cast<std::size_t>(after - line_starts_.begin());
    SourcePosition position;
    position.line = static_cast<std::uint32_t>(line);
    position.column = static_cast<std::uint32_t>(offset - line_starts_[line - 1] + 1);
    return position;
}

std::uint64_t LineIndex::offset_of(int line, int column) const {
    if (line < 1) return 0;
    if (static_cast<std::size_t>(line) > line_starts_.size()) return size_;
    const std::uint64_t start = line_starts_[static_cast<std::size_t>(line) - 1];
    return std::min<std::uint64_t>(start + static_cast<std::uint64_t>(std::max(column, 1) - 1), size_);
}

void set_positions(std::vector<DocumentBlock>& blocks, const LineIndex& lines) {
    for (DocumentBlock& block : blocks)
        if (block.span) block.position = lines.position_of(block.span->start);
}

void require_text(const DecodedText& text) {
    if (trim_whitespace(text.text).empty()) throw LoadError("empty file");
}

void require_body(const Document& document) {
    const auto count = [&](BlockRole role) {
        return std::count_if(document.blocks.begin(), document.blocks.end(),
                             [&](const DocumentBlock& block) { return block.role == role; });
    };
    if (count(BlockRole::body) > 0) return;
    throw LoadError("no body text (" + std::to_string(count(BlockRole::heading)) + " headings, " +
                    std::to_string(count(BlockRole::chrome)) + " blocks of page chrome)");
}

std::string link_line_reason(const LinkCounts& counts) {
    constexpr std::size_t most_words = 12;
    if (counts.links == 0 || counts.link_words < counts.words || counts.words > most_words) return "";
    return "link line: " + std::to_string(counts.links) + " links, no words outside them";
}

std::string link_list_reason(const std::vector<LinkCounts>& items) {
    std::size_t with_words = 0, of_links = 0;
    LinkCounts total;
    for (const LinkCounts& item : items) {
        total.words += item.words;
        total.link_words += item.link_words;
        total.links += item.links;
        if (item.words == 0) continue;
        ++with_words;
        if (item.links > 0 && item.link_words * 2 >= item.words) ++of_links;
    }
    if (of_links < 2 || of_links * 3 < with_words * 2) return "";
    return "link list: " + std::to_string(total.links) + " links, " + std::to_string(total.words - total.link_words) +
           " words outside them";
}

namespace {

bool has_letter_or_digit(std::string_view word) {
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(word.data());
    const auto length = static_cast<std::int32_t>(word.size());
    for (std::int32_t at = 0; at < length;) {
        UChar32 c;
        U8_NEXT(bytes, at, length, c);
        if (c >= 0 && u_isalnum(c)) return true;
    }
    return false;
}

} // namespace

std::size_t count_text_words(std::string_view text) {
    std::size_t words = 0;
    for_each_word(text, [&](std::size_t, std::string_view word) { words += has_letter_or_digit(word) ? 1 : 0; });
    return words;
}

} // namespace plenary::loader
