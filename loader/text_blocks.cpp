#include "text_blocks.h"

#include "utf8_text.h"

#include <array>

namespace plenary::loader {
namespace {

constexpr std::size_t short_line_max_words = 8;

struct Line {
    std::size_t start = 0;  // trimmed
    std::size_t end = 0;
    std::size_t words = 0;
    bool ends_sentence = false;
    bool chrome = false;
    bool starts_uppercase = false;

    bool blank() const { return start == end; }
    bool short_unterminated() const { return words <= short_line_max_words && !ends_sentence; }
};

// Closing quotes, brackets and footnote markers that may follow a sentence's final punctuation.
constexpr std::array<std::string_view, 8> sentence_trailers{"\"", "'", ")", "]", "*", "\u201D", "\u2019", "\u00BB"};

bool ends_sentence(std::string_view line) {
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const std::string_view trailer : sentence_trailers) {
            if (line.ends_with(trailer)) {
                line.remove_suffix(trailer.size());
                stripped = true;
            }
        }
    }
    return !line.empty() && std::string_view(".!?:;").find(line.back()) != std::string_view::npos;
}

// Words inside markdown links' text ("[text](url)") and words outside any link.
struct LinkWords {
    std::size_t inside = 0;
    std::size_t outside = 0;
};

LinkWords markdown_link_words(std::string_view line) {
    LinkWords counted;
    std::size_t gap_start = 0;
    std::size_t at = 0;
    while ((at = line.find('[', at)) != std::string_view::npos) {
        const std::size_t close = line.find(']', at + 1);
        if (close == std::string_view::npos) break;
        if (close + 1 >= line.size() || line[close + 1] != '(') {
            at = close + 1;
            continue;
        }
        const std::size_t url_end = line.find(')', close + 2);
        if (url_end == std::string_view::npos) break;
        counted.outside += count_words(line.substr(gap_start, at - gap_start));
        counted.inside += count_words(line.substr(at + 1, close - at - 1));
        gap_start = at = url_end + 1;
    }
    counted.outside += count_words(line.substr(gap_start));
    return counted;
}

// A line that is mostly markdown links (a breadcrumb, "[Back to Top](#)").
bool is_link_line(std::string_view line) {
    if (line.find("](") == std::string_view::npos) return false;
    const LinkWords words = markdown_link_words(line);
    return words.inside > 0 && words.outside < words.inside;
}

bool space_before(std::string_view line, std::size_t at) {
    return at >= 1 && (line[at - 1] == ' ' || line[at - 1] == '\t' || line.substr(0, at).ends_with("\u00A0"));
}

// Separators of menu items and breadcrumbs: | » › · • and a '>' between spaces.
std::size_t count_menu_separators(std::string_view line) {
    static constexpr std::array<std::string_view, 5> separators{"|", "\u00BB", "\u203A", "\u00B7", "\u2022"};
    std::size_t count = 0;
    for (std::size_t at = 0; at < line.size(); ++at) {
        for (const std::string_view separator : separators) {
            if (line.compare(at, separator.size(), separator) == 0) {
                ++count;
                break;
            }
        }
        if (line[at] == '>' && space_before(line, at) && whitespace_length_at(line, at + 1) != 0)
            ++count;
    }
    return count;
}

// A menu line: several items separated by separators, each item a few words.
bool is_menu_line(std::string_view line, std::size_t words) {
    const std::size_t separators = count_menu_separators(line);
    return separators >= 2 && words <= short_line_max_words * separators;
}

std::vector<Line> split_lines(std::string_view text) {
    std::vector<Line> lines;
    std::size_t begin = 0;
    while (begin <= text.size()) {
        std::size_t end = text.find_first_of("\r\n", begin);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view trimmed = trim_whitespace(text.substr(begin, end - begin));
        Line line;
        line.start = static_cast<std::size_t>(trimmed.data() - text.data());
        line.end = line.start + trimmed.size();
        line.words = count_words(trimmed);
        line.ends_sentence = ends_sentence(trimmed);
        line.chrome = is_link_line(trimmed) || is_menu_line(trimmed, line.words);
        line.starts_uppercase = starts_uppercase(trimmed);
        lines.push_back(line);
        if (end == text.size()) break;
        begin = end + (text.compare(end, 2, "\r\n") == 0 ? 2 : 1);
    }
    return lines;
}

// Several lines of which most are short and followed by a capitalised line: a menu or a
// page header. Hard-wrapped prose continues mid-sentence, usually in lowercase.
bool is_link_list(const std::vector<Line>& lines, std::size_t first, std::size_t last) {
    std::size_t breaks = 0, list_breaks = 0;
    for (std::size_t i = first; i < last; ++i) {
        ++breaks;
        if (lines[i].short_unterminated() && lines[i + 1].starts_uppercase) ++list_breaks;
    }
    return list_breaks * 2 >= breaks;
}

BlockKind classify(const Block& block, bool chrome_line, bool link_list) {
    if (chrome_line) return BlockKind::chrome;
    if (link_list) return BlockKind::link_list;
    if (block.ends_sentence) return BlockKind::prose;
    return block.words <= short_line_max_words ? BlockKind::short_line : BlockKind::unterminated;
}

// The block made of the consecutive non-blank lines [first, last].
Block make_block(const std::vector<Line>& lines, std::size_t first, std::size_t last) {
    Block block;
    block.start = lines[first].start;
    block.end = lines[last].end;
    for (std::size_t i = first; i <= last; ++i) block.words += lines[i].words;
    const bool chrome_line = lines[first].chrome;  // a chrome line is always a block of its own
    block.ends_sentence = lines[last].ends_sentence;
    block.kind = classify(block, chrome_line, last > first && is_link_list(lines, first, last));
    return block;
}

struct LineRange {
    std::size_t first;
    std::size_t last;
};

std::vector<LineRange> group_lines(const std::vector<Line>& lines) {
    std::vector<LineRange> groups;
    std::size_t i = 0;
    while (i < lines.size()) {
        if (lines[i].blank()) {
            ++i;
            continue;
        }
        std::size_t last = i;
        if (!lines[i].chrome) {
            while (!lines[last].ends_sentence && last + 1 < lines.size() && !lines[last + 1].blank() &&
                   !lines[last + 1].chrome)
                ++last;
        }
        groups.push_back({i, last});
        i = last + 1;
    }
    return groups;
}

bool is_broken_paragraph(const Block& block, const Block& next, std::string_view text) {
    return !is_chrome(block.kind) && !is_chrome(next.kind) && !block.ends_sentence &&
           starts_lowercase(text.substr(next.start, next.end - next.start));
}

// Neither part is chrome and the blank line between them adds no line break to the
// link-list test, so the joined block is classified by its words and ending alone.
void append_broken_paragraph(Block& block, const Block& rest) {
    block.end = rest.end;
    block.words += rest.words;
    block.ends_sentence = rest.ends_sentence;
    block.kind = classify(block, false, false);
}

} // namespace

std::vector<Block> split_blocks(std::string_view text) {
    const std::vector<Line> lines = split_lines(text);
    std::vector<Block> blocks;
    for (const LineRange& group : group_lines(lines)) {
        const Block block = make_block(lines, group.first, group.last);
        if (!blocks.empty() && is_broken_paragraph(blocks.back(), block, text))
            append_broken_paragraph(blocks.back(), block);
        else
            blocks.push_back(block);
    }
    return blocks;
}

} // namespace plenary::loader
