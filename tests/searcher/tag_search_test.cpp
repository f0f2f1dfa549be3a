// Tags in the index: every passage carries its tagger's tags, tag:T and --tag filter on them,
// and changed rules re-tag the index.
#include <catch2/catch.hpp>

#include "plenary/indexer.h"
#include "plenary/passage_tagger.h"
#include "plenary/searcher.h"
#include "plenary/tag_evaluation.h"
#include "bundled_searcher.h"
#include "builtin_tagger.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

const std::map<std::string, TaggedPassage>& tagged_corpus() {
    static auto tagged = tag_passages({corpus_dir}, builtin_tagger());
    return tagged;
}

std::set<std::string> passages_tagged(const std::set<std::string>& any_of) {
    std::set<std::string> ids;
    for (const auto& [id, passage] : tagged_corpus()) {
        for (const auto& tag : any_of) {
            if (passage.tags.count(tag)) ids.insert(id);
        }
    }
    return ids;
}

std::set<std::string> hit_ids(const SearchResults& results) {
    std::set<std::string> ids;
    for (const auto& hit : results.hits) ids.insert(hit.passage.passage_id);
    return ids;
}

SearchResults search(const std::string& query, std::vector<std::string> tags = {}) {
    SearchOptions options;
    options.limit = 1000;
    options.tags = std::move(tags);
    return bundled_searcher().search(query, options);
}

} // namespace

TEST_CASE("every indexed passage carries the tags its rules give it", "[tags][index]") {
    auto all = search("year:..3000");
    REQUIRE(all.hits.size() == tagged_corpus().size());
    for (const auto& hit : all.hits) {
        INFO(hit.passage.passage_id);
        const auto& expected = tagged_corpus().at(hit.passage.passage_id).tags;
        CHECK(std::set<std::string>(hit.passage.tags.begin(), hit.passage.tags.end()) == expected);
    }
    auto rome = search("doc:2013-rome-27th-plenary DPRK");
    REQUIRE(rome.hits.size() == 1);
    CHECK(rome.hits[0].passage.passage_id == "2013-rome-27th-plenary#4");
    CHECK(std::count(rome.hits[0].passage.tags.begin(), rome.hits[0].passage.tags.end(), "region-concerns") == 1);
}

TEST_CASE("tag:T and --tag find exactly the passages with the tag", "[tags][search]") {
    for (const auto& tag : builtin_tagger().tag_names()) {
        INFO(tag);
        auto expected = passages_tagged({tag});
        CHECK(!expected.empty());
        CHECK(hit_ids(search("tag:" + tag)) == expected);
        CHECK(hit_ids(search("year:..3000", {tag})) == expected);
    }
    CHECK(hit_ids(search("year:..3000", {"outreach", "membership"})) == passages_tagged({"outreach", "membership"}));
    for (const auto& hit : search("brokering tag:technical-work").hits) {
        CHECK(std::count(hit.passage.tags.begin(), hit.passage.tags.end(), "technical-work") == 1);
    }
    CHECK(search("brokering -tag:technical-work").hits.empty());
}

