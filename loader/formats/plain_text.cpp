// Plain text: lines grouped into paragraphs by blank lines or by their geometry, page furniture
// dropped, web chrome and the headings around the statement told apart from its body.
#include "readers.h"

#include "body_detection.h"
#include "line_joining.h"
#include "page_furniture.h"
#include "text_blocks.h"
#include "utf8_text.h"

#include <algorithm>
#include <optional>

namespace plenary::loader {
namespace {

class PlainTextReader {
public:
    explicit PlainTextReader(std::string_view text)
        : text_(text), lines_(split_lines(text)), furniture_(find_page_furniture(text, lines_)), hyphens_(text) {
        for (const std::string& reason : furniture_) skipped_.push_back(!reason.empty());
    }

    Document read() {
        const std::vector<Block> blocks = split_blocks(text_, lines_, skipped_);
        const std::optional<BodyLayout> body = find_body(blocks);
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            add_furniture_before(blocks[i].first_line);
            const BlockRoleAndReason role = role_of_block(blocks, i, body);
            add_block(blocks[i], role.role, role.reason);
            add_furniture_before(blocks[i].last_line + 1);
        }
        add_furniture_before(lines_.size());
        document_.format = "text";
        return std::move(document_);
    }

private:
    SourcePosition position_of(std::size_t line) const {
        return {static_cast<std::uint32_t>(line + 1), static_cast<std::uint32_t>(lines_[line].start - lines_[line].begin + 1), 0};
    }

    void add_block(const Block& block, BlockRole role, const char* reason) {
        std::vector<SourceLine> lines;
        for (std::size_t i = block.first_line; i <= block.last_line; ++i) {
            if (skipped_[i] || lines_[i].blank()) continue;
            lines.push_back({text_.substr(lines_[i].start, lines_[i].end - lines_[i].start), lines_[i].start});
        }
        JoinedText joined = join_lines(lines, hyphens_);
        document_.blocks.push_back(DocumentBlock{std::move(joined.text), role, reason, SourceSpan{block.start, block.end},
                                                 position_of(block.first_line), std::move(joined.anchors)});
    }

    // Page furniture lines before line `end` not told yet, as chrome blocks of their own.
    void add_furniture_before(std::size_t end) {
        for (; next_furniture_ < end; ++next_furniture_) {
            if (!skipped_[next_furniture_]) continue;
            const TextLine& line = lines_[next_furniture_];
            document_.blocks.push_back(DocumentBlock{collapse_whitespace(text_.substr(line.start, line.end - line.start)),
                                                     BlockRole::chrome, furniture_[next_furniture_],
                                                     SourceSpan{line.start, line.end}, position_of(next_furniture_), {}});
        }
    }

    std::string_view text_;
    std::vector<TextLine> lines_;
    std::vector<std::string> furniture_;
    std::vector<bool> skipped_;
    LineEndHyphens hyphens_;
    Document document_;
    std::size_t next_furniture_ = 0;
};

} // namespace

Document read_plain_text(const DecodedText& text) { return PlainTextReader(text.text).read(); }

} // namespace plenary::loader
