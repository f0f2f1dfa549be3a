// The communiqué's fields (title, city, country, organisation, year) as words of every passage:
// they may satisfy a query word, but a passage is a hit only where a query word is in its body,
// and NOT and '-' look at the body only. org: filters by the organisation.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <set>

#include "plenary/indexer.h"
#include "plenary/searcher.h"
#include "bundled_searcher.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

SearchResults search(const std::string& query) { return search_all(bundled_searcher(), query); }

bool says(const Hit& hit, std::string word) {
    std::string text = hit.passage.text;
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text.find(word) != std::string::npos;
}

std::set<std::string> passages(const SearchResults& results) {
    std::set<std::string> ids;
    for (const auto& hit : results.hits) ids.insert(hit.passage.passage_id);
    return ids;
}

} // namespace

TEST_CASE("a word in the communiqué's title alone makes no hit", "[search][fields]") {
    const auto october = search("october");
    REQUIRE_FALSE(october.hits.empty());
    for (const auto& hit : october.hits) {
        INFO(hit.passage.passage_id);
        CHECK(says(hit, "october"));
        CHECK_FALSE(hit.highlights.empty());
    }
    for (const auto& hit : search("sochi").hits) CHECK(says(hit, "sochi"));
}

TEST_CASE("NOT looks at the body only: outreach NOT regime finds Seoul's outreach paragraph", "[search][fields]") {
    const auto results = search("outreach NOT regime");
    CHECK(passages(results).count("2004-seoul-19th-plenary#8") == 1);
    for (const auto& hit : results.hits) CHECK_FALSE(says(hit, "regime"));
    CHECK(passages(search("outreach -regime")) == passages(results));
}

TEST_CASE("a field word still satisfies a query word beside a word of the body", "[search][fields]") {
    const auto results = search("Sochi outreach");
    REQUIRE_FALSE(results.hits.empty());
    CHECK(results.hits[0].passage.communique_id == "2021-sochi-33rd-plenary");
    CHECK(says(results.hits[0], "outreach"));
    CHECK_FALSE(search("2013 brokering").hits.empty());  // the year is a field word too
}

TEST_CASE("org: keeps the passages of one organisation's statements", "[search][fields]") {
    TempDir files;
    write_file(files / "oslo.txt",
               "The Missile Technology Control Regime (MTCR) held its 30th Plenary Meeting in Oslo on 3-5 May 2017. "
               "Partners discussed outreach to industry.\n");
    write_file(files / "bern.txt",
               "The Nuclear Suppliers Group (NSG) held its 31st Plenary meeting in Bern on 20-21 June 2019. "
               "Participating Governments discussed outreach to non-member states.\n");
    TempDir index;
    IndexOptions options;
    options.index_dir = index.path();
    update_index({files.path()}, options);
    Searcher searcher(index.path());
    CHECK(passages(search_all(searcher, "outreach")).size() == 2);
    CHECK(passages(search_all(searcher, "outreach org:nsg")) == std::set<std::string>{"bern#1"});
    CHECK(passages(search_all(searcher, "outreach org:MTCR")) == std::set<std::string>{"oslo#1"});
    CHECK(passages(search_all(searcher, "outreach org:\"Missile Technology Control Regime\"")) == std::set<std::string>{"oslo#1"});
    CHECK(search_all(searcher, "outreach org:nsg").hits.front().communique->metadata.org == "NSG");
    // The org's words are field words: Bern's passage has both words, Oslo's only one.
    auto nsg_outreach = search_all(searcher, "NSG outreach");
    REQUIRE_FALSE(nsg_outreach.hits.empty());
    CHECK(nsg_outreach.hits[0].passage.passage_id == "bern#1");
    CHECK_FALSE(nsg_outreach.hits[0].partial());
    CHECK(passages(search_all(searcher, "+NSG +outreach")) == std::set<std::string>{"bern#1"});
}
