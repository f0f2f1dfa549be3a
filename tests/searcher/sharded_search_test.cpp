// Searching a sharded index is searching one database of the same passages: the same hits in the
// same order with the same scores, and the catalog answers for synonyms, spelling, tags and records.
#include <catch2/catch.hpp>

#include "plenary/index_layout.h"
#include "plenary/indexer.h"
#include "plenary/searcher.h"
#include "collection_topics.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

struct Indexes {
    TempDir plain, two, three;
    Indexes() {
        for (auto [dir, shards] : {std::pair{&plain, 0}, {&two, 2}, {&three, 3}}) {
            IndexOptions options;
            options.index_dir = dir->path();
            options.shards = shards;
            update_index({corpus_dir}, options);
        }
    }
};

const Indexes& indexes() {
    static const Indexes built;
    return built;
}

void check_same_ranking(Searcher& one, Searcher& sharded, const std::string& query, const SearchOptions& options) {
    INFO(query);
    auto expected = one.search(query, options);
    auto found = sharded.search(query, options);
    REQUIRE(found.hits.size() == expected.hits.size());
    for (std::size_t i = 0; i < expected.hits.size(); ++i) {
        INFO("rank " << i + 1);
        CHECK(found.hits[i].passage.passage_id == expected.hits[i].passage.passage_id);
        CHECK(found.hits[i].score == Approx(expected.hits[i].score).margin(1e-9));
        CHECK(found.hits[i].communique->file == expected.hits[i].communique->file);
        CHECK(found.hits[i].highlights == expected.hits[i].highlights);
    }
}

std::vector<std::pair<std::string, Xapian::doccount>> counts(const std::vector<FacetCount>& facet) {
    std::vector<std::pair<std::string, Xapian::doccount>> pairs;
    for (const auto& [value, count] : facet) pairs.emplace_back(value, count);
    return pairs;
}

} // namespace

TEST_CASE("every topic of both collections ranks over shards as over one database", "[shards][ranking]") {
    Searcher one(indexes().plain.path());
    auto topics = every_topic();
    REQUIRE(topics.size() >= 80);
    for (const auto* dir : {&indexes().two, &indexes().three}) {
        Searcher sharded(dir->path());
        SearchOptions options;
        options.limit = 100;
        for (const auto& topic : topics) check_same_ranking(one, sharded, topic.query, options);
        for (const char* query : {"trans*", "missile NEAR/5 technology", "tag:outreach", "year:2004..2013 brokering",
                                  "city:\"buenos aires\"", "DPRK", "\"weapons of mass destruction\""}) {
            check_same_ranking(one, sharded, query, options);
        }
    }
}

TEST_CASE("feedback, strict matching, plain BM25, a narrow proximity window and the old way with city words rank over "
          "shards as over one database", "[shards][ranking]") {
    auto topics = every_topic();
    RankingOptions feedback, strict, plain_bm25, narrow, no_context;
    feedback.feedback.passages = 5;  // Xapian's RSet and ESet over the catalog and shards as one database
    strict.query.match = MatchMode::all;
    plain_bm25.query.match = MatchMode::any;
    plain_bm25.query.phrase_boost = 0;
    plain_bm25.query.proximity_boost = 0;
    narrow.proximity_depth = 5;  // its passages are named by id over shards, where docids differ
    no_context.query.communique_context = false;
    for (const auto* ranking : {&feedback, &strict, &plain_bm25, &narrow, &no_context}) {
        Searcher one(indexes().plain.path(), *ranking);
        Searcher sharded(indexes().three.path(), *ranking);
        SearchOptions options;
        options.limit = 100;
        for (const auto& topic : topics) check_same_ranking(one, sharded, topic.query, options);
        check_same_ranking(one, sharded, "Rome 2004 outreach", options);
    }
}

TEST_CASE("facets, suggestions and tag checks come out as over one database", "[shards]") {
    Searcher one(indexes().plain.path());
    Searcher sharded(indexes().three.path());
    SearchOptions options;
    options.facets = true;
    auto expected = one.search("export controls", options);
    auto found = sharded.search("export controls", options);
    REQUIRE(found.facets);
    CHECK(found.facets->matches == expected.facets->matches);
    CHECK(counts(found.facets->tag) == counts(expected.facets->tag));
    CHECK(counts(found.facets->year) == counts(expected.facets->year));
    CHECK(counts(found.facets->city) == counts(expected.facets->city));
    CHECK_FALSE(found.facets->tag.empty());

    CHECK(sharded.suggestion("proliferaton") == std::optional<std::string>("proliferation"));
    CHECK(sharded.suggestion("Moritan") == one.suggestion("Moritan"));
    CHECK_THROWS_WITH(sharded.search("tag:outreah export", {}), Catch::Contains("did you mean outreach?"));
}

TEST_CASE("a stub without its catalog, or listing a shard twice or too few, is refused", "[shards]") {
    TempDir front;
    const auto& index = indexes().two.path();
    write_file(front / "alone.stub", "auto " + (index / "shard-0").string() + "\n");
    CHECK_THROWS_WITH(Searcher(front / "alone.stub"), Catch::Contains("has no catalog beside it"));

    write_file(index / "twice.stub", "auto shard-0\nauto shard-0\n");
    CHECK_THROWS_WITH(Searcher(index / "twice.stub"), Catch::Contains("twice.stub:2: shard 0 is listed twice"));
    write_file(index / "half.stub", "auto shard-1\n");
    CHECK_THROWS_WITH(Searcher(index / "half.stub"), Catch::Contains("lists 1 of the index's 2 shards"));
    std::vector<std::string> warnings;
    ShardOptions partial;
    partial.allow_partial = true;
    partial.warn = [&](const std::string& warning) { warnings.push_back(warning); };
    Searcher half(index / "half.stub", {}, partial);
    CHECK(warnings.size() == 1);
    CHECK_FALSE(half.search("missile", {}).hits.empty());
    fs::remove(index / "twice.stub");
    fs::remove(index / "half.stub");
}

TEST_CASE("a stub listing a database that is not a shard names it", "[shards]") {
    write_file(indexes().three / "foreign.stub", "auto " + indexes().plain.path().string() + "\n");
    CHECK_THROWS_WITH(Searcher(indexes().three / "foreign.stub"), Catch::Contains("(line 1 of") &&
                                                                     Catch::Contains("is not a shard of a plenary index"));
    fs::remove(indexes().three / "foreign.stub");
}
