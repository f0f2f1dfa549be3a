// Index the bundled corpus once, then search it through the library.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "plenary/communique.h"
#include "plenary/indexer.h"
#include "plenary/searcher.h"
#include "bundled_searcher.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

SearchResults search(const std::string& query, std::size_t limit = 100) {
    SearchOptions options;
    options.limit = limit;
    return bundled_searcher().search(query, options);
}

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool contains(const std::string& text, const std::string& needle) {
    return lowercase(text).find(lowercase(needle)) != std::string::npos;
}

std::vector<std::string> highlighted(const Hit& hit) {
    std::vector<std::string> out;
    for (auto [begin, end] : hit.highlights) out.push_back(hit.passage.text.substr(begin, end - begin));
    return out;
}

// Every passage of the bundled corpus, as the loader makes them.
std::vector<std::pair<std::string, Passage>> all_passages() {
    std::vector<std::pair<std::string, Passage>> out;
    for (const auto& file : find_source_files({corpus_dir})) {
        auto communique = load_communique(file);
        for (auto& passage : communique.passages) out.emplace_back(communique.id, passage);
    }
    return out;
}

std::string collapse_whitespace(const std::string& bytes) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(bytes[i]);
        bool is_nbsp = c == 0xC2 && i + 1 < bytes.size() && static_cast<unsigned char>(bytes[i + 1]) == 0xA0;
        if (std::isspace(c) || is_nbsp) {
            space = true;
            if (is_nbsp) ++i;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += static_cast<char>(c);
    }
    return out;
}

} // namespace

TEST_CASE("the phrase \"intangible technology transfer\" finds exactly the passages that contain it", "[search][phrase]") {
    auto results = search("\"intangible technology transfer\"");
    std::set<std::string> expected;
    for (const auto& [doc, passage] : all_passages()) {
        if (contains(passage.text, "intangible technology transfer")) expected.insert(doc + "#" + std::to_string(passage.ordinal));
    }
    std::set<std::string> found;
    for (const auto& hit : results.hits) {
        found.insert(hit.passage.passage_id);
        CHECK(contains(hit.passage.text, "intangible technology transfers"));
        CHECK(highlighted(hit) == std::vector<std::string>{"intangible technology transfers"});
    }
    CHECK(found == expected);
    std::set<std::string> communiques;
    for (const auto& hit : results.hits) communiques.insert(hit.passage.communique_id);
    CHECK(communiques == std::set<std::string>{"2013-rome-27th-plenary", "2021-sochi-33rd-plenary"});
}

TEST_CASE("a phrase is highlighted where it matched as a phrase, not its words scattered elsewhere", "[search][highlight]") {
    auto results = search("\"technology transfers\"");
    REQUIRE_FALSE(results.hits.empty());
    for (const auto& hit : results.hits) {
        for (const auto& words : highlighted(hit)) CHECK(lowercase(words) == "technology transfers");
    }
}

TEST_CASE("stemmed forms are highlighted as they are written", "[search][highlight]") {
    auto results = search("transfer");
    REQUIRE_FALSE(results.hits.empty());
    std::set<std::string> surfaces;
    for (const auto& hit : results.hits) {
        for (const auto& word : highlighted(hit)) surfaces.insert(lowercase(word));
    }
    CHECK(surfaces.count("transfers"));
    CHECK(surfaces.count("transfer"));
}

TEST_CASE("web chrome is not searchable", "[search][chrome]") {
    // As phrases: in best match, "Subject Index" alone would find the word "subject" of a passage.
    for (const char* query : {"\"Back to Top\"", "\"Privacy Notice\"", "\"Skip Links\"", "\"Subject Index\"", "FOIA",
                              "\"Bookmark and Share\"", "\"Department of State\"", "\"Electronic Information\""}) {
        INFO(query);
        CHECK(search(query).hits.empty());
    }
}

