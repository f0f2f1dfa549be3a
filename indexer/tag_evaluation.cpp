#include "plenary/tag_evaluation.h"

#include <fmt/format.h>

#include "document_builder.h"
#include "plenary/communique.h"
#include "plenary/files.h"
#include "plenary/indexer.h"
#include "plenary/strings.h"

namespace plenary {

namespace {

std::optional<double> ratio(std::size_t part, std::size_t whole) {
    if (whole == 0) return std::nullopt;
    return static_cast<double>(part) / static_cast<double>(whole);
}

} // namespace

TagAssignments read_tag_labels(const std::filesystem::path& file) {
    std::string text;
    try {
        text = read_text_file(file);
    } catch (const FileReadError& error) {
        throw std::runtime_error(fmt::format("cannot read the labels {}: {}", file.string(), error.reason()));
    }
    TagAssignments labels;
    std::size_t number = 0;
    for (std::string_view line : split_lines(text)) {
        ++number;
        if (line.empty() || line.front() == '#') continue;
        auto fields = split(line, '\t');
        auto fail = [&](const std::string& reason) {
            throw std::runtime_error(fmt::format("{}:{}: {}", file.string(), number, reason));
        };
        if (fields.size() != 3 || fields[0].empty() || fields[1].empty()) {
            fail("expected passage id <TAB> tags (or -) <TAB> rationale");
        }
        std::set<std::string> tags;
        if (fields[1] != "-") {
            for (auto& tag : split(fields[1], ',')) {
                if (tag.empty()) fail("empty tag name");
                tags.insert(std::string(tag));
            }
        }
        if (!labels.emplace(std::string(fields[0]), std::move(tags)).second) fail(fmt::format("{} is labelled twice", fields[0]));
    }
    return labels;
}

std::map<std::string, TaggedPassage> tag_passages(const std::vector<std::filesystem::path>& paths,
                                                  const PassageTagger& tagger) {
    Analyzer analyzer;
    std::map<std::string, TaggedPassage> out;
    for (const auto& file : find_source_files(paths)) {
        Communique communique = load_communique(file);
        for (const auto& passage : communique.passages) {
            std::vector<AnalyzedWord> words;
            analyzer.analyze(passage.text, [&](const Token& token) { words.push_back({token.stem, token.position}); });
            TaggedPassage tagged{communique.id, tagger.scores(words, text_source(communique.metadata)), {}};
            for (const auto& score : tagged.scores) {
                if (score.tagged) tagged.tags.insert(score.tag);
            }
            out.emplace(passage_id(communique, passage), std::move(tagged));
        }
    }
    return out;
}

std::optional<double> TagCounts::precision() const { return ratio(agreed, predicted); }
std::optional<double> TagCounts::recall() const { return ratio(agreed, labelled); }

TagEvaluation evaluate_tags(const TagAssignments& labels, const TagAssignments& predicted) {
    TagEvaluation evaluation;
    for (const auto& [passage, tags] : predicted) {
        if (!labels.count(passage)) throw std::runtime_error(fmt::format("passage {} has no label", passage));
    }
    for (const auto& [passage, truth] : labels) {
        auto found = predicted.find(passage);
        if (found == predicted.end()) throw std::runtime_error(fmt::format("labelled passage {} is not in the corpus", passage));
        ++evaluation.passages;
        for (const auto& tag : truth) ++evaluation.per_tag[tag].labelled;
        for (const auto& tag : found->second) {
            auto& counts = evaluation.per_tag[tag];
            ++counts.predicted;
            if (truth.count(tag)) ++counts.agreed;
        }
    }
    for (const auto& [tag, counts] : evaluation.per_tag) {
        evaluation.all.labelled += counts.labelled;
        evaluation.all.predicted += counts.predicted;
        evaluation.all.agreed += counts.agreed;
    }
    return evaluation;
}

} // namespace plenary
