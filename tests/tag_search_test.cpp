// Tags in the index: every passage carries its tagger's tags, tag:T and --tag filter on them,
// and changed rules re-tag the index.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <sstream>

#include "plenary/indexer.h"
#include "plenary/passage_tagger.h"
#include "plenary/searcher.h"
#include "plenary/tag_evaluation.h"
#include "bundled_searcher.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

const std::map<std::string, TaggedPassage>& tagged_corpus() {
    static auto tagged = tag_passages({corpus_dir}, PassageTagger::standard());
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

std::set<std::string> json_passages(const std::string& out) {
    std::set<std::string> ids;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) ids.insert(nlohmann::json::parse(line).at("passage").get<std::string>());
    return ids;
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
    for (const auto& tag : PassageTagger::standard().tag_names()) {
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

    std::string search_tool = tool("plenary-search") + " --index " + quote(bundled_index_dir().string());
    auto cli = run(search_tool + " --json -n 1000 'tag:outreach'", false);
    CHECK(cli.status == 0);
    CHECK(json_passages(cli.out) == passages_tagged({"outreach"}));
    auto option = run(search_tool + " --json -n 1000 --tag region-concerns --tag code-of-conduct 'year:..3000'", false);
    CHECK(json_passages(option.out) == passages_tagged({"region-concerns", "code-of-conduct"}));
}

TEST_CASE("changed tag rules re-tag unchanged files when re-indexing", "[tags][incremental]") {
    TempDir index;
    TempDir rules;
    write_file(rules / "rules.conf", "[dealers]\nthreshold 1\n1 brokering\n");
    std::string index_tool = tool("plenary-index") + " --index " + quote(index.path().string()) + " " + quote(corpus_dir.string());
    std::string search_tool = tool("plenary-search") + " --index " + quote(index.path().string());

    REQUIRE(run(index_tool).status == 0);
    CHECK(run(index_tool).out.find("5 unchanged") != std::string::npos);
    CHECK(run(search_tool + " tag:dealers").status != 0);

    auto retagged = run("PLENARY_TAG_RULES=" + quote((rules / "rules.conf").string()) + " " + index_tool);
    CHECK(retagged.out.find("5 changed") != std::string::npos);
    auto dealers = run(search_tool + " --json -n 100 tag:dealers", false);
    CHECK(dealers.status == 0);
    CHECK(json_passages(dealers.out) == json_passages(run(search_tool + " --json -n 100 brokering", false).out));
    CHECK(run(search_tool + " tag:outreach").status != 0);

    CHECK(run(index_tool).out.find("5 changed") != std::string::npos);  // back to the built-in rules
    CHECK(run(search_tool + " tag:outreach").status == 0);

    write_file(rules / "bad.conf", "[dealers]\n1 brokering\n");
    auto bad = run("PLENARY_TAG_RULES=" + quote((rules / "bad.conf").string()) + " " + index_tool);
    CHECK(bad.status == 2);
    CHECK(bad.out.find("bad.conf:1: [dealers] has no threshold line") != std::string::npos);
    CHECK(run(search_tool + " tag:outreach").status == 0);  // the index is as it was
}
