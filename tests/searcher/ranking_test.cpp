// Ranking options: match modes and proximity evidence, on small texts where only
// the option under test differs, and on the bundled corpus.
#include <catch2/catch.hpp>

#include "bundled_searcher.h"
#include "plenary/indexer.h"
#include "plenary/searcher.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

// Passages 1 and 2 hold the same words; only in passage 2 are "intangible
// technology transfer" together and in order.
constexpr const char* notes =
    "Meeting notes on technology\n\n"
    "The partners spoke about intangible matters while the technology experts reviewed another transfer of "
    "equipment and the related licensing practice of members.\n\n"
    "The partners spoke about intangible technology transfer while the experts reviewed another matter of "
    "equipment and the related licensing practice of members.\n\n"
    "The partners reviewed the licensing practice of members and the related equipment lists in the framework "
    "of their regular annual exchange of views.\n";

struct NotesIndex {
    TempDir source;
    TempDir index;
    NotesIndex() {
        write_file(source / "notes.txt", notes);
        IndexOptions options;
        options.index_dir = index.path();
        update_index({source.path()}, options);
    }
};

std::vector<std::string> ranked(const fs::path& index, const std::string& query, RankingOptions ranking) {
    Searcher searcher(index, ranking);
    SearchOptions options;
    options.limit = 100;
    std::vector<std::string> ids;
    for (const auto& hit : searcher.search(query, options).hits) ids.push_back(hit.passage.passage_id);
    return ids;
}

RankingOptions matching(MatchMode match, RankingOptions ranking = {}) {
    ranking.query.match = match;
    return ranking;
}

// Every word must match, so that the passages compared are the same; no evidence of the words
// together, neither proximity nor a related concept naming them as one thing
// ("intangible technology transfers" in thesaurus.txt).
RankingOptions plain_bm25() {
    RankingOptions ranking = matching(MatchMode::all);
    ranking.query.phrase_boost = 0;
    ranking.query.proximity_boost = 0;
    ranking.query.concept_weight = 0;
    return ranking;
}

RankingOptions matching_any() { return matching(MatchMode::any); }

std::vector<double> scores(const fs::path& index, const std::string& query, RankingOptions ranking) {
    Searcher searcher(index, ranking);
    std::vector<double> found;
    for (const auto& hit : searcher.search(query, {}).hits) found.push_back(hit.score);
    return found;
}

} // namespace

TEST_CASE("words found together and in order rank above the same words apart", "[ranking]") {
    NotesIndex notes_index;
    const auto& index = notes_index.index.path();
    // Plain BM25 cannot tell the two passages apart: equal scores, passage order.
    CHECK(ranked(index, "intangible technology transfer", plain_bm25()) == std::vector<std::string>{"notes#1", "notes#2"});
    CHECK(ranked(index, "intangible technology transfer", matching(MatchMode::all)) == std::vector<std::string>{"notes#2", "notes#1"});
    // Function words in the query allow for them between the words of the passage.
    CHECK(ranked(index, "transfer of equipment", {}).front() == "notes#1");
    CHECK(ranked(index, "transfer of equipment", plain_bm25()).front() == "notes#1");
    // Either kind of evidence alone is enough here.
    RankingOptions in_order_only = plain_bm25();
    in_order_only.query.phrase_boost = 0.1;
    CHECK(ranked(index, "intangible technology transfer", in_order_only).front() == "notes#2");
    RankingOptions near_only = plain_bm25();
    near_only.query.proximity_boost = 0.05;
    near_only.query.proximity_window = 3;
    CHECK(ranked(index, "technology intangible", near_only).front() == "notes#2");
}

TEST_CASE("proximity only reorders: the same passages match with and without it", "[ranking]") {
    NotesIndex notes_index;
    const auto& index = notes_index.index.path();
    for (const char* query : {"intangible technology transfer", "licensing members", "\"licensing practice\" equipment",
                              "equipment -intangible", "partners spoke annual"}) {
        INFO(query);
        auto with = ranked(index, query, matching(MatchMode::all));
        auto without = ranked(index, query, plain_bm25());
        std::sort(with.begin(), with.end());
        std::sort(without.begin(), without.end());
        CHECK(with == without);
    }
}

