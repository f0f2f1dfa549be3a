// plenary-tags-eval PATH...: precision and recall of the passage tagger against hand labels.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <optional>

#include "plenary/cli.h"
#include "plenary/passage_tagger.h"
#include "plenary/tag_evaluation.h"

namespace {

namespace po = plenary::cli::po;

constexpr std::string_view tool = "plenary-tags-eval";

std::string figure(const std::optional<double>& value) { return value ? fmt::format("{:.3f}", *value) : "-"; }

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& word : words) out += (out.empty() ? "" : ", ") + word;
    return out;
}

std::string communique_of(const std::string& passage) { return passage.substr(0, passage.rfind('#')); }

void print_disagreements(const std::map<std::string, plenary::TaggedPassage>& tagged, const plenary::TagAssignments& labels) {
    for (const auto& [passage, result] : tagged) {
        const auto& truth = labels.at(passage);
        for (const auto& score : result.scores) {
            bool labelled = truth.count(score.tag) > 0;
            if (labelled == score.tagged) continue;
            std::cout << fmt::format("{}\t{}\t{}\tscore {:.2f}\tcues: {}\n", labelled ? "missed" : "extra", score.tag,
                                     passage, score.score, score.cues.empty() ? "none" : joined(score.cues));
        }
    }
}

struct Command {
    std::string labels_file;
    std::string rules_file;
    std::vector<std::string> only;
    std::vector<std::string> except;
    std::vector<std::string> paths;
    bool errors = false;
    bool sample = false;
};

po::options_description evaluation_options(Command& command) {
    po::options_description evaluating("Evaluation");
    evaluating.add_options()
        ("labels", po::value(&command.labels_file)->value_name("FILE")->required(),
         "hand labels: passage id <TAB> tags (comma-separated, - for none) <TAB> rationale")
        ("rules", po::value(&command.rules_file)->value_name("FILE"),
         "tag rules to measure (default: the built-in indexer/tag_rules.conf)")
        ("only", po::value(&command.only)->value_name("DOC"), "only the passages of communiqué DOC (repeatable)")
        ("except", po::value(&command.except)->value_name("DOC"), "leave out the passages of communiqué DOC (repeatable)")
        ("errors", po::bool_switch(&command.errors), "list every missed and extra tag with the cues that fired")
        ("sample", po::bool_switch(&command.sample),
         "the labels are a sample: evaluate only the labelled passages (recall then describes the sample only)");
    return evaluating;
}

// The command line; nullopt when it asked for --help or --version.
std::optional<Command> parse_command_line(int argc, char** argv) {
    Command command;
    po::options_description visible;
    visible.add(evaluation_options(command)).add(plenary::cli::general_options());
    po::variables_map values;
    if (!plenary::cli::parse(argc, argv, tool,
                             "--labels FILE [options] PATH...\n\n"
                             "Tags the passages of the .txt and .md files in PATH and prints, per tag, the precision\n"
                             "and recall of the tags against the hand labels.",
                             visible, command.paths, values)) {
        return std::nullopt;
    }
    if (command.paths.empty()) throw plenary::cli::UsageError("no PATH given (see plenary-tags-eval --help)");
    return command;
}

// Keeps the passages of the communiqués --only and --except leave in.
void restrict_to_chosen(const Command& command, std::map<std::string, plenary::TaggedPassage>& tagged,
                        plenary::TagAssignments& labels) {
    auto keep = [&](const std::string& communique) {
        const auto& only = command.only;
        const auto& except = command.except;
        if (!only.empty() && std::find(only.begin(), only.end(), communique) == only.end()) return false;
        return std::find(except.begin(), except.end(), communique) == except.end();
    };
    std::erase_if(tagged, [&](const auto& entry) { return !keep(entry.second.communique_id); });
    std::erase_if(labels, [&](const auto& entry) { return !keep(communique_of(entry.first)); });
    if (tagged.empty()) throw plenary::cli::UsageError("no passage left to evaluate");
}

void print_table(const plenary::TagEvaluation& evaluation) {
    std::cout << fmt::format("{:<22}{:>9}{:>10}{:>8}{:>11}{:>8}\n", "tag", "labelled", "predicted", "agreed", "precision",
                             "recall");
    auto row = [](const std::string& name, const plenary::TagCounts& counts) {
        return fmt::format("{:<22}{:>9}{:>10}{:>8}{:>11}{:>8}\n", name, counts.labelled, counts.predicted, counts.agreed,
                           figure(counts.precision()), figure(counts.recall()));
    };
    for (const auto& [tag, counts] : evaluation.per_tag) std::cout << row(tag, counts);
    std::cout << row("all tags (micro)", evaluation.all);
}

int eval_main(int argc, char** argv) {
    auto command = parse_command_line(argc, argv);
    if (!command) return 0;
    plenary::Analyzer analyzer;
    const plenary::PassageTagger tagger = plenary::load_tag_rules(command->rules_file, analyzer);
    auto labels = plenary::read_tag_labels(command->labels_file);
    auto tagged = plenary::tag_passages({command->paths.begin(), command->paths.end()}, tagger);
    if (command->sample) std::erase_if(tagged, [&](const auto& entry) { return !labels.count(entry.first); });
    restrict_to_chosen(*command, tagged, labels);

    plenary::TagAssignments predicted;
    for (const auto& [passage, result] : tagged) predicted[passage] = result.tags;
    auto evaluation = plenary::evaluate_tags(labels, predicted);
    print_table(evaluation);
    std::cout << fmt::format("{} passages; labels {}; rules {}\n", evaluation.passages, command->labels_file, tagger.origin());
    if (command->errors) print_disagreements(tagged, labels);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    return plenary::cli::run(tool, [&] { return eval_main(argc, argv); });
}
