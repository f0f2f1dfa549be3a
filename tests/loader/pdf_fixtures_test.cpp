// PDFs through poppler: the fixtures of tests/data/formats/ give the manifest's paragraphs with
// their first pages and no bytes, without running heads or page numbers; encrypted, scanned and
// damaged PDFs are load errors that say which; the bundled communiqués set as PDFs give their
// passages again.
#include <catch2/catch.hpp>

#include "format_fixtures.h"
#include "loader_fixtures.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

std::string parse_error_of(const std::string& bytes, const std::string& name) {
    try {
        parse_communique(bytes, name);
    } catch (const LoadError& error) {
        return error.what();
    }
    return "no error";
}

std::vector<Words> words_per_passage(const Communique& communique) {
    std::vector<Words> words;
    for (const Passage& passage : communique.passages) words.push_back(folded_words(passage.text));
    return words;
}

} // namespace

TEST_CASE("each readable PDF fixture gives the manifest's paragraphs with their pages") {
    for (const nlohmann::json& fixture : fixtures_of_format("pdf")) {
        const std::string name = fixture.at("file");
        INFO(name);
        if (fixture.contains("error")) {
            CHECK(load_error_of(formats_dir / name).find(fixture.at("error").get<std::string>()) != std::string::npos);
            continue;
        }
        const Communique communique = load_communique(formats_dir / name);
        CHECK(communique.format == "pdf");
        const auto paragraphs = fixture.at("paragraphs").get<std::vector<std::string>>();
        CHECK(passage_texts(communique) == paragraphs);
        check_nothing_lost(paragraphs, communique);
        check_no_noise(fixture, communique);
        for (const Passage& passage : communique.passages) {
            CHECK_FALSE(passage.start.has_value());
            CHECK_FALSE(passage.end.has_value());
            CHECK(passage.line == 0);
            CHECK(passage.page >= 1);
        }
        CHECK(communique.passages.front().page == 1);
        CHECK(communique.passages.back().page > 1);
    }
}

TEST_CASE("a PDF's explanation gives pages, headings and the furniture dropped") {
    const std::string explained = explain_communique(formats_dir / "2018-nsg-the-hague-plenary.pdf");
    CHECK(explained.find("format: pdf\n") != std::string::npos);
    CHECK(explained.find("#1 page 1: The Nuclear Suppliers Group (NSG) met in The Hague") != std::string::npos);
    CHECK(explained.find("page 1 heading (heading just before the statement): THE HAGUE, 2\u20134 MAY 2018") != std::string::npos);
    CHECK(explained.find("page 3 dropped (page number): Page 3 of 3") != std::string::npos);
    CHECK(explained.find("dropped (running head or footer (on 3 pages)): Nuclear Suppliers Group") != std::string::npos);
}

TEST_CASE("bytes that are not a PDF, or a PDF cut short, are damaged PDFs") {
    CHECK(parse_error_of("%PDF-1.4\n1 0 obj << /Type /Catalog", "cut.pdf").starts_with("damaged PDF"));
    CHECK(parse_error_of("plain words in a file named .pdf", "words.pdf").starts_with("damaged PDF"));
    CHECK(parse_error_of("", "empty.pdf").starts_with("damaged PDF"));
}

TEST_CASE("the bundled communiqués set as PDFs give the same passages by words, the same metadata and no furniture") {
    const fs::path pdfs = source_dir / "tests/data/bundled_pdfs";
    for (const std::string name : {"2001-ottawa-16th-plenary", "2004-seoul-19th-plenary", "2011-buenos-aires-25th-plenary",
                                   "2013-rome-27th-plenary", "2021-sochi-33rd-plenary"}) {
        INFO(name);
        const Communique original = load_communique(corpus_dir / (name + ".txt"));
        const Communique pdf = load_communique(pdfs / (name + ".pdf"));
        CHECK(words_per_passage(pdf) == words_per_passage(original));
        CHECK(pdf.metadata.year == original.metadata.year);
        CHECK(pdf.metadata.plenary == original.metadata.plenary);
        CHECK(pdf.metadata.city == original.metadata.city);
        CHECK(pdf.metadata.dates == original.metadata.dates);
        for (const Passage& passage : pdf.passages) {
            CHECK(passage.text.find("Page ") == std::string::npos);
            CHECK(passage.text.find("Missile Technology Control Regime \u2014 bundled") == std::string::npos);
        }
    }
}
