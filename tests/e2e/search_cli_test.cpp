// plenary-search on the command line: facets, unknown tags, tag filters and the spelling
// suggestion as a user sees them, on the bundled corpus.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <sstream>

#include "plenary/passage_tagger.h"
#include "plenary/tag_evaluation.h"
#include "builtin_tagger.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

std::string search_tool() { return tool("plenary-search") + " --index " + quote(bundled_index_dir().string()); }

std::vector<nlohmann::json> json_lines(const std::string& out) {
    std::vector<nlohmann::json> lines;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
    return lines;
}

std::set<std::string> json_passages(const std::string& out) {
    std::set<std::string> ids;
    for (const auto& line : json_lines(out)) ids.insert(line.at("passage").get<std::string>());
    return ids;
}

std::set<std::string> passages_tagged(const std::set<std::string>& any_of) {
    static auto tagged = tag_passages({corpus_dir}, builtin_tagger());
    std::set<std::string> ids;
    for (const auto& [id, passage] : tagged) {
        for (const auto& tag : any_of) {
            if (passage.tags.count(tag)) ids.insert(id);
        }
    }
    return ids;
}

} // namespace

TEST_CASE("JSON output carries the facets in one final summary object, only when asked", "[facets][cli][json]") {
    auto plain = run(search_tool() + " --json -n 3 'export controls'", false);
    REQUIRE(plain.status == 0);
    for (const auto& line : json_lines(plain.out)) CHECK(line.contains("file"));

    auto faceted = run(search_tool() + " --json -n 3 --facets 'export controls'", false);
    REQUIRE(faceted.status == 0);
    auto lines = json_lines(faceted.out);
    REQUIRE(lines.size() == 4);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) CHECK(lines[i].contains("file"));
    const auto& summary = lines.back();
    CHECK(summary["type"] == "summary");
    CHECK(!summary.contains("file"));
    CHECK(summary["matches"].get<int>() > 3);
    for (const char* facet : {"tag", "year", "city"}) CHECK(summary["facets"][facet].is_object());
    CHECK(summary["facets"]["year"].contains("2013"));

    auto none = run(search_tool() + " --json --facets 'zanzibarian'", false);
    CHECK(none.status == 1);
    auto empty = json_lines(none.out);
    REQUIRE(empty.size() == 1);
    CHECK(empty[0]["matches"] == 0);
}

TEST_CASE("facets print as a readable block after the hits", "[facets][cli]") {
    auto out = run(search_tool() + " -n 2 --facets 'tag:region-concerns'", false);
    REQUIRE(out.status == 0);
    auto block = out.out.find("Facets of 6 matching passages:");
    REQUIRE(block != std::string::npos);
    CHECK(out.out.find("  tag   region-concerns 6,", block) != std::string::npos);
    CHECK(out.out.find("  year  ", block) != std::string::npos);
    CHECK(out.out.find("  city  ", block) != std::string::npos);
    CHECK(run(search_tool() + " --facets --topics /dev/null").status == 2);
}

TEST_CASE("an unknown tag is an error naming the closest known tag", "[tags][cli][bad-input]") {
    auto typo = run(search_tool() + " tag:outreah");
    CHECK(typo.status == 2);
    CHECK(typo.out.find("unknown tag \"outreah\": did you mean outreach?") != std::string::npos);
    CHECK(typo.out.find("region-concerns") != std::string::npos);
    auto option = run(search_tool() + " --tag region missile");
    CHECK(option.status == 2);
    CHECK(option.out.find("did you mean region-concerns?") != std::string::npos);
    CHECK(run(search_tool() + " tag:Outreach").status == 0);
    CHECK(run(search_tool() + " 'tag:code-of-conduct brokering'").status == 1);  // known, no passage has both
}

TEST_CASE("tag:T and --tag on the command line find the tagged passages", "[tags][cli]") {
    auto cli = run(search_tool() + " --json -n 1000 'tag:outreach'", false);
    CHECK(cli.status == 0);
    CHECK(json_passages(cli.out) == passages_tagged({"outreach"}));
    auto option = run(search_tool() + " --json -n 1000 --tag region-concerns --tag code-of-conduct 'year:..3000'", false);
    CHECK(json_passages(option.out) == passages_tagged({"region-concerns", "code-of-conduct"}));
}

TEST_CASE("plenary-search prints its suggestion on stderr and keeps stdout for hits", "[vocabulary][spelling][cli]") {
    TempDir dir;
    std::string index = quote((dir / "index").string());
    REQUIRE(run(tool("plenary-index") + " --quiet --index " + index + " " + quote(corpus_dir.string())).status == 0);
    auto both = run(tool("plenary-search") + " --index " + index + " proliferaton");
    CHECK(both.status == 1);
    CHECK(both.out == "did you mean: proliferation?\n");
    auto json = run(tool("plenary-search") + " --index " + index + " --json 'missile proliferaton'", false);
    REQUIRE_FALSE(json.out.empty());
    CHECK(json.out.front() == '{');
    CHECK(json.out.find("did you mean") == std::string::npos);
}

TEST_CASE("a question finds its subject's passages first, with no suggestion for its question words", "[best-match][spelling][cli]") {
    auto question = run(search_tool() + " --json 'what did the regime say about brokering' 2>/dev/null", false);
    CHECK(question.status == 0);
    auto hits = json_lines(question.out);
    REQUIRE(hits.size() >= 3);
    for (std::size_t i = 0; i < 3; ++i) {
        INFO(hits[i].dump());
        auto matched = hits[i].at("matched").get<std::vector<std::string>>();
        CHECK(std::find(matched.begin(), matched.end(), "brokering") != matched.end());
    }
    auto stderr_only = run(search_tool() + " 'what did the regime say about brokering' 2>&1 >/dev/null", false);
    CHECK(stderr_only.out.empty());
    for (const char* query : {"what did the regime say about cruise missiles", "where will the next plenary be held",
                              "city:paris"}) {
        INFO(query);
        CHECK(run(search_tool() + " " + quote(query) + " 2>&1 >/dev/null", false).out.empty());
    }
}
