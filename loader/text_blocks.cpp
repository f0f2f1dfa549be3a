#include "text_blocks.h"

#include "utf8_text.h"

#include <algorithm>
#include <map>

namespace plenary::loader {
namespace {

constexpr std::size_t hard_wrap_max_width = 100;
constexpr std::size_t geometry_min_lines = 3;
// Room a line must leave beyond its next line's first word to read as a paragraph's last line:
// a twentieth of the width absorbs the unevenness of text pasted from proportional type.
constexpr std::size_t room_slack_divisor = 20;

// A line near the usual width of hard-wrapped text.
bool is_full(const TextLine& line, const WrapGeometry& geometry) {
    return geometry.hard_wrapped && line.width * 10 >= geometry.width * 7;
}

// Several lines of which most are short, capitalised like menu items and followed by a
// capitalised line: a menu or a page header. Hard-wrapped prose continues mid-sentence in full
// lines to a sentence's end, and a line with commas (a list of countries) or ending in one continues a list.
bool is_link_list(const std::vector<TextLine>& lines, const std::vector<bool>& skipped, const WrapGeometry& geometry,
                  std::size_t first, std::size_t last) {
    std::size_t breaks = 0, list_breaks = 0;
    std::size_t previous = first;
    for (std::size_t i = first + 1; i <= last; ++i) {
        if (skipped[i]) continue;
        const TextLine& line = lines[previous];
        ++breaks;
        const bool list_of_names = line.ends_clause || line.commas >= 2;
        const bool prose_line = lines[last].ends_sentence && is_full(line, geometry);
        const bool menu_item = line.short_unterminated() && line.capitalised_words && !prose_line;
        if (menu_item && !list_of_names && lines[i].starts_uppercase)
            ++list_breaks;
        previous = i;
    }
    return breaks > 0 && list_breaks * 2 >= breaks;
}

BlockKind classify(const Block& block, bool chrome_line, bool link_list) {
    if (chrome_line) return BlockKind::chrome;
    if (link_list) return BlockKind::link_list;
    return kind_of_paragraph(block.words, block.ends_sentence);
}

// The block made of the non-blank lines [first, last], skipped lines aside.
Block make_block(const std::vector<TextLine>& lines, const std::vector<bool>& skipped, const WrapGeometry& geometry,
                 std::size_t first, std::size_t last) {
    Block block{first, last, lines[first].start, lines[last].end};
    for (std::size_t i = first; i <= last; ++i)
        if (!skipped[i]) block.words += lines[i].words;
    block.ends_sentence = lines[last].ends_sentence;
    block.kind = classify(block, lines[first].chrome, is_link_list(lines, skipped, geometry, first, last));
    return block;
}

struct LineRange {
    std::size_t first;
    std::size_t last;
};

class LineGrouping {
public:
    LineGrouping(const std::vector<TextLine>& lines, const std::vector<bool>& skipped, const WrapGeometry& geometry)
        : lines_(lines), skipped_(skipped), geometry_(geometry) {}

    std::vector<LineRange> groups() const {
        std::vector<LineRange> groups;
        for (std::size_t i = next_line(0); i < lines_.size();) {
            std::size_t last = i;
            for (std::size_t next = next_line(last + 1); continues(i, last, next); next = next_line(last + 1))
                last = next;
            groups.push_back({i, last});
            i = next_line(last + 1);
        }
        return groups;
    }

private:
    // The first line at or after i that is neither blank nor skipped.
    std::size_t next_line(std::size_t i) const {
        while (i < lines_.size() && (lines_[i].blank() || skipped_[i])) ++i;
        return i;
    }

    bool blank_between(std::size_t last, std::size_t next) const {
        for (std::size_t i = last + 1; i < next; ++i)
            if (lines_[i].blank()) return true;
        return false;
    }

