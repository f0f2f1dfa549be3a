#include "highlighted_text.h"

#include <fmt/format.h>

#include <algorithm>

namespace plenary {

std::string paint(std::string_view text, std::string_view color_code, bool color) {
    return color ? fmt::format("{}{}{}", color_code, text, colors::reset) : std::string(text);
}

std::string render_word(std::string_view text, const TextWord& word, const std::vector<Highlight>& highlights, bool color) {
    if (!color) return std::string(text.substr(word.begin, word.end - word.begin));
    std::string out;
    std::uint32_t pos = word.begin;
    for (const auto& highlight : highlights) {
        if (highlight.second <= word.begin || word.end <= highlight.first) continue;
        std::uint32_t begin = std::max(highlight.first, word.begin);
        std::uint32_t end = std::min(highlight.second, word.end);
        out.append(text.substr(pos, begin - pos));
        out.append(paint(text.substr(begin, end - begin), colors::match, true));
        pos = end;
    }
    out.append(text.substr(pos, word.end - pos));
    return out;
}

std::string render_text(std::string_view text, const std::vector<Highlight>& highlights, bool color) {
    std::string rendered;
    for (const auto& word : split_words(text)) {
        if (!rendered.empty()) rendered += ' ';
        rendered += render_word(text, word, highlights, color);
    }
    return rendered;
}

} // namespace plenary
