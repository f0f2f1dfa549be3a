// Finds where a hit's text matched its query, from the analyzer's own offsets.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "plenary/analyzer.h"
#include "plenary/query_parser.h"

namespace plenary {

// [begin, end) byte offsets into the text.
using Highlight = std::pair<std::uint32_t, std::uint32_t>;

// A text's words as the analyzer reads them, read once to look for several plans.
class AnalyzedText {
public:
    AnalyzedText(std::string_view text, Analyzer& analyzer);

    // Every word whose stem the plan looks for, every word starting with one of its
    // prefixes, and every place a phrase of the plan occurs as a phrase (one highlight
    // spanning it), sorted and merged where they touch or overlap.
    std::vector<Highlight> highlights(const MatchPlan& plan) const;

    // Whether the plan finds anything in the text.
    bool contains(const MatchPlan& plan) const { return !highlights(plan).empty(); }

private:
    struct Word {
        std::string term;
        std::string stem;
        std::string marked_stem;
        Highlight span;

        bool has_stem(const std::string& wanted) const {
            return stem == wanted || (!marked_stem.empty() && marked_stem == wanted);
        }
    };

    bool phrase_at(std::size_t first, const std::vector<std::string>& phrase) const;

    std::vector<Word> words_;
};

// AnalyzedText(text, analyzer).highlights(plan).
std::vector<Highlight> find_highlights(std::string_view text, const MatchPlan& plan, Analyzer& analyzer);

} // namespace plenary
