// Two runs compared topic by topic: differences, wins, ties and losses, and a
// paired randomization test.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "plenary/eval/measures.h"

namespace plenary::eval {

struct MeasureComparison {
    double baseline = 0;  // means over the compared topics
    double run = 0;
    std::size_t wins = 0;  // topics where run beats baseline
    std::size_t ties = 0;
    std::size_t losses = 0;
    double p_value = 1;    // two-sided
};

struct Comparison {
    std::map<std::string, Scores> differences;  // run − baseline, per topic
    std::array<MeasureComparison, measure_count> measures;
};

struct RandomizationOptions {
    std::size_t permutations = 100000;
    std::uint64_t seed = 1;
};

// Compares over the topics evaluated in either run; a topic one run lacks scores
// 0 there. The test swaps each topic's pair of scores at random (every
// permutation draws one swap bit per topic from a seeded Mersenne twister) and
// reports (1 + permutations whose |mean difference| reaches the observed one) /
// (1 + permutations).
Comparison compare(const Evaluation& baseline, const Evaluation& run, const RandomizationOptions& options = {});

} // namespace plenary::eval
