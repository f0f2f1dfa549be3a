// plenary-eval QRELS RUN [RUN...]: trec_eval's measures of runs, and paired
// comparisons of each further run with the first.
#include <fmt/format.h>

#include <iostream>

#include "plenary/cli.h"
#include "plenary/eval/report.h"
#include "plenary/eval/topic_groups.h"

namespace {

constexpr std::string_view tool = "plenary-eval";

int eval_main(int argc, char** argv) {
    namespace po = plenary::cli::po;
    namespace ev = plenary::eval;
    std::vector<std::string> files;
    ev::ReportOptions report;
    bool complete = false;
    bool json = false;
    std::string groups_file;

    po::options_description measuring("Evaluation");
    measuring.add_options()
        ("per-topic,q", po::bool_switch(&report.per_topic), "also print every topic's measures")
        ("complete,c", po::bool_switch(&complete),
         "average over every judged topic, a topic missing from a run scoring 0 (trec_eval -c)")
        ("json", po::bool_switch(&json), "write one JSON document")
        ("groups", po::value(&groups_file)->value_name("FILE"),
         "also report each group of topics: lines qid<TAB>group (e.g. the topic's kind)")
        ("permutations", po::value(&report.randomization.permutations)->value_name("N")->default_value(100000),
         "permutations of the randomization test")
        ("seed", po::value(&report.randomization.seed)->value_name("S")->default_value(1),
         "seed of the randomization test");
    po::options_description visible;
    visible.add(measuring).add(plenary::cli::general_options());
    po::options_description hidden;
    hidden.add_options()("files", po::value(&files));
    po::positional_options_description positional;
    positional.add("files", -1);

    po::variables_map values;
    if (!plenary::cli::parse(argc, argv, tool,
                             "[options] QRELS RUN [RUN...]\n\n"
                             "Measures as trec_eval computes them: map P_5 P_10 ndcg_cut_10 recall_100 recip_rank.\n"
                             "QRELS lines: qid iter docno grade (grade > 0 is relevant, and the gain of nDCG).\n"
                             "RUN lines: qid Q0 docno rank score tag (ranked by score, ties by docno descending).\n"
                             "Every RUN after the first is compared with the first, topic by topic.",
                             visible, positional, hidden, values)) {
        return 0;
    }
    if (files.size() < 2) throw plenary::cli::UsageError("expected QRELS RUN [RUN...] (see plenary-eval --help)");
    if (report.randomization.permutations == 0) throw plenary::cli::UsageError("--permutations must be at least 1");

    ev::Qrels qrels = ev::read_qrels(files[0]);
    ev::TopicGroups groups;
    if (!groups_file.empty()) groups = ev::read_topic_groups(groups_file);
    std::vector<ev::EvaluatedRun> runs;
    for (std::size_t i = 1; i < files.size(); ++i) {
        ev::Run run = ev::read_run(files[i]);
        try {
            runs.push_back({files[i], run.tag, ev::evaluate(run, qrels, complete), {}});
        } catch (const ev::InputError& error) {
            throw ev::InputError(fmt::format("{}: {}", files[i], error.what()));
        }
    }
    for (auto& run : runs) {
        for (const auto& [group, topics] : groups) run.groups[group] = ev::restrict_to(run.evaluation, topics);
    }
    std::vector<ev::RunComparison> comparisons;
    for (std::size_t r = 1; r < runs.size(); ++r) {
        ev::RunComparison comparison{0, r, ev::compare(runs[0].evaluation, runs[r].evaluation, report.randomization), {}};
        for (const auto& [group, topics] : groups) {
            comparison.groups[group] = ev::compare(runs[0].groups[group], runs[r].groups[group], report.randomization);
        }
        comparisons.push_back(std::move(comparison));
    }
    if (json) {
        std::cout << ev::report_json(runs, comparisons, report).dump(2) << '\n';
    } else {
        ev::print_table(std::cout, runs, comparisons, report);
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    return plenary::cli::run(tool, [&] { return eval_main(argc, argv); });
}
