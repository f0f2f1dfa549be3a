#include "plenary/eval/report.h"

#include <fmt/format.h>

namespace plenary::eval {

namespace {

// trec_eval pads measure names to 22 columns.
void print_row(std::ostream& out, std::string_view measure, std::string_view qid, std::string_view value) {
    out << fmt::format("{:<22}\t{}\t{}\n", measure, qid, value);
}

void print_comparison(std::ostream& out, std::string_view prefix, const Comparison& comparison) {
    for (std::size_t m = 0; m < measure_count; ++m) {
        const MeasureComparison& measure = comparison.measures[m];
        out << fmt::format("{}{:<22}\t{:.4f}\t{:.4f}\t{:+.4f}\t{}\t{}\t{}\t{:.4f}\n", prefix, measure_names[m],
                           measure.baseline, measure.run, measure.run - measure.baseline, measure.wins, measure.ties,
                           measure.losses, measure.p_value);
    }
}

nlohmann::ordered_json comparison_json(const Comparison& comparison) {
    nlohmann::ordered_json object;
    object["topics"] = comparison.differences.size();
    for (std::size_t m = 0; m < measure_count; ++m) {
        const MeasureComparison& measure = comparison.measures[m];
        object["measures"][std::string(measure_names[m])] = {
            {"baseline", measure.baseline}, {"run", measure.run},     {"diff", measure.run - measure.baseline},
            {"wins", measure.wins},         {"ties", measure.ties},   {"losses", measure.losses},
            {"p_value", measure.p_value}};
    }
    return object;
}

void print_scores(std::ostream& out, std::string_view qid, const Scores& scores) {
    for (std::size_t m = 0; m < measure_count; ++m) print_row(out, measure_names[m], qid, fmt::format("{:.4f}", scores[m]));
}

nlohmann::ordered_json scores_json(const Scores& scores) {
    nlohmann::ordered_json object;
    for (std::size_t m = 0; m < measure_count; ++m) object[std::string(measure_names[m])] = scores[m];
    return object;
}

// Says over which topics the comparison's means are, and why they can differ from each run's own.
std::string comparison_heading(const EvaluatedRun& baseline, const EvaluatedRun& run, std::size_t topics,
                               const ReportOptions& options) {
    std::size_t baseline_topics = baseline.evaluation.topics.size();
    std::size_t run_topics = run.evaluation.topics.size();
    std::string own = baseline_topics == topics && run_topics == topics
                          ? ""
                          : fmt::format("; the means above are over each run's own topics, {} and {}", baseline_topics,
                                        run_topics);
    return fmt::format("\n# {} against {}, over the {} topics of either run (a topic a run lacks scores 0 there{}); "
                       "paired randomization test ({} permutations, seed {})\n",
                       run.file, baseline.file, topics, own, options.randomization.permutations, options.randomization.seed);
}

} // namespace

void print_table(std::ostream& out, const std::vector<EvaluatedRun>& runs, const std::vector<RunComparison>& comparisons,
                 const ReportOptions& options) {
    for (std::size_t r = 0; r < runs.size(); ++r) {
        const EvaluatedRun& run = runs[r];
        if (r > 0) out << '\n';
        print_row(out, "runid", "all", run.tag);
        print_row(out, "num_q", "all", fmt::format("{}", run.evaluation.topics.size()));
        if (options.per_topic) {
            for (const auto& [qid, scores] : run.evaluation.topics) print_scores(out, qid, scores);
        }
        print_scores(out, "all", run.evaluation.mean);
        for (const auto& [group, evaluation] : run.groups) print_scores(out, "group:" + group, evaluation.mean);
    }
    for (const auto& [baseline, run, comparison, groups] : comparisons) {
        out << comparison_heading(runs[baseline], runs[run], comparison.differences.size(), options);
        out << fmt::format("{:<22}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", "measure", "baseline", "run", "diff", "wins", "ties",
                           "losses", "p");
        print_comparison(out, "", comparison);
        if (!groups.empty()) {
            out << fmt::format("# by topic group\n{:<22}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", "group", "topics",
                               "measure", "baseline", "run", "diff", "wins", "ties", "losses", "p");
            for (const auto& [group, group_comparison] : groups) {
                print_comparison(out, fmt::format("{:<22}\t{}\t", group, group_comparison.differences.size()),
                                 group_comparison);
            }
        }
        out << "# per-topic differences (run - baseline)\nqid";
        for (auto name : measure_names) out << '\t' << name;
        out << '\n';
        for (const auto& [qid, difference] : comparison.differences) {
            out << qid;
            for (double d : difference) out << fmt::format("\t{:+.4f}", d);
            out << '\n';
        }
    }
}

nlohmann::ordered_json report_json(const std::vector<EvaluatedRun>& runs,
                                   const std::vector<RunComparison>& comparisons, const ReportOptions& options) {
    nlohmann::ordered_json report;
    report["runs"] = nlohmann::ordered_json::array();
    for (const auto& run : runs) {
        nlohmann::ordered_json object{{"file", run.file}, {"runid", run.tag}, {"num_q", run.evaluation.topics.size()},
                                      {"all", scores_json(run.evaluation.mean)}};
        if (!run.groups.empty()) {
            for (const auto& [group, evaluation] : run.groups) {
                object["groups"][group] = {{"num_q", evaluation.topics.size()}, {"all", scores_json(evaluation.mean)}};
            }
        }
        if (options.per_topic) {
            object["topics"] = nlohmann::ordered_json::object();
            for (const auto& [qid, scores] : run.evaluation.topics) object["topics"][qid] = scores_json(scores);
        }
        report["runs"].push_back(std::move(object));
    }
    report["comparisons"] = nlohmann::ordered_json::array();
    for (const auto& [baseline, run, comparison, groups] : comparisons) {
        nlohmann::ordered_json object{{"baseline", runs[baseline].file},
                                      {"run", runs[run].file},
                                      {"permutations", options.randomization.permutations},
                                      {"seed", options.randomization.seed}};
        object.update(comparison_json(comparison));
        for (const auto& [group, group_comparison] : groups) object["groups"][group] = comparison_json(group_comparison);
        object["differences"] = nlohmann::ordered_json::object();
        for (const auto& [qid, difference] : comparison.differences) object["differences"][qid] = scores_json(difference);
        report["comparisons"].push_back(std::move(object));
    }
    return report;
}

} // namespace plenary::eval