TEST_CASE("stopwords stay in phrases and drop out of free text", "[search][stopwords]") {
    auto phrase = search("\"weapons of mass destruction\"");
    REQUIRE_FALSE(phrase.hits.empty());
    for (const auto& hit : phrase.hits) {
        // The phrase also finds its acronym (see tests/vocabulary_test.cpp).
        CHECK((contains(hit.passage.text, "weapons of mass destruction") || hit.passage.text.find("WMD") != std::string::npos));
    }
    auto free_text = search("weapons of mass destruction");
    CHECK(free_text.hits.size() >= phrase.hits.size());
    CHECK(search("\"weapons mass destruction\"").hits.empty());
}

TEST_CASE("accents, case and apostrophes are folded", "[search][normalization]") {
    auto jorg = search("Jorg Ranau");
    REQUIRE(jorg.hits.size() == 1);
    CHECK(contains(jorg.hits[0].passage.text, "Jörg Ranau"));
    CHECK(highlighted(jorg.hits[0]) == std::vector<std::string>{"Jörg", "Ranau"});
    CHECK(search("MORITÁN").hits.size() == 1);
    CHECK(search("\"MTCR's technical work\"").hits.size() == search("\"MTCR’s technical work\"").hits.size());
    CHECK_FALSE(search("\"MTCR's technical work\"").hits.empty());
}

TEST_CASE("a name with an elided particle is found by its main part and whole", "[search][normalization]") {
    for (const char* query : {"Alotto", "D'Alotto", "d’alotto"}) {
        INFO(query);
        auto found = search(query);
        REQUIRE(found.hits.size() == 1);
        CHECK(found.hits[0].passage.passage_id.starts_with("2011-buenos-aires"));
        CHECK(highlighted(found.hits[0]) == std::vector<std::string>{"D'Alotto"});
    }
}

TEST_CASE("year, city and doc fields filter the communiqués", "[search][fields]") {
    for (const auto& hit : search("missile year:2013").hits) CHECK(hit.communique->metadata.year == 2013);
    auto range = search("brokering year:2004..2013");
    REQUIRE_FALSE(range.hits.empty());
    for (const auto& hit : range.hits) {
        CHECK(*hit.communique->metadata.year >= 2004);
        CHECK(*hit.communique->metadata.year <= 2013);
        CHECK(contains(hit.passage.text, "brokering"));
    }
    CHECK(search("brokering year:2014..").hits.size() + range.hits.size() == search("brokering").hits.size());
    for (const auto& hit : search("outreach city:\"Buenos Aires\"").hits) CHECK(hit.communique->metadata.city == "Buenos Aires");
    CHECK_FALSE(search("outreach city:\"buenos aires\"").hits.empty());
    for (const auto& hit : search("city:rome").hits) CHECK(hit.passage.communique_id == "2013-rome-27th-plenary");
    CHECK(search("doc:2021-sochi-33rd-plenary").hits.size() == search("year:2021").hits.size());
    // Communiqué ids are lowercase, like tags: a doc: value matches whatever its case.
    auto rome = search("doc:2013-rome-27th-plenary").hits.size();
    CHECK(rome > 0);
    CHECK(search("doc:2013-Rome-27th-Plenary").hits.size() == rome);
    CHECK(search("year:2013 year:2021 Iran").hits.size() == search("Iran year:2013").hits.size() + search("Iran year:2021").hits.size());
}

TEST_CASE("boolean operators, modifiers, NEAR and wildcards", "[search][operators]") {
    auto brokering = search("brokering").hits.size();
    auto transshipment = search("transshipment").hits.size();
    auto either = search("brokering OR transshipment").hits.size();
    CHECK(either >= std::max(brokering, transshipment));
    CHECK(either <= brokering + transshipment);
    for (const auto& hit : search("missile NOT Iran").hits) CHECK_FALSE(contains(hit.passage.text, "iran"));
    CHECK(search("missile -Iran").hits.size() == search("missile NOT Iran").hits.size());
    CHECK(search("missile AND Iran").hits.size() == search("+missile +Iran").hits.size());
    CHECK(search("(brokering OR transshipment) AND year:2011").hits.size() >= 1);
    CHECK(search("Iran NEAR/3 DPRK").hits.size() >= 1);
    auto wildcard = search("trans*");
    REQUIRE_FALSE(wildcard.hits.empty());
    for (const auto& hit : wildcard.hits) {
        for (const auto& word : highlighted(hit)) CHECK(lowercase(word).rfind("trans", 0) == 0);
    }
}

