#include "match_window.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>

#include "plenary/strings.h"

namespace plenary {

namespace {

constexpr std::size_t lead_words = 5;  // shown before the group, for context

bool overlaps(const TextWord& word, const Highlight& highlight) {
    return highlight.first < word.end && word.begin < highlight.second;
}

// Words [first, last] in a row that one highlight covers.
struct WordGroup {
    std::size_t first = 0;
    std::size_t last = 0;
};

std::optional<WordGroup> first_phrase_match(const std::vector<TextWord>& words, const std::vector<Highlight>& highlights) {
    for (const auto& highlight : highlights) {
        WordGroup group{words.size(), 0};
        for (std::size_t i = 0; i < words.size(); ++i) {
            if (!overlaps(words[i], highlight)) continue;
            group.first = std::min(group.first, i);
            group.last = i;
        }
        if (group.first < group.last) return group;
    }
    return std::nullopt;
}

// Each matched word's position and a number for what it matched (its highlighted text, folded).
struct MatchedWord {
    std::size_t position;
    std::size_t key;
};

std::vector<MatchedWord> matched_words(std::string_view text, const std::vector<TextWord>& words,
                                       const std::vector<Highlight>& highlights) {
    std::map<std::string, std::size_t> keys;
    std::vector<MatchedWord> matched;
    for (std::size_t i = 0; i < words.size(); ++i) {
        for (const auto& highlight : highlights) {
            if (!overlaps(words[i], highlight)) continue;
            auto begin = std::max(highlight.first, words[i].begin);
            auto end = std::min(highlight.second, words[i].end);
            auto key = keys.try_emplace(lowercase_ascii(text.substr(begin, end - begin)), keys.size()).first->second;
            matched.push_back({i, key});
            break;
        }
    }
    return matched;
}

// The group of matched words, spanning fewer than `size` words, with the most distinct keys, the
// closest together, the first of those.
std::optional<WordGroup> densest_group(const std::vector<MatchedWord>& matched, std::size_t size) {
    std::optional<WordGroup> best;
    std::size_t best_distinct = 0;
    for (std::size_t from = 0; from < matched.size(); ++from) {
        std::map<std::size_t, int> seen;
        for (std::size_t to = from; to < matched.size() && matched[to].position - matched[from].position < size; ++to) {
            seen[matched[to].key]++;
            WordGroup group{matched[from].position, matched[to].position};
            bool more = seen.size() > best_distinct;
            bool closer = seen.size() == best_distinct && group.last - group.first < best->last - best->first;
            if (more || closer) {
                best = group;
                best_distinct = seen.size();
            }
        }
    }
    return best;
}

} // namespace

std::vector<TextWord> split_words(std::string_view text) {
    std::vector<TextWord> words;
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto end = text.find(' ', pos);
        if (end == std::string_view::npos) end = text.size();
        if (end > pos) words.push_back({static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(end)});
        pos = end + 1;
    }
    return words;
}

std::pair<std::size_t, std::size_t> best_window(std::string_view text, const std::vector<TextWord>& words,
                                                const std::vector<Highlight>& highlights, std::size_t size) {
    if (words.size() <= size) return {0, words.size()};
    std::optional<WordGroup> group = first_phrase_match(words, highlights);
    if (!group) group = densest_group(matched_words(text, words, highlights), size);
    if (!group) return {0, size};
    std::size_t room = size > group->last - group->first + 1 ? size - (group->last - group->first + 1) : 0;
    std::size_t first = group->first - std::min({group->first, lead_words, room});
    first = std::min(first, words.size() - size);  // a window near the end shows the end
    return {first, first + size};
}

} // namespace plenary
