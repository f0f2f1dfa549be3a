// The document builder: a communiqué's passages as Xapian documents, with their terms,
// positions, filter terms, values, stored record and tags from the rules it is given.
#include <catch2/catch.hpp>

#include <xapian.h>

#include <map>
#include <vector>

#include "document_builder.h"
#include "indexer_fixtures.h"
#include "plenary/index_schema.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

std::vector<Xapian::Document> documents_of(const Communique& communique, const PassageTagger& tagger) {
    DocumentBuilder builder(tagger);
    std::vector<Xapian::Document> documents;
    builder.build(communique, [&](const Xapian::Document& document) { documents.push_back(document); });
    return documents;
}

// Term -> positions (empty for a term without positions), and wdf.
std::map<std::string, std::vector<Xapian::termpos>> positions_of(const Xapian::Document& document) {
    std::map<std::string, std::vector<Xapian::termpos>> terms;
    for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
        terms[*term].assign(term.positionlist_begin(), term.positionlist_end());
    }
    return terms;
}

Xapian::termcount wdf_of(const Xapian::Document& document, const std::string& name) {
    auto term = document.termlist_begin();
    term.skip_to(name);
    return term != document.termlist_end() && *term == name ? term.get_wdf() : 0;
}

} // namespace

TEST_CASE("a passage's words are stems at their positions, from 1", "[indexer][documents]") {
    auto documents = documents_of(sample_communique(), sample_rules().tagger);
    REQUIRE(documents.size() == 2);
    auto terms = positions_of(documents[0]);
    using P = std::vector<Xapian::termpos>;
    CHECK(terms.at("the") == P{1});
    CHECK(terms.at("partner") == P{2});
    CHECK(terms.at("discuss") == P{3});
    CHECK(terms.at("broker") == P{4});
    CHECK(terms.at("control") == P{5});
    CHECK(terms.count("dprk") == 0);
    CHECK(positions_of(documents[1]).at("dprk") == P{4});
}

TEST_CASE("every passage carries its communiqué's field words, each field under its prefix, and filter terms",
          "[indexer][documents]") {
    Communique communique = sample_communique();
    communique.metadata.org = "MTCR";
    for (const auto& document : documents_of(communique, sample_rules().tagger)) {
        auto terms = positions_of(document);
        CHECK(terms.count("XMplenari") == 0);
        for (const char* field : {"Splenari", "Smeet", "XPbueno", "XPair", "XNargentina", "XOmtcr", "XOmissil", "XY2011"}) {
            INFO(field);
            CHECK(terms.count(field) == 1);
            CHECK(wdf_of(document, field) == 1);
        }
        for (const char* filter : {"XD2011-buenos-aires", "Y2011", "XCbuenos-aires"}) {
            INFO(filter);
            REQUIRE(terms.count(filter) == 1);
            CHECK(wdf_of(document, filter) == 0);
        }
    }
    auto documents = documents_of(sample_communique(), sample_rules().tagger);
    CHECK(positions_of(documents[0]).count("Q2011-buenos-aires#1") == 1);
    CHECK(positions_of(documents[1]).count("Q2011-buenos-aires#2") == 1);
}

TEST_CASE("values hold the year, the city as written, the tags and the passage order", "[indexer][documents]") {
    auto documents = documents_of(sample_communique(), sample_rules().tagger);
    CHECK(documents[0].get_value(schema::year_slot) == "2011");
    CHECK(documents[0].get_value(schema::city_slot) == "Buenos Aires");
    CHECK(documents[0].get_value(schema::tags_slot) == "dealers");
    CHECK(documents[1].get_value(schema::tags_slot).empty());
    CHECK(documents[1].get_value(schema::sort_slot) == "2011-buenos-aires#00000002");

    Communique undated = sample_communique();
    undated.metadata.year.reset();
    undated.metadata.city.clear();
    auto document = documents_of(undated, sample_rules().tagger).front();
    CHECK(document.get_value(schema::year_slot).empty());
    CHECK(document.get_value(schema::city_slot).empty());
    for (const auto& [term, positions] : positions_of(document)) {
        CHECK_FALSE(term.starts_with("Y"));
        CHECK_FALSE(term.starts_with("XC"));
    }
}

TEST_CASE("the stored record holds ids, offsets, positions, tags and text", "[indexer][documents]") {
    auto documents = documents_of(sample_communique(), sample_rules().tagger);
    auto record = schema::decode_passage(documents[0].get_data());
    CHECK(record.passage_id == "2011-buenos-aires#1");
    CHECK(record.communique_id == "2011-buenos-aires");
    CHECK(record.start == 0);
    CHECK(record.end == 42);
    CHECK(record.line == 1);
    CHECK(record.column == 1);
    CHECK(record.page == 0);
    CHECK(record.tags == std::vector<std::string>{"dealers"});
    CHECK(record.text == "The Partners discussed brokering controls.");
}

TEST_CASE("a PDF passage's record has a page and no offsets", "[indexer][documents]") {
    Communique communique = sample_communique();
    communique.format = "pdf";
    communique.passages = {{1, std::nullopt, std::nullopt, 0, 0, 2, "The Partners discussed brokering controls."}};
    auto record = schema::decode_passage(documents_of(communique, sample_rules().tagger)[0].get_data());
    CHECK_FALSE(record.start.has_value());
    CHECK_FALSE(record.end.has_value());
    CHECK(record.line == 0);
    CHECK(record.page == 2);
    CHECK(record.text == "The Partners discussed brokering controls.");
}

TEST_CASE("tags come from the rules given, and rules without a line give none", "[indexer][documents][tags]") {
    auto tagged = documents_of(sample_communique(), sample_rules().tagger);
    CHECK(positions_of(tagged[0]).count("Kdealers") == 1);
    CHECK(positions_of(tagged[1]).count("Kdealers") == 0);

    auto untagged = documents_of(sample_communique(), sample_rules("").tagger);
    for (const auto& document : untagged) {
        for (const auto& [term, positions] : positions_of(document)) CHECK_FALSE(term.starts_with("K"));
        CHECK(document.get_value(schema::tags_slot).empty());
        CHECK(schema::decode_passage(document.get_data()).tags.empty());
    }
}

TEST_CASE("the analysis fingerprint follows the tag rules", "[indexer][documents][tags]") {
    auto dealers = analysis_fingerprint(sample_rules().tagger);
    CHECK(dealers == analysis_fingerprint(sample_rules().tagger));
    CHECK(dealers != analysis_fingerprint(sample_rules("").tagger));
    CHECK(dealers != analysis_fingerprint(sample_rules("[dealers]\nthreshold 1\n1 brokers\n").tagger));
}
