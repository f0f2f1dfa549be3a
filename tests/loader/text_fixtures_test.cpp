// The plain-text fixtures of tests/data/formats/: hard-wrapped and pasted-PDF text, legacy
// encodings and UTF-16 give the manifest's paragraphs, one passage each, and no page furniture.
#include <catch2/catch.hpp>

#include "format_fixtures.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

// The manifest names encodings in lowercase and UTF-16 without its byte order.
bool same_encoding(std::string read, const std::string& expected) {
    std::transform(read.begin(), read.end(), read.begin(), [](unsigned char c) { return std::tolower(c); });
    return read.starts_with(expected);
}

} // namespace

TEST_CASE("each text fixture gives the manifest's paragraphs as its passages") {
    for (const nlohmann::json& fixture : fixtures_of_format("text")) {
        const std::string name = fixture.at("file");
        INFO(name);
        const Communique communique = load_communique(formats_dir / name);
        CHECK(communique.format == "text");
        CHECK(same_encoding(communique.encoding, fixture.at("encoding")));
        CHECK(communique.encoding_guessed == (fixture.at("encoding") == "iso-8859-1" || fixture.at("encoding") == "windows-1252"));
        const auto paragraphs = fixture.at("paragraphs").get<std::vector<std::string>>();
        CHECK(passage_texts(communique) == paragraphs);
        check_nothing_lost(paragraphs, communique);
        check_no_noise(fixture, communique);
    }
}

TEST_CASE("a text fixture's passages point at their lines and bytes in the original encoding") {
    const Communique utf16 = load_communique(formats_dir / "2014-mtcr-oslo-utf16.txt");
    REQUIRE(utf16.passages.size() >= 2);
    CHECK(*utf16.passages[0].start == 2);  // after the byte order mark
    CHECK(utf16.passages[1].line == 3);
    CHECK(utf16.passages[1].column == 1);
    const std::string bytes = read_file(formats_dir / "2014-mtcr-oslo-utf16.txt");
    CHECK(bytes.substr(*utf16.passages[1].start, 6) == std::string("P\0a\0r\0", 6));
    CHECK(bytes.compare(*utf16.passages[1].end - 2, 2, std::string(".\0", 2)) == 0);

    const Communique latin1 = load_communique(formats_dir / "2014-nsg-reykjavik-latin1.txt");
    const std::string latin1_bytes = read_file(formats_dir / "2014-nsg-reykjavik-latin1.txt");
    const Passage& first = latin1.passages.front();
    CHECK(first.line == 3);
    CHECK(latin1_bytes.substr(*first.start, 12) == "The Nuclear ");
    CHECK(latin1_bytes.find("Reykjav\xEDk") < *first.end);
}

TEST_CASE("a paragraph broken by a page break and its furniture is one passage") {
    const Communique communique = load_communique(formats_dir / "2017-wa-plenary-statement.txt");
    const std::string bytes = read_file(formats_dir / "2017-wa-plenary-statement.txt");
    const auto broken = std::find_if(communique.passages.begin(), communique.passages.end(), [](const Passage& passage) {
        return passage.text.find("They exchanged information on regions") != std::string::npos;
    });
    REQUIRE(broken != communique.passages.end());
    const std::string span = bytes.substr(*broken->start, *broken->end - *broken->start);
    CHECK(span.find("Page 1 of 3") != std::string::npos);
    CHECK(broken->text.find("Page") == std::string::npos);
}

TEST_CASE("the explanation names page furniture and headings with the reason they are not passages") {
    const std::string explained = explain_communique(formats_dir / "2017-wa-plenary-statement.txt");
    CHECK(explained.find("format: text\n") != std::string::npos);
    CHECK(explained.find("encoding: UTF-8\n") != std::string::npos);
    CHECK(explained.find("line 17 dropped (page number): Page 1 of 3") != std::string::npos);
    CHECK(explained.find("dropped (running head or footer (repeated 2 times, beside page numbers))") != std::string::npos);
    CHECK(explained.find("line 1 heading") != std::string::npos);
    CHECK(explained.find("#2 lines 7-11: The Plenary welcomed India") != std::string::npos);
    const std::string guessed = explain_communique(formats_dir / "2010-australia-group-paris-cp1252.txt");
    CHECK(guessed.find("encoding: windows-1252 (guessed)\n") != std::string::npos);
}
