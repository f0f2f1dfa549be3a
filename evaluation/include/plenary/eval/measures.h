// The measures of trec_eval that plenary reports, computed by trec_eval's rules.
#pragma once

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "plenary/eval/trec_files.h"

namespace plenary::eval {

// In the order they are printed, named as trec_eval names them.
inline constexpr std::array<std::string_view, 6> measure_names{"map",         "P_5",        "P_10",
                                                               "ndcg_cut_10", "recall_100", "recip_rank"};
inline constexpr std::size_t measure_count = measure_names.size();

using Scores = std::array<double, measure_count>;  // indexed like measure_names

// The measures of one topic: retrieved in trec_eval's order, judged the topic's
// qrels (a doc missing from them is not relevant). A topic without relevant
// judged docs scores 0 everywhere, as in trec_eval.
Scores topic_scores(const std::vector<Retrieved>& retrieved, const std::map<std::string, int>& judged);

struct Evaluation {
    std::map<std::string, Scores> topics;  // every evaluated topic
    Scores mean{};                         // over evaluated topics (over all judged topics with complete)
};

// Evaluates the topics of the run that have qrels; topics without qrels are
// ignored, as trec_eval ignores them. With complete (trec_eval -c), judged topics
// missing from the run score 0 and count in the mean. Throws InputError when no
// topic has both results and judgments.
Evaluation evaluate(const Run& run, const Qrels& qrels, bool complete = false);

} // namespace plenary::eval
