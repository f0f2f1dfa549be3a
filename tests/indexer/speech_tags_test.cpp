// The built-in tag rules on speeches (tests/data/speech_tags/: hand-labelled samples of State of the
// Union passages, how they were made in its README.txt): tags only where they belong.
#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "builtin_tagger.h"
#include "plenary/passage_tagger.h"
#include "plenary/strings.h"
#include "plenary/tag_evaluation.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

const fs::path speech_dir = source_dir / "tests" / "data" / "speech_tags";

std::map<std::string, std::string> passage_texts() {
    std::map<std::string, std::string> texts;
    const std::string file = read_file(speech_dir / "passages.tsv");
    for (const std::string_view line : split_lines(file)) {
        if (line.empty() || line.front() == '#') continue;
        const std::size_t tab = line.find('\t');
        texts.emplace(line.substr(0, tab), line.substr(tab + 1));
    }
    return texts;
}

// The built-in rules' tags of every passage the labels name, the speeches being no regime's statements.
TagAssignments predicted_for(const TagAssignments& labels) {
    static const std::map<std::string, std::string> texts = passage_texts();
    Analyzer analyzer;
    TagAssignments predicted;
    for (const auto& [passage, truth] : labels) {
        std::vector<AnalyzedWord> words;
        analyzer.analyze(texts.at(passage), [&](const Token& token) { words.push_back({token.stem, token.position}); });
        const auto tags = builtin_tagger().tags(words, TextSource::other);
        predicted[passage] = {tags.begin(), tags.end()};
    }
    return predicted;
}

TagCounts counts_of(const std::string& labels_file) {
    const TagAssignments labels = read_tag_labels(speech_dir / labels_file);
    return evaluate_tags(labels, predicted_for(labels)).all;
}

} // namespace

TEST_CASE("Washington's 1790 address is no regime's membership", "[tags][speeches]") {
    const TagAssignments labels = read_tag_labels(speech_dir / "labels_example.tsv");
    CHECK(predicted_for(labels).at("1790-george-washington-n#3").empty());
}

TEST_CASE("no passage of the old rules' sample gets a tag its label lacks", "[tags][speeches]") {
    const TagCounts sample_a = counts_of("labels_a.tsv");
    CHECK(sample_a.predicted == sample_a.agreed);
}

TEST_CASE("tags on speeches are right nine times in ten in every sample", "[tags][speeches][quality]") {
    for (const char* file : {"labels_a2.tsv", "labels_b.tsv", "labels_c.tsv"}) {
        INFO(file);
        const TagCounts sample = counts_of(file);
        REQUIRE(sample.precision());
        CHECK(*sample.precision() >= 0.9);
    }
}

TEST_CASE("blind labels of every tag the rules give on the speeches: right nine times in ten", "[tags][speeches][quality]") {
    const TagCounts blind = counts_of("labels_blind.tsv");
    CHECK(blind.predicted >= 45);  // every passage the rules tag is labelled: 41 passages, 45 tags
    REQUIRE(blind.precision());
    CHECK(*blind.precision() >= 0.9);
}

TEST_CASE("the tags about a regime itself never fire on a speech", "[tags][speeches]") {
    TagAssignments labels;
    for (const char* file : {"labels_a.tsv", "labels_a2.tsv", "labels_b.tsv", "labels_c.tsv"})
        labels.merge(read_tag_labels(speech_dir / file));
    std::set<std::string> fired;
    for (const auto& [passage, tags] : predicted_for(labels)) fired.insert(tags.begin(), tags.end());
    for (const char* tag : {"membership", "outreach", "guidelines-policy", "regime-organization", "code-of-conduct"})
        CHECK(fired.count(tag) == 0);
}
