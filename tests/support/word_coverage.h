// Whether passages hold a body's words: the words as the analyzer folds them, a hyphen between
// two letters dropped first so that a compound and its joined form ("non-proliferation",
// "nonproliferation") count as the same word.
#pragma once

#include <plenary/analyzer.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace plenary::testing {

using Words = std::vector<std::string>;

inline Words folded_words(std::string_view text) {
    thread_local Analyzer analyzer(AnalyzerOptions{false});
    std::string joined;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool inner_hyphen = text[i] == '-' && i > 0 && i + 1 < text.size() &&
                                  std::isalpha(static_cast<unsigned char>(text[i - 1])) &&
                                  std::isalpha(static_cast<unsigned char>(text[i + 1]));
        if (!inner_hyphen) joined.push_back(text[i]);
    }
    Words words;
    for (const Token& token : analyzer.tokens(joined)) words.push_back(token.term);
    return words;
}

inline Words folded_words(const std::vector<std::string>& texts) {
    Words words;
    for (const std::string& text : texts) {
        const Words more = folded_words(text);
        words.insert(words.end(), more.begin(), more.end());
    }
    return words;
}

// The first word of expected that is missing from words in order (a subsequence), or "" when
// every word is there.
inline std::string first_missing_word(const Words& expected, const Words& words) {
    auto at = words.begin();
    for (const std::string& word : expected) {
        at = std::find(at, words.end(), word);
        if (at == words.end()) return word;
        ++at;
    }
    return "";
}

// How many of the texts hold the words of sentence as one contiguous run.
inline std::size_t texts_holding(const std::string& sentence, const std::vector<std::string>& texts) {
    const Words needle = folded_words(sentence);
    return static_cast<std::size_t>(std::count_if(texts.begin(), texts.end(), [&](const std::string& text) {
        const Words words = folded_words(text);
        return !needle.empty() && std::search(words.begin(), words.end(), needle.begin(), needle.end()) != words.end();
    }));
}

// The sentences of a paragraph: cut after ". " followed by an uppercase letter.
inline std::vector<std::string> sentences_of(const std::string& paragraph) {
    std::vector<std::string> sentences;
    std::size_t start = 0;
    for (std::size_t at = paragraph.find(". "); at != std::string::npos; at = paragraph.find(". ", at + 1)) {
        if (at + 2 < paragraph.size() && std::isupper(static_cast<unsigned char>(paragraph[at + 2]))) {
            sentences.push_back(paragraph.substr(start, at + 1 - start));
            start = at + 2;
        }
    }
    sentences.push_back(paragraph.substr(start));
    return sentences;
}

} // namespace plenary::testing
