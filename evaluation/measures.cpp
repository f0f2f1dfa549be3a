#include "plenary/eval/measures.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace plenary::eval {

namespace {

enum Measure : std::size_t { map, p_5, p_10, ndcg_cut_10, recall_100, recip_rank };

constexpr int relevance_level = 1;  // trec_eval's default: grade >= 1 is relevant

double discounted_gain(const std::vector<int>& gains, std::size_t cutoff) {
    double sum = 0;
    for (std::size_t i = 0; i < std::min(cutoff, gains.size()); ++i) {
        // Rank i + 1 is discounted by log2(rank + 1).
        if (gains[i] > 0) sum += gains[i] / std::log2(static_cast<double>(i + 2));
    }
    return sum;
}

} // namespace

Scores topic_scores(const std::vector<Retrieved>& retrieved, const std::map<std::string, int>& judged) {
    Scores scores{};
    std::vector<int> ideal;  // gains of every relevant judged doc, best first
    for (const auto& [docno, grade] : judged) {
        if (grade >= relevance_level) ideal.push_back(grade);
    }
    if (ideal.empty()) return scores;
    std::sort(ideal.begin(), ideal.end(), std::greater<>());
    auto relevant = static_cast<double>(ideal.size());

    std::vector<int> gains;  // grade of each retrieved doc in order; unjudged: 0
    for (const auto& doc : retrieved) {
        auto found = judged.find(doc.docno);
        gains.push_back(found == judged.end() ? 0 : found->second);
    }

    std::size_t found_so_far = 0;
    double precision_sum = 0;
    std::size_t in_top_5 = 0, in_top_10 = 0, in_top_100 = 0;
    for (std::size_t i = 0; i < gains.size(); ++i) {
        if (gains[i] < relevance_level) continue;
        ++found_so_far;
        auto rank = static_cast<double>(i + 1);
        precision_sum += static_cast<double>(found_so_far) / rank;
        if (found_so_far == 1) scores[recip_rank] = 1.0 / rank;
        in_top_5 += i < 5;
        in_top_10 += i < 10;
        in_top_100 += i < 100;
    }
    scores[map] = precision_sum / relevant;
    scores[p_5] = static_cast<double>(in_top_5) / 5.0;
    scores[p_10] = static_cast<double>(in_top_10) / 10.0;
    scores[recall_100] = static_cast<double>(in_top_100) / relevant;
    scores[ndcg_cut_10] = discounted_gain(gains, 10) / discounted_gain(ideal, 10);
    return scores;
}

Evaluation evaluate(const Run& run, const Qrels& qrels, bool complete) {
    Evaluation evaluation;
    static const std::vector<Retrieved> nothing;
    for (const auto& [qid, judged] : qrels) {
        auto found = run.topics.find(qid);
        if (found == run.topics.end() && !complete) continue;
        evaluation.topics[qid] = topic_scores(found == run.topics.end() ? nothing : found->second, judged);
    }
    bool any_retrieved = std::any_of(run.topics.begin(), run.topics.end(),
                                     [&](const auto& topic) { return qrels.count(topic.first) > 0; });
    if (!any_retrieved) throw InputError("no topic of the run has relevance judgments");
    for (const auto& [qid, scores] : evaluation.topics) {
        for (std::size_t m = 0; m < measure_count; ++m) evaluation.mean[m] += scores[m];
    }
    for (auto& mean : evaluation.mean) mean /= static_cast<double>(evaluation.topics.size());
    return evaluation;
}

} // namespace plenary::eval