TEST_CASE("match any: one word is enough, more words rank higher, + and AND still require", "[ranking]") {
    NotesIndex notes_index;
    const auto& index = notes_index.index.path();
    CHECK(ranked(index, "intangible annual", matching(MatchMode::all)).empty());
    auto any = ranked(index, "intangible annual", matching_any());
    CHECK(any.size() == 3);
    CHECK(ranked(index, "intangible annual views", matching_any()).front() == "notes#3");
    CHECK(ranked(index, "+intangible annual", matching_any()) == ranked(index, "intangible", matching_any()));
    CHECK(ranked(index, "intangible AND annual", matching_any()).empty());
    CHECK(ranked(index, "intangible AND technology annual", matching_any()).size() == 2);
    CHECK(ranked(index, "annual -intangible", matching_any()) == std::vector<std::string>{"notes#3"});
}

TEST_CASE("best match on the bundled corpus: the passages with all the words first, then the others", "[ranking]") {
    const auto& index = bundled_index();
    CHECK(ranked(index.path(), "FOIA cookies", {}).empty());  // web chrome words, no synonym in the text
    auto both = ranked(index.path(), "brokering transshipment", matching(MatchMode::all));
    CHECK(both.size() == 3);
    auto best = ranked(index.path(), "brokering transshipment", {});
    REQUIRE(best.size() > both.size());
    std::vector<std::string> first(best.begin(), best.begin() + static_cast<long>(both.size()));
    std::sort(first.begin(), first.end());
    std::sort(both.begin(), both.end());
    CHECK(first == both);
}

TEST_CASE("a city or a year in the query stands for its communiqué: the subject ranks above the opening paragraph", "[ranking][context]") {
    const auto& index = bundled_index();
    // Seoul's opening paragraph names Seoul in its text and the chair in passing; passage 9
    // is about the next Chair. The city counts for both through the communiqué's fields.
    auto with_context = ranked(index.path(), "Seoul chair", {});
    REQUIRE(with_context.size() >= 2);
    CHECK(with_context.front() == "2004-seoul-19th-plenary#9");
    RankingOptions without;
    without.query.communique_context = false;
    auto without_context = ranked(index.path(), "Seoul chair", without);
    CHECK(without_context.front() == "2004-seoul-19th-plenary#1");
    // Only the order changes.
    std::sort(with_context.begin(), with_context.end());
    std::sort(without_context.begin(), without_context.end());
    CHECK(with_context == without_context);
    // A year too: Buenos Aires's Iran passage first, and its opening paragraph, which names
    // 2011 but not Iran, no longer second.
    auto by_year = ranked(index.path(), "2011 Iran", {});
    REQUIRE(by_year.size() >= 2);
    CHECK(by_year[0] == "2011-buenos-aires-25th-plenary#4");
    CHECK(by_year[1] != "2011-buenos-aires-25th-plenary#1");
    CHECK(ranked(index.path(), "2011 Iran", without)[1] == "2011-buenos-aires-25th-plenary#1");
}

TEST_CASE("feedback reweighs the passages the query matches and adds none", "[ranking][feedback]") {
    const auto& index = bundled_index();
    RankingOptions feedback;
    feedback.feedback.passages = 3;
    for (const char* query : {"brokering", "missile programmes", "Iran DPRK", "\"code of conduct\""}) {
        INFO(query);
        auto with = ranked(index.path(), query, feedback);
        auto without = ranked(index.path(), query, {});
        REQUIRE_FALSE(without.empty());
        std::sort(with.begin(), with.end());
        std::sort(without.begin(), without.end());
        CHECK(with == without);
    }
    // The words the first hits share add weight to the passages that hold them.
    CHECK(scores(index.path(), "brokering", feedback) != scores(index.path(), "brokering", {}));
    feedback.feedback.passages = 0;
    CHECK(scores(index.path(), "brokering", feedback) == scores(index.path(), "brokering", {}));
}
