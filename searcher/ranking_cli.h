// plenary-search's ranking options, so that two configurations can be compared on
// the same index: BM25's k1 and b, proximity boosts, field weight, match mode,
// the index's vocabulary.
#pragma once

#include <string>

#include "plenary/cli.h"
#include "plenary/searcher.h"

namespace plenary::cli {

struct RankingSettings {
    RankingOptions ranking;
    std::string match = "best";
    bool no_proximity = false;
    bool no_vocabulary = false;
    bool no_mined_vocabulary = false;
    bool no_question_words = false;
    bool no_context = false;
    // Signed, so that "--feedback -1" is refused rather than wrapped around.
    long long proximity_window = static_cast<long long>(QueryParserOptions{}.proximity_window);
    long long proximity_depth = static_cast<long long>(RankingOptions{}.proximity_depth);
    long long feedback_passages = static_cast<long long>(FeedbackOptions{}.passages);
    long long feedback_words = static_cast<long long>(FeedbackOptions{}.words);
};

po::options_description ranking_options(RankingSettings& settings);

// The options as given, checked: throws UsageError for an unknown --match or a
// negative weight.
RankingOptions ranking_from(const RankingSettings& settings);

} // namespace plenary::cli
