// plenary-search's ranking options, so that two configurations can be compared on
// the same index: BM25's k1 and b, proximity boosts, field weight, match mode.
#pragma once

#include <string>

#include "plenary/cli.h"
#include "plenary/searcher.h"

namespace plenary::cli {

struct RankingSettings {
    RankingOptions ranking;
    std::string match;  // empty: all for a query, any for a batch of topics
    bool no_proximity = false;
};

po::options_description ranking_options(RankingSettings& settings);

// The options as given, checked: throws UsageError for an unknown --match or a
// negative weight. Without --match, batch runs match any word: topics state a
// need and their runs are judged as rankings 1000 deep, whereas an interactive
// query narrows as words are added.
RankingOptions ranking_from(const RankingSettings& settings, bool batch);

} // namespace plenary::cli
