#include "plenary/eval/comparison.h"

#include <cmath>
#include <random>
#include <vector>

namespace plenary::eval {

namespace {

// Scores closer than this are a tie: they print the same and differ only by
// floating-point rounding.
constexpr double tie_tolerance = 1e-12;

const Scores& scores_of(const Evaluation& evaluation, const std::string& qid) {
    static const Scores zero{};
    auto found = evaluation.topics.find(qid);
    return found == evaluation.topics.end() ? zero : found->second;
}

// Two-sided p-value of the mean of paired differences under random sign flips.
double randomization_p_value(const std::vector<double>& differences, const RandomizationOptions& options) {
    double observed = 0;
    for (double d : differences) observed += d;
    observed = std::fabs(observed);
    std::mt19937_64 random(options.seed);
    std::size_t as_extreme = 0;
    for (std::size_t p = 0; p < options.permutations; ++p) {
        double sum = 0;
        std::uint64_t bits = 0;
        for (std::size_t i = 0; i < differences.size(); ++i) {
            if (i % 64 == 0) bits = random();
            sum += (bits & 1) ? -differences[i] : differences[i];
            bits >>= 1;
        }
        if (std::fabs(sum) >= observed - tie_tolerance) ++as_extreme;
    }
    return static_cast<double>(as_extreme + 1) / static_cast<double>(options.permutations + 1);
}

} // namespace

Comparison compare(const Evaluation& baseline, const Evaluation& run, const RandomizationOptions& options) {
    Comparison comparison;
    for (const auto* evaluation : {&baseline, &run}) {
        for (const auto& [qid, scores] : evaluation->topics) comparison.differences[qid] = {};
    }
    std::array<std::vector<double>, measure_count> differences;
    for (auto& [qid, difference] : comparison.differences) {
        const Scores& before = scores_of(baseline, qid);
        const Scores& after = scores_of(run, qid);
        for (std::size_t m = 0; m < measure_count; ++m) {
            difference[m] = after[m] - before[m];
            differences[m].push_back(difference[m]);
            MeasureComparison& measure = comparison.measures[m];
            measure.baseline += before[m];
            measure.run += after[m];
            if (difference[m] > tie_tolerance) ++measure.wins;
            else if (difference[m] < -tie_tolerance) ++measure.losses;
            else ++measure.ties;
        }
    }
    auto topics = static_cast<double>(comparison.differences.size());
    for (std::size_t m = 0; m < measure_count; ++m) {
        MeasureComparison& measure = comparison.measures[m];
        if (topics > 0) {
            measure.baseline /= topics;
            measure.run /= topics;
        }
        measure.p_value = randomization_p_value(differences[m], options);
    }
    return comparison;
}

} // namespace plenary::eval
