// The passage tagger: its rules language, the bundled rules, and their precision and recall
// against the hand labels of every bundled passage (tests/data/tag_labels.tsv).
#include <catch2/catch.hpp>

#include "plenary/passage_tagger.h"
#include "plenary/tag_evaluation.h"
#include "builtin_tagger.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

std::vector<AnalyzedWord> analyzed(const std::string& text) {
    Analyzer analyzer;
    std::vector<AnalyzedWord> words;
    analyzer.analyze(text, [&](const Token& token) { words.push_back({token.stem, token.position}); });
    return words;
}

std::vector<std::string> tags_of(const PassageTagger& rules, const std::string& text,
                                 TextSource source = TextSource::other) {
    return rules.tags(analyzed(text), source);
}

PassageTagger tagger(const std::string& rules) {
    Analyzer analyzer;
    return PassageTagger(rules, "rules.conf", analyzer);
}

std::string rules_error(const std::string& rules) {
    try {
        tagger(rules);
    } catch (const TagRulesError& error) {
        return error.what();
    }
    return "no error";
}

const fs::path labels_file = source_dir / "tests" / "data" / "tag_labels.tsv";

} // namespace

TEST_CASE("cues are analyzed like the text: stems, case, accents and phrases", "[tags]") {
    auto rules = tagger("[technical-work]\nthreshold 1\n1 intangible transfers\n1 Brokering\n1 trans-shipment\n"
                        "[people]\nthreshold 1\n1 Jörg Ranau\n");
    using V = std::vector<std::string>;
    CHECK(tags_of(rules, "the risk of an intangible transfer") == V{"technical-work"});
    CHECK(tags_of(rules, "Trans-Shipment issues") == V{"technical-work"});
    CHECK(tags_of(rules, "Ambassador JORG RANAU") == V{"people"});
    CHECK(tags_of(rules, "BROKERS and brokered deals") == V{"technical-work"});
    CHECK(tags_of(rules, "transfers of intangible technology").empty());  // not in a row
    CHECK(tags_of(rules, "export controls").empty());
}

TEST_CASE("weights add up to the threshold, each cue once, negative cues subtract", "[tags]") {
    auto rules = tagger("[outreach]\nthreshold 1\n0.5 dialogue\n0.5 assist\n-1 partners only\n"
                        "[membership]\nthreshold 1\n1 # members\n");
    using V = std::vector<std::string>;
    CHECK(tags_of(rules, "dialogue and more dialogue").empty());
    CHECK(tags_of(rules, "dialogue to assist them") == V{"outreach"});
    CHECK(tags_of(rules, "dialogue to assist partners only").empty());
    CHECK(tags_of(rules, "The regime has 35 members") == V{"membership"});
    CHECK(tags_of(rules, "The regime has many members").empty());

    auto scores = rules.scores(analyzed("dialogue to assist them"), TextSource::other);
    REQUIRE(scores.size() == 2);
    CHECK(scores[0].tag == "outreach");
    CHECK(scores[0].score == Approx(1.0));
    CHECK(scores[0].cues == V{"dialogue", "assist"});
    CHECK(rules.tag_names() == V{"outreach", "membership"});
}

TEST_CASE("alternatives on one cue line count once together", "[tags]") {
    auto rules = tagger("[region-concerns]\nthreshold 1\n0.5 Iran | Syria | North Korea\n0.5 proliferation | WMD\n");
    using V = std::vector<std::string>;
    CHECK(tags_of(rules, "Iran, Syria and North Korea").empty());  // three states are one hint
    CHECK(tags_of(rules, "proliferation of WMD").empty());
    CHECK(tags_of(rules, "North Korea and proliferation") == V{"region-concerns"});
    auto scores = rules.scores(analyzed("Syria and Iran pursue WMD"), TextSource::other);
    CHECK(scores[0].score == Approx(1.0));
    CHECK(scores[0].cues == V{"Iran", "WMD"});  // the first alternative that occurs, as written
}

TEST_CASE("a tag scoped to regimes fires only in a regime's statement", "[tags]") {
    auto rules = tagger("[membership]\nthreshold 1\nscope regime\n1 applications\n[other]\nthreshold 1\n1 applications\n");
    using V = std::vector<std::string>;
    CHECK(tags_of(rules, "applications", TextSource::regime_statement) == V{"membership", "other"});
    CHECK(tags_of(rules, "applications", TextSource::other) == V{"other"});
    CommuniqueMetadata metadata;
    CHECK(text_source(metadata) == TextSource::other);
    metadata.org = "NSG";
    CHECK(text_source(metadata) == TextSource::regime_statement);
}

TEST_CASE("with a window, cues count together only within that many words", "[tags]") {
    auto rules = tagger("[region-concerns]\nthreshold 1\nwindow 5\n0.5 Iran\n0.5 nuclear\n-1 peaceful\n");
    using V = std::vector<std::string>;
    CHECK(tags_of(rules, "Iran and its nuclear programme") == V{"region-concerns"});
    CHECK(tags_of(rules, "nuclear power was one topic among many others and then Iran").empty());
    CHECK(tags_of(rules, "Iran and its nuclear programme are, we hear, entirely peaceful").empty());  // anywhere
}

