#include "text_lines.h"

#include "utf8_text.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace plenary::loader {
namespace {

// Closing quotes, brackets and footnote markers that may follow a sentence's final punctuation.
constexpr std::array<std::string_view, 8> sentence_trailers{"\"", "'", ")", "]", "*", "\u201D", "\u2019", "\u00BB"};

// Words inside markdown links' text ("[text](url)") and words outside any link. A link that a
// hard wrap cut in two counts on both lines: "… [Bureau of" and "Nonproliferation](#) …".
struct LinkWords {
    std::size_t inside = 0;
    std::size_t outside = 0;
};

LinkWords markdown_link_words(std::string_view line) {
    LinkWords counted;
    std::size_t gap_start = 0;
    std::size_t at = 0;
    if (const std::size_t tail = line.find("]("); tail < line.find('[')) {
        if (const std::size_t url_end = line.find(')', tail + 2); url_end != std::string_view::npos) {
            counted.inside += count_words(line.substr(0, tail));
            gap_start = at = url_end + 1;
        }
    }
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
    const std::size_t open_link = at == std::string_view::npos ? line.size() : at;
    counted.outside += count_words(line.substr(gap_start, open_link - gap_start));
    if (open_link < line.size()) counted.inside += count_words(line.substr(open_link + 1));
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

std::size_t characters_in(std::string_view text) {
    std::size_t characters = 0;
    for (const char c : text) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return characters;
}

bool is_list_label(std::string_view label) {
    const auto all = [&](int (*test)(int)) {
        return std::all_of(label.begin(), label.end(), [&](char c) { return test(static_cast<unsigned char>(c)) != 0; });
    };
    return !label.empty() && label.size() <= 3 && (all(std::isdigit) || all(std::islower));
}

// "-", "*", "•", "–" followed by a space, or "1." / "1)" / "(a)" / "a)" followed by a space.
bool starts_with_bullet(std::string_view line) {
    for (const std::string_view mark : {"- ", "* ", "\u2022 ", "\u2013 ", "\u00B7 "})
        if (line.starts_with(mark)) return true;
    const std::size_t label_start = line.starts_with("(") ? 1 : 0;
    const std::size_t label_end = line.find_first_of(".)", label_start);
    if (label_end == std::string_view::npos || label_end + 1 >= line.size() || line[label_end + 1] != ' ') return false;
    const std::string_view label = line.substr(label_start, label_end - label_start);
    const bool closed = line[label_end] == ')' && (label_start == 1 || is_list_label(label));
    const bool numbered = line[label_end] == '.' && label_start == 0 && !label.empty() && std::isdigit(static_cast<unsigned char>(label[0]));
    return is_list_label(label) && (closed || numbered);
}

// Every word longer than three letters starts uppercase ("Public Statement of the Plenary"),
// which an all-caps line satisfies too.
bool has_capitalised_words(std::string_view line) {
    bool capitalised = true;
    for_each_word(line, [&](std::size_t, std::string_view word) {
        if (word.size() > 3 && starts_lowercase(word)) capitalised = false;
    });
    return capitalised;
}

TextLine describe_line(std::string_view text, std::size_t begin, std::size_t end) {
    const std::string_view raw = text.substr(begin, end - begin);
    const std::string_view trimmed = trim_whitespace(raw);
    TextLine line;
    line.begin = begin;
    line.start = static_cast<std::size_t>(trimmed.data() - text.data());
    line.end = line.start + trimmed.size();
    line.indent = characters_in(raw.substr(0, line.start - begin));
    line.width = line.indent + characters_in(trimmed);
    line.first_word_width = characters_in(trimmed.substr(0, trimmed.find(' ')));
    line.words = count_words(trimmed);
    line.commas = static_cast<std::size_t>(std::count(trimmed.begin(), trimmed.end(), ','));
    line.ends_sentence = ends_sentence(trimmed);
    line.ends_clause = trimmed.ends_with(',') || trimmed.ends_with(';');
    line.chrome = is_link_line(trimmed) || is_menu_line(trimmed, line.words);
    line.starts_uppercase = starts_uppercase(trimmed);
    line.bullet = starts_with_bullet(trimmed);
    line.capitalised_words = has_capitalised_words(trimmed);
    return line;
}

} // namespace

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

std::vector<TextLine> split_lines(std::string_view text) {
    std::vector<TextLine> lines;
    std::size_t begin = 0;
    while (begin <= text.size()) {
        std::size_t end = text.find_first_of("\r\n", begin);
        if (end == std::string_view::npos) end = text.size();
        lines.push_back(describe_line(text, begin, end));
        if (end == text.size()) break;
        begin = end + (text.compare(end, 2, "\r\n") == 0 ? 2 : 1);
    }
    return lines;
}

} // namespace plenary::loader
