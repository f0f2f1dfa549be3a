// Best match, the default for plain words: any word is enough, passages with all the words
// rank first, the others by their words' weights and how many of the words they have; hits
// say which words they matched. Function and question words never block a match.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <sstream>

#include "bundled_searcher.h"
#include "plenary/hit_output.h"
#include "plenary/indexer.h"
#include "plenary/searcher.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

// Passage 1 repeats the rare word "zeta" in a few words; passage 2 has "zeta" and the
// common "gamma" among many other words, so that "zeta" alone weighs more in passage 1
// than "zeta" and "gamma" together in passage 2.
constexpr const char* notes =
    "Working notes\n\n"
    "Zeta zeta zeta report.\n\n"
    "The zeta item and the gamma item were among the many other things that the members of the group "
    "discussed at length during the long meeting of the year, with delta and epsilon.\n\n"
    "Gamma and delta only.\n\n"
    "Gamma alone here.\n\n"
    "Gamma once more.\n";

class NotesIndex {
public:
    NotesIndex() {
        write_file(source_ / "notes.txt", notes);
        IndexOptions options;
        options.index_dir = index_.path();
        update_index({source_.path()}, options);
    }

    std::vector<Hit> hits(const std::string& query, RankingOptions ranking = {}) {
        Searcher searcher(index_.path(), ranking);
        SearchOptions options;
        options.limit = 100;
        return searcher.search(query, options).hits;
    }

    std::vector<std::string> ranked(const std::string& query, RankingOptions ranking = {}) {
        std::vector<std::string> ids;
        for (const auto& hit : hits(query, ranking)) ids.push_back(hit.passage.passage_id);
        return ids;
    }

private:
    TempDir source_;
    TempDir index_;
};

RankingOptions matching(MatchMode match) {
    RankingOptions ranking;
    ranking.query.match = match;
    return ranking;
}

} // namespace

TEST_CASE("a passage with all the words ranks above one whose fewer words weigh more", "[best-match]") {
    NotesIndex index;
    CHECK(index.ranked("zeta gamma", matching(MatchMode::any)).front() == "notes#1");
    auto best = index.ranked("zeta gamma");
    REQUIRE(best.size() == 5);
    CHECK(best.front() == "notes#2");
    CHECK(best[1] == "notes#1");
    CHECK(index.ranked("zeta gamma", matching(MatchMode::all)) == std::vector<std::string>{"notes#2"});
}

TEST_CASE("of the partial hits, the ones with more of the words rank higher", "[best-match]") {
    NotesIndex index;
    RankingOptions counting = matching(MatchMode::best);
    counting.query.coordination_weight = 100;  // the count decides
    auto ranked = index.ranked("zeta gamma delta", counting);
    REQUIRE(ranked.size() == 5);
    CHECK(ranked.front() == "notes#2");  // all three
    CHECK(ranked[1] == "notes#3");       // gamma and delta
}

TEST_CASE("a hit says which words it matched, and a partial hit how many it lacks", "[best-match]") {
    NotesIndex index;
    auto hits = index.hits("zeta gamma delta");
    REQUIRE(hits.size() == 5);
    CHECK(hits[0].matched == std::vector<std::string>{"zeta", "gamma", "delta"});
    CHECK(hits[0].query_words == 3);
    CHECK_FALSE(hits[0].partial());
    for (std::size_t i = 1; i < hits.size(); ++i) CHECK(hits[i].partial());
    auto gamma_delta = std::find_if(hits.begin(), hits.end(), [](const Hit& hit) { return hit.passage.passage_id == "notes#3"; });
    REQUIRE(gamma_delta != hits.end());
    CHECK(gamma_delta->matched == std::vector<std::string>{"gamma", "delta"});
    // A phrase is named as written.
    CHECK(index.hits("\"gamma item\" epsilon").front().matched == std::vector<std::string>{"\"gamma item\"", "epsilon"});
    // A word is named without the punctuation of the sentence around it, and with what is its own.
    CHECK(index.hits("Zeta, \u00bfgamma? delta.").front().matched == std::vector<std::string>{"Zeta", "gamma", "delta"});
    // In strict matching every hit has every word: none is partial.
    for (const auto& hit : index.hits("gamma delta", matching(MatchMode::all))) CHECK_FALSE(hit.partial());
}

