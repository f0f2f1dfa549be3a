// Synthetic communiqués for tests that need a corpus large enough to take a while
// to index: deterministic, many distinct words, and one marker word per file
// ("marker<set><n>") so a search tells which files are in the index.
#pragma once

#include <random>
#include <string>
#include <vector>

#include "test_support.h"

namespace plenary::testing {

inline std::string synthetic_word(std::mt19937& random) {
    static const char* const syllables[] = {"ka", "ro", "mi", "sel", "tra", "no", "ex", "por", "con", "tel",
                                            "va", "di", "plo", "ma", "tic", "re", "gi", "me", "an", "nex"};
    std::string word;
    int count = 2 + static_cast<int>(random() % 3);
    for (int i = 0; i < count; ++i) word += syllables[random() % 20];
    return word;
}

// One communiqué of about bytes bytes.
inline std::string synthetic_communique(const std::string& marker, int year, std::size_t bytes, std::mt19937& random) {
    std::string text = "Press Release of the Plenary Meeting of the Missile Technology Control Regime\n\n";
    text += "The Plenary Meeting was held in Vienna on 3-5 October " + std::to_string(year) + ".\n\n";
    text += "Partners reviewed the " + marker + " report on export controls and transfers.\n\n";
    while (text.size() < bytes) {
        std::string paragraph = "Partners";
        for (int sentence = 0; sentence < 4; ++sentence) {
            for (int i = 0; i < 14; ++i) {
                paragraph += ' ';
                paragraph += synthetic_word(random);
            }
            paragraph += sentence == 3 ? "." : ". The Regime";
        }
        text += paragraph + "\n\n";
    }
    return text;
}

// count files of about bytes_each bytes in dir, named <set>-<n>.txt, markers "marker<set><n>".
inline std::vector<fs::path> write_synthetic_corpus(const fs::path& dir, const std::string& set, int count,
                                                    std::size_t bytes_each, unsigned seed = 1) {
    std::mt19937 random(seed);
    std::vector<fs::path> files;
    for (int n = 0; n < count; ++n) {
        auto file = dir / (set + "-" + std::to_string(n) + ".txt");
        write_file(file, synthetic_communique("marker" + set + std::to_string(n), 1990 + n % 30, bytes_each, random));
        files.push_back(file);
    }
    return files;
}

} // namespace plenary::testing
