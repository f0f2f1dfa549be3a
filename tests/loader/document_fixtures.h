// What the markup readers' tests share: a Document's blocks by role, checks that a block's
// span, anchors and position point at its text in the source, a fixture read and checked
// against its manifest entry, and the bundled communiqués' passages.
#pragma once

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <plenary/communique.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "format_fixtures.h"
#include "formats/readers.h"
#include "test_support.h"

namespace plenary::testing {

// UTF-8 text as the loader hands it to a reader: its offsets are the file's.
inline loader::DecodedText utf8_text(std::string bytes) {
    loader::DecodedText text;
    text.text = std::move(bytes);
    text.encoding = "UTF-8";
    return text;
}

inline std::vector<std::string> texts_of(const loader::Document& document, loader::BlockRole role) {
    std::vector<std::string> texts;
    for (const auto& block : document.blocks)
        if (block.role == role) texts.push_back(block.text);
    return texts;
}

inline std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : std::string(text) + " ") {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!word.empty()) words.push_back(word);
            word.clear();
        } else {
            word.push_back(c);
        }
    }
    return words;
}

// The first block whose text holds words.
inline const loader::DocumentBlock& block_saying(const loader::Document& document, std::string_view words) {
    for (const auto& block : document.blocks)
        if (block.text.find(words) != std::string::npos) return block;
    FAIL("no block says " << words);
    throw;
}

// Whether one of texts says the words of phrase, in a row (as the analyzer folds them).
inline bool says(const std::vector<std::string>& texts, const std::string& phrase) {
    return texts_holding(phrase, texts) > 0;
}

// Each block's span lies in the source, in reading order for body blocks; its anchors rise in
// both text and source and put each letter or digit of the text on the same byte of the
// source; its position is the line and column of its span's start.
inline void check_sources(const loader::Document& document, std::string_view source) {
    std::uint64_t previous_body_end = 0;
    for (const auto& block : document.blocks) {
        INFO(block.text);
        REQUIRE(block.span);
        REQUIRE(block.span->start < block.span->end);
        REQUIRE(block.span->end <= source.size());
        if (block.role == loader::BlockRole::body) {
            CHECK(block.span->start >= previous_body_end);
            previous_body_end = block.span->end;
        }
        REQUIRE_FALSE(block.anchors.empty());
        CHECK(block.anchors.front().source_offset == block.span->start);
        for (std::size_t i = 0; i < block.anchors.size(); ++i) {
            const auto& anchor = block.anchors[i];
            if (i > 0) CHECK(anchor.text_offset > block.anchors[i - 1].text_offset);
            if (i > 0) CHECK(anchor.source_offset > block.anchors[i - 1].source_offset);
            if (anchor.text_offset >= block.text.size()) continue;
            const char c = block.text[anchor.text_offset];
            if (std::isalnum(static_cast<unsigned char>(c))) CHECK(source[anchor.source_offset] == c);
        }
        const std::string_view before = source.substr(0, block.span->start);
        CHECK(block.position.line == std::count(before.begin(), before.end(), '\n') + 1);
        CHECK(block.position.column == before.size() - (before.rfind('\n') + 1) + 1);
    }
}

// Reads a fixture with read and checks what the manifest entry says of it: its format, its
// body paragraphs in order, its title as the first heading; and its blocks' places.
inline loader::Document check_fixture(const nlohmann::json& entry, loader::Document (*read)(const loader::DecodedText&)) {
    const std::string source = read_file(formats_dir / entry.at("file").get<std::string>());
    loader::Document document = read(utf8_text(source));
    CHECK(document.format == entry.at("format"));
    CHECK(texts_of(document, loader::BlockRole::body) == entry.at("paragraphs").get<std::vector<std::string>>());
    const std::vector<std::string> headings = texts_of(document, loader::BlockRole::heading);
    REQUIRE_FALSE(headings.empty());
    CHECK(headings.front() == entry.at("title"));
    check_sources(document, source);
    return document;
}

struct BundledCommunique {
    std::string name;
    std::string title;
    std::vector<std::string> passages;
};

// The bundled corpus as the plain-text loader reads it.
inline std::vector<BundledCommunique> bundled_communiques() {
    std::vector<BundledCommunique> communiques;
    for (const auto& entry : fs::directory_iterator(corpus_dir)) {
        if (entry.path().extension() != ".txt") continue;
        const Communique communique = load_communique(entry.path());
        BundledCommunique bundled{entry.path().stem().string(), communique.metadata.title, {}};
        for (const auto& passage : communique.passages) bundled.passages.push_back(passage.text);
        communiques.push_back(std::move(bundled));
    }
    std::sort(communiques.begin(), communiques.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    return communiques;
}

inline std::string reader_error(const std::function<void()>& read) {
    try {
        read();
    } catch (const LoadError& error) {
        return error.what();
    }
    return "no error";
}

} // namespace plenary::testing
