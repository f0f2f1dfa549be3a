#include "plenary/hit_output.h"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

namespace plenary {

namespace {

constexpr std::string_view match_color = "\033[1;31m";
constexpr std::string_view heading_color = "\033[1;35m";
constexpr std::string_view detail_color = "\033[2m";
constexpr std::string_view tag_color = "\033[36m";
constexpr std::string_view reset = "\033[0m";

constexpr std::size_t window_words = 60;   // words shown around the matches
constexpr std::size_t whole_up_to = 80;    // passages this short are always shown whole
constexpr std::size_t indent = 2;

std::size_t display_width(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

struct Word {
    std::uint32_t begin;
    std::uint32_t end;
};

std::vector<Word> split_words(std::string_view text) {
    std::vector<Word> words;
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto end = text.find(' ', pos);
        if (end == std::string_view::npos) end = text.size();
        if (end > pos) words.push_back({static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(end)});
        pos = end + 1;
    }
    return words;
}

bool overlaps(const Word& word, const Highlight& highlight) {
    return highlight.first < word.end && word.begin < highlight.second;
}

// The first run of window_words words holding the most highlighted words.
std::pair<std::size_t, std::size_t> best_window(const std::vector<Word>& words, const std::vector<Highlight>& highlights) {
    std::vector<int> marked(words.size(), 0);
    for (std::size_t i = 0; i < words.size(); ++i) {
        marked[i] = std::any_of(highlights.begin(), highlights.end(), [&](const Highlight& h) { return overlaps(words[i], h); });
    }
    int count = 0;
    for (std::size_t i = 0; i < window_words; ++i) count += marked[i];
    int best = count;
    std::size_t best_start = 0;
    for (std::size_t start = 1; start + window_words <= words.size(); ++start) {
        count += marked[start + window_words - 1] - marked[start - 1];
        if (count > best) {
            best = count;
            best_start = start;
        }
    }
    // Start a few words before the first match so it is seen in context.
    std::size_t lead = std::min<std::size_t>(best_start, 5);
    if (best > 0 && !marked[best_start]) lead = 0;
    best_start -= lead;
    return {best_start, std::min(words.size(), best_start + window_words)};
}

// The word with its highlighted parts coloured.
std::string render_word(std::string_view text, const Word& word, const std::vector<Highlight>& highlights, bool color) {
    if (!color) return std::string(text.substr(word.begin, word.end - word.begin));
    std::string out;
    std::uint32_t pos = word.begin;
    for (const auto& highlight : highlights) {
        if (!overlaps(word, highlight)) continue;
        std::uint32_t begin = std::max(highlight.first, word.begin);
        std::uint32_t end = std::min(highlight.second, word.end);
        out.append(text.substr(pos, begin - pos));
        out.append(match_color).append(text.substr(begin, end - begin)).append(reset);
        pos = end;
    }
    out.append(text.substr(pos, word.end - pos));
    return out;
}

std::string paint(std::string_view text, std::string_view color_code, bool color) {
    return color ? fmt::format("{}{}{}", color_code, text, reset) : std::string(text);
}

std::string communique_label(const Hit& hit) {
    std::vector<std::string> parts;
    const auto& communique = *hit.communique;
    if (communique.metadata.year) parts.push_back(std::to_string(*communique.metadata.year));
    if (!communique.metadata.city.empty()) parts.push_back(communique.metadata.city);
    if (communique.metadata.plenary) parts.push_back(ordinal(*communique.metadata.plenary) + " plenary");
    if (parts.empty()) parts.push_back(communique.metadata.title.empty() ? communique.id : communique.metadata.title);
    return fmt::format("{}", fmt::join(parts, " · "));
}

} // namespace

std::string ordinal(int number) {
    int tens = number % 100;
    const char* suffix = "th";
    if (tens < 11 || tens > 13) {
        switch (number % 10) {
        case 1: suffix = "st"; break;
        case 2: suffix = "nd"; break;
        case 3: suffix = "rd"; break;
        default: break;
        }
    }
    return fmt::format("{}{}", number, suffix);
}

namespace {

template <typename Number>
nlohmann::ordered_json optional_json(const std::optional<Number>& value) {
    return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

// Line, column and page are 0 where they do not apply: JSON null.
nlohmann::ordered_json nonzero_json(std::uint32_t value) {
    return value ? nlohmann::ordered_json(value) : nlohmann::ordered_json(nullptr);
}

} // namespace

nlohmann::ordered_json hit_json(const Hit& hit) {
    const auto& communique = *hit.communique;
    nlohmann::ordered_json highlights = nlohmann::ordered_json::array();
    for (const auto& [begin, end] : hit.highlights) highlights.push_back({begin, end});
    return {
        {"rank", hit.rank},
        {"score", hit.score},
        {"passage", hit.passage.passage_id},
        {"doc", hit.passage.communique_id},
        {"file", communique.file},
        {"start", optional_json(hit.passage.start)},
        {"end", optional_json(hit.passage.end)},
        {"title", communique.metadata.title},
        {"year", communique.metadata.year ? nlohmann::ordered_json(*communique.metadata.year) : nlohmann::ordered_json(nullptr)},
        {"city", communique.metadata.city},
        {"plenary", communique.metadata.plenary ? nlohmann::ordered_json(*communique.metadata.plenary) : nlohmann::ordered_json(nullptr)},
        {"org", communique.metadata.org.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(communique.metadata.org)},
        {"tags", hit.passage.tags},
        {"text", hit.passage.text},
        {"highlights", highlights},
        {"format", communique.format},
        {"line", nonzero_json(hit.passage.line)},
        {"col", nonzero_json(hit.passage.column)},
        {"page", nonzero_json(hit.passage.page)},
    };
}

void print_hit(std::ostream& out, const Hit& hit, const TerminalStyle& style) {
    std::string heading = paint(communique_label(hit), heading_color, style.color);
    heading += "  " + paint(hit.passage.passage_id, detail_color, style.color);
    if (!hit.passage.tags.empty()) {
        heading += "  " + paint(fmt::format("[{}]", fmt::join(hit.passage.tags, ", ")), tag_color, style.color);
    }
    heading += "  " + paint(fmt::format("score {:.3f}", hit.score), detail_color, style.color);
    out << heading << '\n';

    std::string_view text = hit.passage.text;
    auto words = split_words(text);
    std::size_t first = 0;
    std::size_t last = words.size();
    if (!style.full && words.size() > whole_up_to) std::tie(first, last) = best_window(words, hit.highlights);

    std::size_t width = std::max<std::size_t>(style.width, 40) - indent;
    std::string line(indent, ' ');
    std::size_t line_width = 0;
    auto emit = [&](const std::string& rendered, std::size_t visible) {
        if (line_width > 0 && line_width + 1 + visible > width) {
            out << line << '\n';
            line.assign(indent, ' ');
            line_width = 0;
        }
        if (line_width > 0) {
            line += ' ';
            ++line_width;
        }
        line += rendered;
        line_width += visible;
    };
    if (first > 0) emit("…", 1);
    for (std::size_t i = first; i < last; ++i) {
        const Word& word = words[i];
        emit(render_word(text, word, hit.highlights, style.color), display_width(text.substr(word.begin, word.end - word.begin)));
    }
    if (last < words.size()) emit("…", 1);
    out << line << "\n\n";
}

void print_hit_line(std::ostream& out, const Hit& hit, bool color) {
    const auto& communique = *hit.communique;
    std::string text;
    for (const auto& word : split_words(hit.passage.text)) {
        if (!text.empty()) text += ' ';
        text += render_word(hit.passage.text, word, hit.highlights, color);
    }
    out << fmt::format("{}\t{:.4f}\t{}\t{}\t{}\n", hit.passage.passage_id, hit.score,
                       communique.metadata.year ? std::to_string(*communique.metadata.year) : "", communique.metadata.city, text);
}

std::string match_count(const SearchResults& results) {
    std::string shown = fmt::format("{} of ", results.hits.size());
    if (results.matches_lower == results.matches_upper) {
        return shown + fmt::format("exactly {} matching passage{}", results.matches_lower, results.matches_lower == 1 ? "" : "s");
    }
    return shown + fmt::format("between {} and {} matching passages (about {})", results.matches_lower,
                               results.matches_upper, results.matches_estimated);
}

} // namespace plenary
