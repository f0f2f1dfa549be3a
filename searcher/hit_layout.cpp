// print_hit: a hit laid out for a terminal.
#include <fmt/format.h>

#include <algorithm>

#include "highlighted_text.h"
#include "line_wrapper.h"
#include "match_window.h"
#include "plenary/hit_output.h"
#include "text_width.h"

namespace plenary {

namespace {

constexpr std::size_t window_words = 60;  // words shown around the matches
constexpr std::size_t whole_up_to = 80;   // passages this short are always shown whole
constexpr std::size_t min_width = 40;

void print_heading(std::ostream& out, const Hit& hit, const TerminalStyle& style, std::size_t width) {
    LineWrapper heading(out, width, {"", 0}, {"    ", 4});
    auto piece = [&](const std::string& text, std::string_view color_code, std::size_t spaces = 2) {
        heading.add(paint(text, color_code, style.color), display_width(text), spaces);
    };
    piece(source_location(*hit.communique, hit.passage), colors::location);
    piece(communique_label(*hit.communique), colors::heading);
    piece(hit.passage.passage_id, colors::detail);
    const auto& tags = hit.passage.tags;
    for (std::size_t i = 0; i < tags.size(); ++i) {
        piece(fmt::format("{}{}{}", i == 0 ? "[" : "", tags[i], i + 1 == tags.size() ? "]" : ","), colors::tag, i == 0 ? 2 : 1);
    }
    if (hit.partial()) piece(fmt::format("{} of {} words", hit.matched.size(), hit.query_words), colors::detail);
    piece(fmt::format("score {:.3f}", hit.score), colors::detail);
    heading.finish();
}

struct TextStyle {
    bool color = false;
    bool full = false;
    bool dimmed = false;  // context: every word dimmed, nothing highlighted
};

// The passage's words (or a window of them) wrapped under the indent.
void print_text(std::string_view text, const std::vector<Highlight>& highlights, const TextStyle& style, LineWrapper&& lines) {
    auto words = split_words(text);
    std::size_t first = 0;
    std::size_t last = words.size();
    if (!style.full && words.size() > whole_up_to) std::tie(first, last) = best_window(text, words, highlights, window_words);
    if (first > 0) lines.add("…", 1);
    for (std::size_t i = first; i < last; ++i) {
        std::string_view word = text.substr(words[i].begin, words[i].end - words[i].begin);
        std::string rendered = style.dimmed ? paint(word, colors::detail, style.color)
                                            : render_word(text, words[i], highlights, style.color);
        lines.add(rendered, display_width(word));
    }
    if (last < words.size()) lines.add("…", 1);
    lines.finish();
}

void print_context(std::ostream& out, const std::vector<schema::PassageRecord>& passages, const TerminalStyle& style,
                   std::size_t width) {
    const Indent margin{paint("  |", colors::detail, style.color) + " ", 4};
    for (const auto& passage : passages) {
        print_text(passage.text, {}, {style.color, style.full, true}, LineWrapper(out, width, margin, margin));
    }
}

} // namespace

std::string communique_label(const schema::CommuniqueRecord& communique) {
    std::vector<std::string> parts;
    const auto& metadata = communique.metadata;
    if (!metadata.org.empty()) parts.push_back(metadata.org);
    if (metadata.year) parts.push_back(std::to_string(*metadata.year));
    if (!metadata.city.empty()) parts.push_back(metadata.city);
    if (metadata.plenary) parts.push_back(ordinal(*metadata.plenary) + " plenary");
    if (parts.empty()) parts.push_back(metadata.title.empty() ? communique.id : metadata.title);
    return fmt::format("{}", fmt::join(parts, " · "));
}

void print_hit(std::ostream& out, const Hit& hit, const TerminalStyle& style, const PassageContext& context) {
    const std::size_t width = std::clamp(style.width, min_width, max_text_columns);
    print_heading(out, hit, style, width);
    print_context(out, context.before, style, width);
    print_text(hit.passage.text, hit.highlights, {style.color, style.full, false}, LineWrapper(out, width, {"  ", 2}, {"  ", 2}));
    print_context(out, context.after, style, width);
    out << '\n';
}

} // namespace plenary