    bool leaves_room(const TextLine& line, const TextLine& next) const {
        return line.width + 1 + next.first_word_width + geometry_.width / room_slack_divisor <= geometry_.width;
    }

    // Whether line next continues the block [first, last].
    bool continues(std::size_t first, std::size_t last, std::size_t next) const {
        if (next >= lines_.size() || blank_between(last, next)) return false;
        const TextLine& line = lines_[last];
        const TextLine& following = lines_[next];
        if (line.chrome || following.chrome) return false;
        if (!geometry_.hard_wrapped) return !line.ends_sentence;
        if (following.bullet || following.indent > geometry_.margin) return false;
        const bool heading = first == last && line.capitalised_words && !line.ends_clause && is_full(following, geometry_);
        return !((line.ends_sentence || heading) && leaves_room(line, following));
    }

    const std::vector<TextLine>& lines_;
    const std::vector<bool>& skipped_;
    const WrapGeometry& geometry_;
};

bool skipped_between(const Block& block, const Block& next, const std::vector<bool>& skipped) {
    return std::any_of(skipped.begin() + static_cast<std::ptrdiff_t>(block.last_line),
                       skipped.begin() + static_cast<std::ptrdiff_t>(next.first_line),
                       [](bool line_skipped) { return line_skipped; });
}

bool is_broken_paragraph(const Block& block, const Block& next, std::string_view text, const std::vector<bool>& skipped) {
    return !is_chrome(block.kind) && !is_chrome(next.kind) && !block.ends_sentence &&
           (starts_lowercase(text.substr(next.start, next.end - next.start)) || skipped_between(block, next, skipped));
}

// Neither part is chrome and the blank line between them adds no line break to the
// link-list test, so the joined block is classified by its words and ending alone.
void append_broken_paragraph(Block& block, const Block& rest) {
    block.last_line = rest.last_line;
    block.end = rest.end;
    block.words += rest.words;
    block.ends_sentence = rest.ends_sentence;
    block.kind = classify(block, false, false);
}

} // namespace

BlockKind kind_of_paragraph(std::size_t words, bool ends_sentence) {
    if (ends_sentence) return BlockKind::prose;
    return words <= short_line_max_words ? BlockKind::short_line : BlockKind::unterminated;
}

WrapGeometry wrap_geometry(const std::vector<TextLine>& lines, const std::vector<bool>& skipped) {
    std::vector<std::size_t> widths;
    std::map<std::size_t, std::size_t> indents;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].blank() || skipped[i] || lines[i].chrome || lines[i].words < 2) continue;
        widths.push_back(lines[i].width);
        ++indents[lines[i].indent];
    }
    WrapGeometry geometry;
    if (widths.size() < geometry_min_lines) return geometry;
    std::sort(widths.begin(), widths.end());
    geometry.width = widths[widths.size() * 9 / 10];
    geometry.margin = std::max_element(indents.begin(), indents.end(), [](const auto& a, const auto& b) {
                          return a.second < b.second;
                      })->first;
    const auto full = std::count_if(widths.begin(), widths.end(),
                                    [&](std::size_t width) { return width * 10 >= geometry.width * 7; });
    geometry.hard_wrapped = geometry.width <= hard_wrap_max_width && static_cast<std::size_t>(full) * 2 >= widths.size();
    return geometry;
}

std::vector<Block> split_blocks(std::string_view text, const std::vector<TextLine>& lines,
                                const std::vector<bool>& skipped) {
    std::vector<Block> blocks;
    const WrapGeometry geometry = wrap_geometry(lines, skipped);
    for (const LineRange& group : LineGrouping(lines, skipped, geometry).groups()) {
        const Block block = make_block(lines, skipped, geometry, group.first, group.last);
        if (!blocks.empty() && is_broken_paragraph(blocks.back(), block, text, skipped))
            append_broken_paragraph(blocks.back(), block);
        else
            blocks.push_back(block);
    }
    return blocks;
}

} // namespace plenary::loader
