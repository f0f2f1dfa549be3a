// Word-level differences: runs and offsets on small cases, the similarity, and the new version
// rebuilt from the old one and the diff.
#include <catch2/catch.hpp>

#include "plenary/word_diff.h"

using namespace plenary;

namespace {

std::string slice(std::string_view text, const ByteRange& range) {
    return std::string(text.substr(range.begin, range.end - range.begin));
}

std::string kinds(const WordDiff& diff) {
    std::string out;
    for (const auto& run : diff.runs) out += std::string(kind_name(run.kind)).substr(0, 1);
    return out;
}

} // namespace

TEST_CASE("the same words are one equal run with similarity 1", "[diff]") {
    std::string text = "the risk of intangible technology transfers";
    WordDiff diff = diff_words(text, text);
    CHECK(kinds(diff) == "e");
    CHECK(diff.similarity() == 1.0);
    CHECK(slice(text, diff.runs[0].old_text) == text);
    CHECK(apply_diff(text, text, diff) == text);
}

TEST_CASE("changed words are removed and added runs with their offsets", "[diff]") {
    std::string old_text = "the risk of intangible technology transfers and the challenges it entails";
    std::string new_text = "serious risks and challenges posed by intangible technology transfers";
    WordDiff diff = diff_words(old_text, new_text);
    std::string removed, added, equal;
    for (const auto& run : diff.runs) {
        if (run.kind == DiffKind::removed) removed += slice(old_text, run.old_text) + "|";
        if (run.kind == DiffKind::added) added += slice(new_text, run.new_text) + "|";
        if (run.kind == DiffKind::equal) {
            CHECK(slice(old_text, run.old_text) == slice(new_text, run.new_text));
            equal += slice(old_text, run.old_text) + "|";
        }
    }
    CHECK(equal == "intangible technology transfers|");
    CHECK(diff.common_words == 3);
    CHECK(diff.old_words == 11);
    CHECK(diff.new_words == 9);
    CHECK(diff.similarity() == Approx(6.0 / 20.0));
    CHECK(apply_diff(old_text, new_text, diff) == new_text);
    for (std::size_t i = 1; i < diff.runs.size(); ++i) CHECK(diff.runs[i].kind != diff.runs[i - 1].kind);
}

TEST_CASE("a run without words on one side has an empty range where they would go", "[diff]") {
    std::string old_text = "Partners discussed brokering";
    std::string new_text = "Partners also discussed brokering";
    WordDiff diff = diff_words(old_text, new_text);
    REQUIRE(kinds(diff) == "eae");
    const DiffRun& added = diff.runs[1];
    CHECK(slice(new_text, added.new_text) == "also");
    CHECK(added.old_text.begin == added.old_text.end);
    CHECK(added.old_text.begin == old_text.find("discussed"));

    WordDiff back = diff_words(new_text, old_text);
    REQUIRE(kinds(back) == "ere");
    CHECK(slice(new_text, back.runs[1].old_text) == "also");
    CHECK(back.runs[1].new_text.begin == back.runs[1].new_text.end);
    CHECK(apply_diff(new_text, old_text, back) == old_text);
}

TEST_CASE("punctuation and case are part of a word, as git's word diff compares them", "[diff]") {
    WordDiff diff = diff_words("technology, brokering", "Technology brokering");
    CHECK(kinds(diff) == "rae");
    CHECK(diff.common_words == 1);
}

TEST_CASE("empty texts and texts with nothing in common", "[diff]") {
    CHECK(diff_words("", "").runs.empty());
    CHECK(diff_words("", "").similarity() == 1.0);
    WordDiff added = diff_words("", "new words");
    CHECK(kinds(added) == "a");
    CHECK(added.similarity() == 0.0);
    CHECK(apply_diff("", "new words", added) == "new words");
    WordDiff replaced = diff_words("a b", "c d");
    CHECK(replaced.common_words == 0);
    CHECK(apply_diff("a b", "c d", replaced) == "c d");
}
