// plenary-eval QRELS RUN [RUN...]: trec_eval's measures of runs, and paired
// comparisons of each further run with the first.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <iostream>
#include <optional>

#include "plenary/cli.h"
#include "plenary/eval/report.h"
#include "plenary/eval/topic_groups.h"

namespace {

namespace po = plenary::cli::po;
namespace ev = plenary::eval;

constexpr std::string_view tool = "plenary-eval";

struct Command {
    std::vector<std::string> files;  // QRELS RUN [RUN...]
    ev::ReportOptions report;
    bool complete = false;
    bool json = false;
    std::string groups_file;
};

po::options_description evaluation_options(Command& command) {
    po::options_description measuring("Evaluation");
    measuring.add_options()
        ("per-topic,q", po::bool_switch(&command.report.per_topic), "also print every topic's measures")
        ("complete,c", po::bool_switch(&command.complete),
         "average over every judged topic, a topic missing from a run scoring 0 (trec_eval -c)")
        ("json", po::bool_switch(&command.json), "write one JSON document")
        ("groups", po::value(&command.groups_file)->value_name("FILE"),
         "also report each group of topics: lines qid<TAB>group (e.g. the topic's kind)")
        ("permutations", po::value(&command.report.randomization.permutations)->value_name("N")->default_value(100000),
         "permutations of the randomization test")
        ("seed", po::value(&command.report.randomization.seed)->value_name("S")->default_value(1),
         "seed of the randomization test");
    return measuring;
}

constexpr std::string_view usage =
    "[options] QRELS RUN [RUN...]\n\n"
    "Measures as trec_eval computes them: map P_5 P_10 ndcg_cut_10 recall_100 recip_rank.\n"
    "QRELS lines: qid iter docno grade (grade > 0 is relevant, and the gain of nDCG).\n"
    "RUN lines: qid Q0 docno rank score tag (ranked by score, ties by docno descending).\n"
    "Every RUN after the first is compared with the first, topic by topic.";

// The command line, checked; nullopt when it asked for --help or --version.
std::optional<Command> parse_command_line(int argc, char** argv) {
    Command command;
    po::options_description visible;
    visible.add(evaluation_options(command)).add(plenary::cli::general_options());
    po::variables_map values;
    if (!plenary::cli::parse(argc, argv, tool, usage, visible, command.files, values)) return std::nullopt;
    if (command.files.size() < 2) throw plenary::cli::UsageError("expected QRELS RUN [RUN...] (see plenary-eval --help)");
    if (command.report.randomization.permutations == 0) throw plenary::cli::UsageError("--permutations must be at least 1");
    return command;
}

std::vector<ev::EvaluatedRun> evaluate_runs(const Command& command, const ev::Qrels& qrels, const ev::TopicGroups& groups) {
    std::vector<ev::EvaluatedRun> runs;
    for (std::size_t i = 1; i < command.files.size(); ++i) {
        const std::string& file = command.files[i];
        ev::Run run = ev::read_run(file);
        try {
            runs.push_back({file, run.tag, ev::evaluate(run, qrels, command.complete), {}});
        } catch (const ev::InputError& error) {
            throw ev::InputError(fmt::format("{}: {}", file, error.what()));
        }
        for (const auto& [group, topics] : groups) runs.back().groups[group] = ev::restrict_to(runs.back().evaluation, topics);
    }
    return runs;
}

// Every run after the first against the first, overall and per group.
std::vector<ev::RunComparison> compare_runs(const std::vector<ev::EvaluatedRun>& runs, const ev::TopicGroups& groups,
                                            const ev::RandomizationOptions& randomization) {
    std::vector<ev::RunComparison> comparisons;
    for (std::size_t r = 1; r < runs.size(); ++r) {
        ev::RunComparison comparison{0, r, ev::compare(runs[0].evaluation, runs[r].evaluation, randomization), {}};
        for (const auto& [group, topics] : groups) {
            comparison.groups[group] = ev::compare(runs[0].groups.at(group), runs[r].groups.at(group), randomization);
        }
        comparisons.push_back(std::move(comparison));
    }
    return comparisons;
}

// A group none of whose topics is judged would print figures of nothing, as zeros.
void warn_of_unjudged_groups(const ev::TopicGroups& groups, const ev::Qrels& qrels, const std::string& groups_file) {
    for (const auto& [group, topics] : groups) {
        if (std::none_of(topics.begin(), topics.end(), [&](const std::string& topic) { return qrels.count(topic); })) {
            std::cerr << fmt::format("plenary-eval: warning: {}: group {} has no judged topic ({})\n", groups_file, group,
                                     fmt::join(topics, ", "));
        }
    }
}

int eval_main(int argc, char** argv) {
    auto command = parse_command_line(argc, argv);
    if (!command) return 0;
    ev::Qrels qrels = ev::read_qrels(command->files[0]);
    ev::TopicGroups groups;
    if (!command->groups_file.empty()) groups = ev::read_topic_groups(command->groups_file);
    warn_of_unjudged_groups(groups, qrels, command->groups_file);
    auto runs = evaluate_runs(*command, qrels, groups);
    auto comparisons = compare_runs(runs, groups, command->report.randomization);
    if (command->json) {
        std::cout << ev::report_json(runs, comparisons, command->report).dump(2) << '\n';
    } else {
        ev::print_table(std::cout, runs, comparisons, command->report);
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    return plenary::cli::run(tool, [&] { return eval_main(argc, argv); });
}