TEST_CASE("a malformed rules file is one error naming the file and line", "[tags][bad-input]") {
    CHECK(rules_error("1 brokering\n") == "rules.conf:1: a rule line before the first [tag-name]");
    CHECK(rules_error("[Bad Tag]\nthreshold 1\n1 x\n").find("rules.conf:1: bad tag name") == 0);
    CHECK(rules_error("[a]\nthreshold 1\n1 x\n[a]\nthreshold 1\n1 y\n") == "rules.conf:4: [a] is already defined on line 1");
    CHECK(rules_error("[a]\n1 x\n") == "rules.conf:1: [a] has no threshold line");
    CHECK(rules_error("[a]\nthreshold 1\n") == "rules.conf:1: [a] has no cues");
    CHECK(rules_error("[a]\nthreshold zero\n") == "rules.conf:2: the threshold must be a number above 0");
    CHECK(rules_error("[a]\nthreshold 1\none brokering\n").find("rules.conf:3: expected") == 0);
    CHECK(rules_error("[a]\nthreshold 1\n1 ...\n") == "rules.conf:3: a cue needs at least one word");
    CHECK(rules_error("[a]\nthreshold 1\n1 transfers\n0.5 transfer\n") ==
          "rules.conf:4: \"transfer\" matches the same words as the cue on line 3");
    CHECK(rules_error("[a]\nthreshold 1\nscope everywhere\n1 x\n") == "rules.conf:3: the scope is \"regime\" or \"any\"");
    CHECK(rules_error("[a]\nthreshold 1\nwindow 0\n1 x\n") == "rules.conf:3: the window is a number of words, 1 or more");
    CHECK(rules_error("[a]\nthreshold 1\n1 transit | | transfer\n") == "rules.conf:3: a cue needs at least one word");
    CHECK(rules_error("[a]\nthreshold 1\n1 transfers | transfer\n") ==
          "rules.conf:3: \"transfer\" matches the same words as the cue on line 3");
    CHECK(rules_error("# nothing but comments\n\n") == "no error");
}

TEST_CASE("the built-in rules load and know the issue's tags", "[tags]") {
    const auto& rules = builtin_tagger();
    auto names = rules.tag_names();
    for (const char* tag : {"region-concerns", "outreach", "technical-work", "membership", "guidelines-policy",
                            "un-resolutions", "regime-organization"}) {
        CHECK(std::find(names.begin(), names.end(), tag) != names.end());
    }
    CHECK(rules.fingerprint().size() == 16);
    CHECK(rules.origin().find("tag_rules.conf") != std::string::npos);
}

TEST_CASE("the labels file is read strictly", "[tags][bad-input]") {
    TempDir dir;
    write_file(dir / "labels.tsv", "# comment\na#1\toutreach,membership\twhy\nb#1\t-\twhy\n");
    auto labels = read_tag_labels(dir / "labels.tsv");
    CHECK(labels.at("a#1") == std::set<std::string>{"membership", "outreach"});
    CHECK(labels.at("b#1").empty());
    write_file(dir / "bad.tsv", "a#1\toutreach\n");
    CHECK_THROWS_WITH(read_tag_labels(dir / "bad.tsv"), Catch::Contains("bad.tsv:1: expected"));
    write_file(dir / "twice.tsv", "a#1\t-\tx\na#1\t-\ty\n");
    CHECK_THROWS_WITH(read_tag_labels(dir / "twice.tsv"), Catch::Contains("twice.tsv:2: a#1 is labelled twice"));
}

TEST_CASE("every bundled passage is labelled, and per tag precision and recall are at least 0.9", "[tags][quality]") {
    auto labels = read_tag_labels(labels_file);
    TagAssignments predicted;
    for (const auto& [passage, tagged] : tag_passages({corpus_dir}, builtin_tagger())) {
        predicted[passage] = tagged.tags;
    }
    auto evaluation = evaluate_tags(labels, predicted);  // throws if a passage has no label
    CHECK(evaluation.passages == 61);
    for (const auto& tag : builtin_tagger().tag_names()) {
        INFO("tag " << tag);
        const auto& counts = evaluation.per_tag[tag];
        CHECK(counts.labelled > 0);
        REQUIRE(counts.precision());
        REQUIRE(counts.recall());
        CHECK(*counts.precision() >= 0.9);
        CHECK(*counts.recall() >= 0.9);
    }
}

TEST_CASE("Rome's DPRK and Iran passage is region-concerns, a member list is membership", "[tags]") {
    auto tagged = tag_passages({corpus_dir / "2013-rome-27th-plenary.txt"}, builtin_tagger());
    CHECK(tagged.at("2013-rome-27th-plenary#4").tags.count("region-concerns"));
    CHECK(tagged.at("2013-rome-27th-plenary#11").tags == std::set<std::string>{"membership"});
    CHECK(tagged.at("2013-rome-27th-plenary#7").tags == std::set<std::string>{"technical-work"});
}

