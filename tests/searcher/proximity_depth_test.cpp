// Phrase and proximity evidence reorders the first passages of the ranking without it
// (RankingOptions::proximity_depth): the same passages come first, in the order of the
// ranking with the evidence weighed everywhere, and the passages after them keep the
// ranking without it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "bundled_searcher.h"
#include "collection_topics.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

RankingOptions with_depth(Xapian::doccount depth) {
    RankingOptions ranking;
    ranking.proximity_depth = depth;
    return ranking;
}

RankingOptions without_evidence() {
    RankingOptions ranking;
    ranking.query.phrase_boost = ranking.query.proximity_boost = 0;
    return ranking;
}

std::vector<std::string> ids(const std::vector<Hit>& hits) {
    std::vector<std::string> found;
    for (const auto& hit : hits) found.push_back(hit.passage.passage_id);
    return found;
}

} // namespace

TEST_CASE("a window as deep as the matches ranks as the evidence weighed in every passage", "[ranking][proximity]") {
    Searcher everywhere(bundled_index().path(), with_depth(0));
    Searcher window(bundled_index().path(), with_depth(1000));
    for (const auto& topic : every_topic()) {
        INFO(topic.query);
        auto expected = search_all(everywhere, topic.query).hits;
        auto found = search_all(window, topic.query).hits;
        REQUIRE(ids(found) == ids(expected));
        for (std::size_t i = 0; i < found.size(); ++i) CHECK(found[i].score == Approx(expected[i].score).margin(1e-9));
    }
}

TEST_CASE("a narrow window reorders the first passages of the ranking without evidence, and only them", "[ranking][proximity]") {
    constexpr std::size_t depth = 5;
    Searcher everywhere(bundled_index().path(), with_depth(0));
    Searcher narrow(bundled_index().path(), with_depth(depth));
    Searcher plain(bundled_index().path(), without_evidence());
    std::size_t reordered = 0;
    for (const auto& topic : every_topic()) {
        INFO(topic.query);
        auto before = search_all(plain, topic.query).hits;
        auto found = search_all(narrow, topic.query).hits;
        auto weighed = search_all(everywhere, topic.query).hits;
        REQUIRE(found.size() == before.size());
        const std::size_t window = std::min(depth, found.size());
        // The window holds the same passages, in the order the evidence weighed everywhere gives them.
        auto in_window = ids(std::vector<Hit>(found.begin(), found.begin() + window));
        auto first = ids(std::vector<Hit>(before.begin(), before.begin() + window));
        CHECK(std::set<std::string>(in_window.begin(), in_window.end()) == std::set<std::string>(first.begin(), first.end()));
        std::vector<std::string> weighed_order;
        for (const auto& id : ids(weighed))
            if (std::find(first.begin(), first.end(), id) != first.end()) weighed_order.push_back(id);
        CHECK(in_window == weighed_order);
        reordered += in_window != first;
        // After it, the ranking without evidence, weights and all.
        for (std::size_t i = window; i < found.size(); ++i) {
            CHECK(found[i].passage.passage_id == before[i].passage.passage_id);
            CHECK(found[i].score == Approx(before[i].score).margin(1e-9));
        }
        for (std::size_t i = 1; i < found.size(); ++i) CHECK(found[i].score <= found[i - 1].score);
    }
    CHECK(reordered > 0);  // the evidence did reorder some windows
}
