// The format fixtures of tests/data/formats/ and what their manifest says a reader must extract.
#pragma once

#include <nlohmann/json.hpp>

#include <plenary/communique.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_support.h"
#include "word_coverage.h"

namespace plenary::testing {

inline const fs::path formats_dir = source_dir / "tests/data/formats";

inline std::vector<nlohmann::json> fixtures_of_format(const std::string& format) {
    const nlohmann::json manifest = nlohmann::json::parse(read_file(formats_dir / "manifest.json"));
    std::vector<nlohmann::json> fixtures;
    std::copy_if(manifest.begin(), manifest.end(), std::back_inserter(fixtures), [&](const nlohmann::json& fixture) {
        return fixture.at("format") == format;
    });
    return fixtures;
}

// ASCII whitespace runs as one space.
inline std::string collapse_spaces(const std::string& text) {
    std::string collapsed;
    for (const char c : text) {
        const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
        if (space && (collapsed.empty() || collapsed.back() == ' ')) continue;
        collapsed.push_back(space ? ' ' : c);
    }
    return collapsed;
}

inline std::vector<std::string> passage_texts(const Communique& communique) {
    std::vector<std::string> texts;
    for (const Passage& passage : communique.passages) texts.push_back(passage.text);
    return texts;
}

// Nothing lost: every sentence of every expected paragraph is in exactly one passage, and the
// body's words are in the passages in order.
inline void check_nothing_lost(const std::vector<std::string>& paragraphs, const Communique& communique) {
    const std::vector<std::string> texts = passage_texts(communique);
    for (const std::string& paragraph : paragraphs) {
        for (const std::string& sentence : sentences_of(paragraph)) {
            INFO(sentence);
            CHECK(texts_holding(sentence, texts) == 1);
        }
    }
    CHECK(first_missing_word(folded_words(paragraphs), folded_words(texts)) == "");
}

// No passage holds a line of page furniture.
inline void check_no_noise(const nlohmann::json& fixture, const Communique& communique) {
    for (const std::string& noise : fixture.value("noise_lines", std::vector<std::string>{})) {
        for (const Passage& passage : communique.passages) {
            INFO(noise);
            CHECK(passage.text.find(collapse_spaces(noise)) == std::string::npos);
        }
    }
}

} // namespace plenary::testing