TEST_CASE("quotes, + and AND stay strict in best match", "[best-match]") {
    NotesIndex index;
    auto gamma = index.ranked("zeta +gamma");
    REQUIRE(gamma.size() == 4);
    CHECK(gamma.front() == "notes#2");
    std::sort(gamma.begin() + 1, gamma.end());
    CHECK(gamma == std::vector<std::string>{"notes#2", "notes#3", "notes#4", "notes#5"});
    CHECK(index.ranked("zeta AND gamma") == std::vector<std::string>{"notes#2"});
    CHECK(index.ranked("\"zeta report\" gamma") == std::vector<std::string>{"notes#1"});
    CHECK(index.ranked("zeta -gamma") == std::vector<std::string>{"notes#1"});
}

TEST_CASE("question and function words never block a match", "[best-match][questions]") {
    NotesIndex index;
    CHECK(index.ranked("what did the members say about zeta", matching(MatchMode::all)) ==
          index.ranked("members zeta", matching(MatchMode::all)));
    RankingOptions as_words = matching(MatchMode::all);
    as_words.query.question_words = false;
    CHECK(index.ranked("what did the members say about zeta", as_words).empty());
    CHECK(index.ranked("+say zeta").empty());
}

TEST_CASE("a question about brokering finds the brokering passages first", "[best-match][questions]") {
    auto results = bundled_searcher().search("what did the regime say about brokering", {});
    auto brokering = bundled_searcher().search("brokering", {});
    REQUIRE(brokering.hits.size() == 3);
    REQUIRE(results.hits.size() >= 3);
    for (std::size_t i = 0; i < 3; ++i) {
        INFO(i);
        CHECK(std::find(results.hits[i].matched.begin(), results.hits[i].matched.end(), "brokering") !=
              results.hits[i].matched.end());
    }
}

TEST_CASE("words that name a thing of the vocabulary also match as words where the thing is not named",
          "[best-match][vocabulary]") {
    auto ids = [](const SearchResults& results) {
        std::vector<std::string> found;
        for (const auto& hit : results.hits) found.push_back(hit.passage.passage_id);
        return found;
    };
    SearchOptions options;
    options.limit = 100;
    // "Hague Code of Conduct" names the HCoC (Sochi); Ottawa speaks of the draft Code of Conduct.
    auto hague = ids(bundled_searcher().search("Hague Code of Conduct", options));
    REQUIRE_FALSE(hague.empty());
    CHECK(hague.front() == "2021-sochi-33rd-plenary#17");
    CHECK(std::find(hague.begin(), hague.end(), "2001-ottawa-16th-plenary#6") != hague.end());
    // No communiqué writes "space launch vehicles"; Sochi writes of space programmes.
    auto space = ids(bundled_searcher().search("space launch vehicles", options));
    REQUIRE_FALSE(space.empty());
    CHECK(space.front() == "2021-sochi-33rd-plenary#8");
    // Strict matching wants the thing or all of its words, or a concept related to it: Ottawa's draft
    // International Code of Conduct is the Hague Code of Conduct under its earlier name.
    Searcher strict(bundled_index().path(), matching(MatchMode::all));
    CHECK(ids(strict.search("space launch vehicles", options)).empty());
    CHECK(ids(strict.search("Hague Code of Conduct", options)) ==
          std::vector<std::string>{"2021-sochi-33rd-plenary#17", "2001-ottawa-16th-plenary#6"});
    RankingOptions without_concepts = matching(MatchMode::all);
    without_concepts.query.concept_weight = 0;
    Searcher strict_words(bundled_index().path(), without_concepts);
    CHECK(ids(strict_words.search("Hague Code of Conduct", options)) == std::vector<std::string>{"2021-sochi-33rd-plenary#17"});
}

TEST_CASE("a partial hit is marked in the terminal, and JSON lists the words a hit matched", "[best-match][output]") {
    NotesIndex index;
    auto hits = index.hits("zeta gamma delta");
    REQUIRE(hits.size() == 5);
    std::ostringstream full;
    print_hit(full, hits[0], {});
    CHECK(full.str().find(" words") == std::string::npos);
    std::ostringstream partial;
    print_hit(partial, hits[1], {});
    CHECK(partial.str().find(fmt::format("  {} of 3 words  score", hits[1].matched.size())) != std::string::npos);
    CHECK(hit_json(hits[0])["matched"] == nlohmann::ordered_json{"zeta", "gamma", "delta"});
}