TEST_CASE("a wildcard finds where its word matches the text, though the index holds stems", "[search][wildcard]") {
    // "controls" is indexed as its stem "control", which does not start with "controls".
    for (auto [wildcard, word] : {std::pair{"controls*", "controls"}, std::pair{"transfer*", "transfers"}}) {
        INFO(wildcard);
        std::map<std::string, std::vector<std::string>> expected;
        // The word as written and through its vocabulary, as a wildcard matches: not its WordNet synonyms.
        for (const auto& hit : search_all(wording_searcher(), word).hits) {
            // Passages the word finds through their communiqué's title alone have no highlight.
            if (!hit.highlights.empty()) expected[hit.passage.passage_id] = highlighted(hit);
        }
        REQUIRE_FALSE(expected.empty());
        std::map<std::string, std::vector<std::string>> found;
        for (const auto& hit : search(wildcard, 1000).hits) found[hit.passage.passage_id] = highlighted(hit);
        for (const auto& [passage, words] : expected) {
            INFO(passage);
            REQUIRE(found.count(passage));
            for (const auto& highlight : words) CHECK(std::count(found[passage].begin(), found[passage].end(), highlight));
        }
    }
    std::set<std::string> words;
    for (const auto& hit : search("trans*", 1000).hits) {
        for (const auto& word : highlighted(hit)) words.insert(lowercase(word));
    }
    for (const char* word : {"transfer", "transfers", "transshipment", "transit", "trans"}) CHECK(words.count(word));
}

TEST_CASE("communiqué fields are searchable with every passage of the communiqué", "[search][fields]") {
    auto results = search("Sochi outreach", 1);
    REQUIRE(results.hits.size() == 1);
    CHECK(results.hits[0].passage.communique_id == "2021-sochi-33rd-plenary");
    CHECK(contains(results.hits[0].passage.text, "outreach"));
}

TEST_CASE("equal scores are ordered by passage id", "[search][determinism]") {
    auto results = search("year:2013");
    REQUIRE(results.hits.size() > 3);
    for (std::size_t i = 0; i < results.hits.size(); ++i) {
        CHECK(results.hits[i].passage.passage_id == "2013-rome-27th-plenary#" + std::to_string(i + 1));
    }
}

TEST_CASE("every hit's offsets slice its source file to the passage", "[search][offsets]") {
    auto results = search("missile OR partners OR regime", 1000);
    REQUIRE(results.hits.size() > 40);
    for (const auto& hit : results.hits) {
        std::string bytes = read_file(hit.communique->file);
        REQUIRE(hit.passage.end <= bytes.size());
        INFO(hit.passage.passage_id);
        CHECK(collapse_whitespace(bytes.substr(*hit.passage.start, *hit.passage.end - *hit.passage.start)) == hit.passage.text);
    }
}

TEST_CASE("malformed queries are rejected with the column of the problem", "[search][errors]") {
    struct Case {
        const char* query;
        std::size_t column;
    };
    for (const auto& c : std::vector<Case>{{"", 1},
                                          {"\"intangible technology", 1},
                                          {"missile \"open", 9},
                                          {"(missile OR Iran", 1},
                                          {"missile)", 8},
                                          {"AND missile", 1},
                                          {"missile OR", 9},
                                          {"missile NOT", 9},
                                          {"missile NEAR", 9},
                                          {"foo:bar", 1},
                                          {"year:2013..2004", 6},
                                          {"year:20x3", 6},
                                          {"tr*ns", 3},
                                          {"()", 1},
                                          {"missile NEAR/0 Iran", 9}}) {
        INFO(c.query);
        try {
            search(c.query);
            FAIL("no error");
        } catch (const QueryError& error) {
            CHECK(error.column() == c.column);
        }
    }
}
