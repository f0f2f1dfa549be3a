// plenary-tags-eval PATH...: precision and recall of the passage tagger against hand labels.
#include <fmt/format.h>

#include <iostream>

#include "plenary/cli.h"
#include "plenary/files.h"
#include "plenary/passage_tagger.h"
#include "plenary/tag_evaluation.h"

namespace {

constexpr std::string_view tool = "plenary-tags-eval";

std::string figure(const std::optional<double>& value) { return value ? fmt::format("{:.3f}", *value) : "-"; }

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& word : words) out += (out.empty() ? "" : ", ") + word;
    return out;
}

std::string communique_of(const std::string& passage) { return passage.substr(0, passage.rfind('#')); }

std::unique_ptr<plenary::PassageTagger> rules_from(const std::string& path) {
    std::string text;
    try {
        text = plenary::read_file(path);
    } catch (const plenary::FileReadError& error) {
        throw std::runtime_error(fmt::format("cannot read the tag rules {}: {}", path, error.reason()));
    }
    plenary::Analyzer analyzer;
    return std::make_unique<plenary::PassageTagger>(text, path, analyzer);
}

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

int eval_main(int argc, char** argv) {
    namespace po = plenary::cli::po;
    std::string labels_file;
    std::string rules_file;
    std::vector<std::string> only;
    std::vector<std::string> except;
    std::vector<std::string> paths;
    bool errors = false;

    po::options_description evaluating("Evaluation");
    evaluating.add_options()
        ("labels", po::value(&labels_file)->value_name("FILE")->required(),
         "hand labels: passage id <TAB> tags (comma-separated, - for none) <TAB> rationale")
        ("rules", po::value(&rules_file)->value_name("FILE"),
         "tag rules to measure (default: $PLENARY_TAG_RULES, else the built-in indexer/tag_rules.conf)")
        ("only", po::value(&only)->value_name("DOC"), "only the passages of communiqué DOC (repeatable)")
        ("except", po::value(&except)->value_name("DOC"), "leave out the passages of communiqué DOC (repeatable)")
        ("errors", po::bool_switch(&errors), "list every missed and extra tag with the cues that fired");
    po::options_description visible;
    visible.add(evaluating).add(plenary::cli::general_options());
    po::options_description hidden;
    hidden.add_options()("path", po::value(&paths));
    po::positional_options_description positional;
    positional.add("path", -1);

    po::variables_map values;
    if (!plenary::cli::parse(argc, argv, tool,
                             "--labels FILE [options] PATH...\n\n"
                             "Tags the passages of the .txt and .md files in PATH and prints, per tag, the precision\n"
                             "and recall of the tags against the hand labels.",
                             visible, positional, hidden, values)) {
        return 0;
    }
    if (paths.empty()) throw plenary::cli::UsageError("no PATH given (see plenary-tags-eval --help)");

    auto custom = rules_file.empty() ? nullptr : rules_from(rules_file);
    const plenary::PassageTagger& tagger = custom ? *custom : plenary::PassageTagger::standard();
    auto labels = plenary::read_tag_labels(labels_file);
    auto tagged = plenary::tag_passages({paths.begin(), paths.end()}, tagger);

    auto keep = [&](const std::string& communique) {
        if (!only.empty() && std::find(only.begin(), only.end(), communique) == only.end()) return false;
        return std::find(except.begin(), except.end(), communique) == except.end();
    };
    std::erase_if(tagged, [&](const auto& entry) { return !keep(entry.second.communique_id); });
    std::erase_if(labels, [&](const auto& entry) { return !keep(communique_of(entry.first)); });
    if (tagged.empty()) throw plenary::cli::UsageError("no passage left to evaluate");

    plenary::TagAssignments predicted;
    for (const auto& [passage, result] : tagged) predicted[passage] = result.tags;
    auto evaluation = plenary::evaluate_tags(labels, predicted);

    std::cout << fmt::format("{:<22}{:>9}{:>10}{:>8}{:>11}{:>8}\n", "tag", "labelled", "predicted", "agreed", "precision",
                             "recall");
    auto row = [](const std::string& name, const plenary::TagCounts& counts) {
        return fmt::format("{:<22}{:>9}{:>10}{:>8}{:>11}{:>8}\n", name, counts.labelled, counts.predicted, counts.agreed,
                           figure(counts.precision()), figure(counts.recall()));
    };
    for (const auto& [tag, counts] : evaluation.per_tag) std::cout << row(tag, counts);
    std::cout << row("all tags (micro)", evaluation.all);
    std::cout << fmt::format("{} passages; labels {}; rules {}\n", evaluation.passages, labels_file, tagger.origin());
    if (errors) print_disagreements(tagged, labels);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    return plenary::cli::run(tool, [&] { return eval_main(argc, argv); });
}
