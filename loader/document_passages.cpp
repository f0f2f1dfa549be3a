#include "document_passages.h"

#include "passage_splitting.h"
#include "utf8_text.h"

#include <algorithm>

namespace plenary::loader {
namespace {

// The offset in the decoded text of block.text[at]: through the anchors, else from the span.
std::uint64_t decoded_offset(const DocumentBlock& block, std::size_t at) {
    const std::vector<OffsetAnchor>& anchors = block.anchors;
    if (anchors.empty()) return block.span->start + at;
    auto after = std::upper_bound(anchors.begin(), anchors.end(), at,
                                  [](std::size_t offset, const OffsetAnchor& anchor) { return offset < anchor.text_offset; });
    if (after == anchors.begin()) return anchors.front().source_offset;
    const OffsetAnchor& before = *std::prev(after);
    const std::uint64_t past = at - before.text_offset;
    if (after == anchors.end()) return before.source_offset + past;
    const std::uint64_t text_gap = after->text_offset - before.text_offset;
    const std::uint64_t source_gap = after->source_offset - before.source_offset;
    return before.source_offset + past * source_gap / text_gap;
}

// Line starts of a decoded text, for the line and column of an offset.
class LineIndex {
public:
    explicit LineIndex(std::string_view text) {
        starts_.push_back(0);
        for (std::size_t at = 0; at < text.size(); ++at) {
            const bool lone_return = text[at] == '\r' && (at + 1 == text.size() || text[at + 1] != '\n');
            if (text[at] == '\n' || lone_return) starts_.push_back(at + 1);
        }
    }

    // The 1-based line of offset, and the offset its line starts at.
    std::pair<std::uint32_t, std::size_t> line_of(std::size_t offset) const {
        const auto line = std::upper_bound(starts_.begin(), starts_.end(), offset) - starts_.begin();
        return {static_cast<std::uint32_t>(line), starts_[static_cast<std::size_t>(line - 1)]};
    }

private:
    std::vector<std::size_t> starts_;
};

void place_in_source(Passage& passage, const DocumentBlock& block, const TextWindow& window,
                     const DecodedText& decoded, const LineIndex& lines) {
    const bool whole_block = window.start == 0 && window.end == block.text.size();
    const std::uint64_t start = whole_block ? block.span->start : decoded_offset(block, window.start);
    const std::uint64_t end = whole_block ? block.span->end : decoded_offset(block, window.end);
    passage.start = decoded.source_offset(start);
    passage.end = decoded.source_offset(end);
    const auto [line, line_start] = lines.line_of(start);
    passage.line = line;
    passage.column = static_cast<std::uint32_t>(*passage.start - decoded.source_offset(line_start) + 1);
}

} // namespace

std::vector<Passage> document_passages(const Document& document, const DecodedText* decoded) {
    const LineIndex lines(decoded ? std::string_view(decoded->text) : std::string_view());
    std::vector<Passage> passages;
    for (const DocumentBlock& block : document.blocks) {
        if (block.role != BlockRole::body) continue;
        for (const TextWindow& window : passage_windows(block.text)) {
            Passage passage;
            passage.ordinal = static_cast<std::uint32_t>(passages.size() + 1);
            passage.text = collapse_whitespace(std::string_view(block.text).substr(window.start, window.end - window.start));
            if (decoded && block.span) place_in_source(passage, block, window, *decoded, lines);
            passage.page = block.position.page;
            passages.push_back(std::move(passage));
        }
    }
    return passages;
}

std::vector<std::string> leading_headings(const Document& document) {
    std::vector<std::string> headings;
    for (const DocumentBlock& block : document.blocks) {
        if (block.role == BlockRole::body) break;
        if (block.role == BlockRole::heading) headings.push_back(collapse_whitespace(block.text));
    }
    return headings;
}

} // namespace plenary::loader
