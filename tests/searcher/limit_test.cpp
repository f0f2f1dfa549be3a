// The first k hits of a search for k hits are the first k of a search for more: the same
// passages, in the same order, with the same scores, under every ranking option.
#include <catch2/catch.hpp>

#include "bundled_searcher.h"
#include "collection_topics.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

void check_prefix_of_longer_list(Searcher& searcher, const std::string& query) {
    INFO(query);
    SearchOptions longer;
    longer.limit = 100;
    longer.with_text = false;
    auto all = searcher.search(query, longer);
    for (std::size_t k : {1, 2, 3, 5, 10, 20, 30, 40, 60}) {
        INFO("-n " << k);
        SearchOptions first_k = longer;
        first_k.limit = k;
        auto found = searcher.search(query, first_k);
        REQUIRE(found.hits.size() == std::min(k, all.hits.size()));
        CHECK(found.matches == all.matches);
        for (std::size_t i = 0; i < found.hits.size(); ++i) {
            INFO("rank " << i + 1);
            CHECK(found.hits[i].passage.passage_id == all.hits[i].passage.passage_id);
            CHECK(found.hits[i].score == all.hits[i].score);
        }
    }
}

} // namespace

TEST_CASE("the default ranking does not depend on how many hits are asked for", "[ranking][limit]") {
    auto topics = every_topic();
    REQUIRE(topics.size() >= 80);
    for (const auto& topic : topics) check_prefix_of_longer_list(bundled_searcher(), topic.query);
}

TEST_CASE("neither do plain BM25, strict matching, feedback or a narrow proximity window", "[ranking][limit]") {
    RankingOptions plain;
    plain.query.match = MatchMode::any;
    plain.query.phrase_boost = plain.query.proximity_boost = 0;
    RankingOptions strict;
    strict.query.match = MatchMode::all;
    RankingOptions feedback;
    feedback.feedback.passages = 5;
    RankingOptions narrow;
    narrow.proximity_depth = 5;
    for (const auto& ranking : {plain, strict, feedback, narrow}) {
        Searcher searcher(bundled_index().path(), ranking);
        for (const auto& topic : every_topic()) check_prefix_of_longer_list(searcher, topic.query);
    }
}
