// --facets: counts by tag, year and city over every match of a query, checked against counts
// made independently; the JSON summary object; unknown tags.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <sstream>

#include "plenary/communique.h"
#include "plenary/facets.h"
#include "plenary/indexer.h"
#include "plenary/passage_tagger.h"
#include "plenary/searcher.h"
#include "plenary/tag_evaluation.h"
#include "bundled_searcher.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

using Counts = std::map<std::string, Xapian::doccount>;

Counts as_map(const std::vector<FacetCount>& counts) {
    Counts out;
    for (const auto& [value, count] : counts) out[value] = count;
    return out;
}

bool sorted_by_count_then_value(const std::vector<FacetCount>& counts) {
    return std::is_sorted(counts.begin(), counts.end(), [](const FacetCount& a, const FacetCount& b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
}

std::string search_tool() { return tool("plenary-search") + " --index " + quote(bundled_index_dir().string()); }

std::vector<nlohmann::json> json_lines(const std::string& out) {
    std::vector<nlohmann::json> lines;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
    return lines;
}

} // namespace

TEST_CASE("facets count every match by tag, year and city, whatever the limit", "[facets]") {
    for (const char* query : {"export controls", "missile", "tag:outreach", "year:2013", "brokering OR Iran", "city:sochi"}) {
        INFO(query);
        SearchOptions all;
        all.limit = 1000;
        auto every_hit = bundled_searcher().search(query, all);
        Counts tags, years, cities;
        for (const auto& hit : every_hit.hits) {
            for (const auto& tag : hit.passage.tags) ++tags[tag];
            ++years[std::to_string(*hit.communique->year)];
            ++cities[hit.communique->city];
        }

        SearchOptions faceted;
        faceted.limit = 2;
        faceted.facets = true;
        auto results = bundled_searcher().search(query, faceted);
        REQUIRE(results.facets);
        CHECK(results.hits.size() == std::min<std::size_t>(2, every_hit.hits.size()));
        CHECK(results.facets->matches == every_hit.hits.size());
        CHECK(results.matches_lower == results.matches_upper);
        CHECK(as_map(results.facets->tag) == tags);
        CHECK(as_map(results.facets->year) == years);
        CHECK(as_map(results.facets->city) == cities);
        CHECK(sorted_by_count_then_value(results.facets->tag));
        CHECK(sorted_by_count_then_value(results.facets->year));
        CHECK(sorted_by_count_then_value(results.facets->city));
    }
}

TEST_CASE("facets of every passage equal the loader's and the tagger's counts", "[facets]") {
    Counts tags, years, cities;
    for (const auto& file : find_source_files({corpus_dir})) {
        auto communique = load_communique(file);
        years[std::to_string(*communique.year)] += static_cast<Xapian::doccount>(communique.passages.size());
        cities[communique.city] += static_cast<Xapian::doccount>(communique.passages.size());
    }
    for (const auto& [id, passage] : tag_passages({corpus_dir}, PassageTagger::standard())) {
        for (const auto& tag : passage.tags) ++tags[tag];
    }
    SearchOptions options;
    options.limit = 1;
    options.facets = true;
    auto results = bundled_searcher().search("year:..3000", options);
    REQUIRE(results.facets);
    CHECK(results.facets->matches == 61);
    CHECK(as_map(results.facets->tag) == tags);
    CHECK(as_map(results.facets->year) == years);
    CHECK(as_map(results.facets->city) == cities);
    CHECK(cities.at("Buenos Aires") == 11);
}

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
