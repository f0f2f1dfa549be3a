#include "proper_names.h"

#include "utf8_text.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace plenary::loader {
namespace {

bool is_abbreviation(std::string_view word) {
    static constexpr std::array<std::string_view, 9> titles{"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.",
                                                            "St.", "Amb.", "Jr.", "Sr."};
    const bool initials = word.size() >= 2 && word.find('.') < word.size() - 1;  // "H.E.", "J."
    return initials || (word.size() == 2 && word[1] == '.') ||
           std::find(titles.begin(), titles.end(), word) != titles.end();
}

} // namespace

bool is_one_of(std::string_view word, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

std::string proper_name_at(std::string_view text, std::initializer_list<std::string_view> particles) {
    std::vector<std::string_view> words;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t space = std::min(text.find(' ', at), text.size());
        std::string_view word = text.substr(at, space - at);
        at = space + 1;
        bool closes_name = false;
        while (!word.empty() && std::string_view(",;:)").find(word.back()) != std::string_view::npos) {
            word.remove_suffix(1);
            closes_name = true;
        }
        if (word.ends_with('.') && !is_abbreviation(word)) {
            word.remove_suffix(1);
            closes_name = true;
        }
        const bool particle = is_one_of(word, particles) && !closes_name && !words.empty() &&
                              starts_uppercase(text.substr(std::min(at, text.size())));
        if (word.empty() || (!starts_uppercase(word) && !particle)) break;
        words.push_back(word);
        if (closes_name) break;
    }
    return join(words, " ");
}

std::string title_case_if_all_capitals(const std::string& name) {
    const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(name);
    icu::UnicodeString lower(unicode);
    lower.toLower();
    if (lower == unicode) return name;
    icu::UnicodeString upper(unicode);
    upper.toUpper();
    if (upper != unicode) return name;
    std::string titled;
    lower.toTitle(nullptr).toUTF8String(titled);
    return titled;
}

std::vector<std::string_view> split_words(std::string_view text) {
    std::vector<std::string_view> words;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t space = std::min(text.find(' ', at), text.size());
        if (space > at) words.push_back(text.substr(at, space - at));
        at = space + 1;
    }
    return words;
}

bool equals_ignoring_ascii_case(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

} // namespace plenary::loader
