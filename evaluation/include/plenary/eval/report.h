// How plenary-eval prints evaluations: trec_eval's three-column table
// ("measure<TAB>qid|all<TAB>value", values with 4 decimals), or one JSON document.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "plenary/eval/comparison.h"
#include "plenary/eval/measures.h"

namespace plenary::eval {

struct EvaluatedRun {
    std::string file;
    std::string tag;
    Evaluation evaluation;
    std::map<std::string, Evaluation> groups;  // the evaluation of each topic group's topics
};

struct RunComparison {
    std::size_t baseline = 0;  // indexes into the evaluated runs
    std::size_t run = 0;
    Comparison comparison;
    std::map<std::string, Comparison> groups;  // the comparison over each topic group's topics
};

struct ReportOptions {
    bool per_topic = false;
    RandomizationOptions randomization;
};

// runid and num_q rows, per-topic rows when asked, the means, and the means of
// each topic group (qid column "group:NAME"); for each comparison a table of
// means, differences, wins/ties/losses and p-values, the same per group, and the
// per-topic differences.
void print_table(std::ostream& out, const std::vector<EvaluatedRun>& runs, const std::vector<RunComparison>& comparisons,
                 const ReportOptions& options);

nlohmann::ordered_json report_json(const std::vector<EvaluatedRun>& runs,
                                   const std::vector<RunComparison>& comparisons, const ReportOptions& options);

} // namespace plenary::eval
