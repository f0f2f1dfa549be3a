// --facets: counts by tag, year and city over every match of a query, checked against counts
// made independently; the JSON summary object; unknown tags.
#include <catch2/catch.hpp>

#include "plenary/communique.h"
#include "plenary/facets.h"
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
            ++years[std::to_string(*hit.communique->metadata.year)];
            ++cities[hit.communique->metadata.city];
        }

        SearchOptions faceted;
        faceted.limit = 2;
        faceted.facets = true;
        auto results = bundled_searcher().search(query, faceted);
        REQUIRE(results.facets);
        CHECK(results.hits.size() == std::min<std::size_t>(2, every_hit.hits.size()));
        CHECK(results.facets->matches == every_hit.hits.size());
        CHECK(results.matches == every_hit.hits.size());
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
        years[std::to_string(*communique.metadata.year)] += static_cast<Xapian::doccount>(communique.passages.size());
        cities[communique.metadata.city] += static_cast<Xapian::doccount>(communique.passages.size());
    }
    for (const auto& [id, passage] : tag_passages({corpus_dir}, builtin_tagger())) {
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

