// Passages: the body of a file found among its page's chrome, split into paragraphs (or windows of
// sentences) whose text is their bytes in the file, whitespace collapsed.
#include <catch2/catch.hpp>

#include <plenary/communique.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "loader_fixtures.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

// The test's own whitespace normalisation: ASCII whitespace and U+00A0 collapse to one space.
std::string collapse(std::string_view bytes) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const bool nbsp = bytes.compare(i, 2, "\xC2\xA0") == 0;
        if (nbsp || std::isspace(static_cast<unsigned char>(bytes[i]))) {
            space = !out.empty();
            i += nbsp ? 1 : 0;
            continue;
        }
        if (space) out.push_back(' ');
        space = false;
        out.push_back(bytes[i]);
    }
    return out;
}

std::size_t words_in(const std::string& text) {
    return text.empty() ? 0 : static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
}

// Every passage is numbered in order and its text is its bytes, whitespace collapsed.
void check_passages_match_bytes(const Communique& communique, std::string_view bytes) {
    std::uint64_t previous_end = 0;
    for (std::size_t i = 0; i < communique.passages.size(); ++i) {
        const Passage& passage = communique.passages[i];
        INFO("passage " << passage.ordinal);
        CHECK(passage.ordinal == i + 1);
        REQUIRE(passage.start.has_value());
        REQUIRE(passage.end.has_value());
        REQUIRE(*passage.start >= previous_end);
        REQUIRE(*passage.start < *passage.end);
        REQUIRE(*passage.end <= bytes.size());
        CHECK(passage.text == collapse(bytes.substr(*passage.start, *passage.end - *passage.start)));
        previous_end = *passage.end;
    }
}

bool any_passage_contains(const Communique& communique, std::string_view needle) {
    return std::any_of(communique.passages.begin(), communique.passages.end(),
                       [&](const Passage& passage) { return passage.text.find(needle) != std::string::npos; });
}

struct BundledFile {
    std::string name;
    std::size_t passages;
    std::string first_opens;
    std::string last_opens;
    std::string last_closes;
};

const std::vector<BundledFile> bundled_files{
    {"2001-ottawa-16th-plenary.txt", 9,
     "The Missile Technology Control Regime (MTCR) held its 16th Plenary Meeting in Ottawa",
     "1 Argentina, Australia, Austria", "the United Kingdom, and the United States."},
    {"2004-seoul-19th-plenary.txt", 11,
     "The Missile Technology Control Regime (MTCR) held its 19th Plenary Meeting in Seoul",
     "Members: Argentina, Australia", "the United Kingdom, and the United States."},
    {"2011-buenos-aires-25th-plenary.txt", 11,
     "The Missile Technology Control Regime (MTCR) held its 25th Plenary Meeting in Buenos Aires",
     "The MTCR has 34 members:", "the United Kingdom and the United States of America."},
    {"2013-rome-27th-plenary.txt", 11,
     "The Missile Technology Control Regime (MTCR) held its 27th Plenary Meeting in Rome",
     "The MTCR has 34 members:", "the United Kingdom, and the United States of America."},
    {"2021-sochi-33rd-plenary.txt", 19,
     "The Missile Technology Control Regime (MTCR) held its 33rd Plenary Meeting in Sochi",
     "The MTCR has 35 members:", "the United Kingdom and the United States of America."},
};

} // namespace

TEST_CASE("bundled communiqués split into passages that are their files' bytes") {
    for (const BundledFile& expected : bundled_files) {
        INFO(expected.name);
        const fs::path file = corpus_dir / expected.name;
        const Communique communique = load_communique(file);
        CHECK(communique.file == fs::absolute(file));
        CHECK(communique.invalid_bytes == 0);
        REQUIRE(communique.passages.size() == expected.passages);
        check_passages_match_bytes(communique, read_file(file));
        CHECK(communique.passages.front().text.starts_with(expected.first_opens));
        CHECK(communique.passages.back().text.starts_with(expected.last_opens));
        CHECK(communique.passages.back().text.ends_with(expected.last_closes));
    }
}

TEST_CASE("no web chrome reaches a passage") {
    const std::vector<std::string> chrome{"Back to Top", "Back to top", "Privacy Notice", "Skip Links", "Subject Index",
                                          "FOIA", "U.S. Department of State", "Home", "You are in",
                                          "BUREAU OF INTERNATIONAL SECURITY", "The Office of Electronic Information",
                                          "manages this site", "Fact Sheet", "](", "|", "»"};
    for (const BundledFile& bundled : bundled_files) {
        const Communique communique = load_communique(corpus_dir / bundled.name);
        for (const std::string& needle : chrome) {
            INFO(bundled.name << ": " << needle);
            CHECK_FALSE(any_passage_contains(communique, needle));
        }
    }
}

TEST_CASE("a paragraph broken by a stray blank line is one passage spanning both pieces") {
    const fs::path file = corpus_dir / "2013-rome-27th-plenary.txt";
    const std::string bytes = read_file(file);
    const Communique communique = load_communique(file);
    const auto rejoined = std::find_if(communique.passages.begin(), communique.passages.end(), [](const Passage& p) {
        return p.text.find("as well as their means of delivery, constitutes") != std::string::npos;
    });
    REQUIRE(rejoined != communique.passages.end());
    CHECK(rejoined->text.starts_with("MTCR partners reiterated the concept"));
    CHECK(rejoined->text.ends_with("their last plenary meeting in Berlin."));
    const std::string_view span(bytes.data() + *rejoined->start, *rejoined->end - *rejoined->start);
    CHECK(span.find("as well as their\n\nmeans of delivery") != std::string_view::npos);
}

TEST_CASE("single newlines after sentences separate paragraphs") {
    const Communique communique = load_communique(corpus_dir / "2021-sochi-33rd-plenary.txt");
    REQUIRE(communique.passages.size() >= 2);
    CHECK(communique.passages[0].text.ends_with("until the next Plenary Meeting scheduled for 2022."));
    CHECK(communique.passages[1].text.starts_with("In his opening statement Mr. Ryabkov"));
}

TEST_CASE("a text without line breaks becomes windows of whole sentences") {
    const TempDir dir;
    std::string text;
    for (int i = 0; i < 60; ++i) text += "Partners number " + std::to_string(i) + " agreed to keep reviewing export controls on missiles. ";
    const std::string bytes = text;
    const Communique communique = load_communique(write_in(dir, "one-line.txt", bytes));
    REQUIRE(communique.passages.size() >= 3);
    check_passages_match_bytes(communique, bytes);
    for (const Passage& passage : communique.passages) {
        CHECK(passage.text.ends_with("missiles."));
        CHECK(words_in(passage.text) <= 200);
    }
    const Communique short_one = parse_communique("Just one sentence here. And a second one.", "short.txt");
    REQUIRE(short_one.passages.size() == 1);
    CHECK(short_one.metadata.title == "short");  // the file's name, never a sentence of the body
}

TEST_CASE("a 5 MB single-line file loads quickly in windows of 100 to 200 words") {
    const TempDir dir;
    std::string bytes;
    bytes.reserve(5'200'000);
    for (int i = 0; bytes.size() < 5'000'000; ++i)
        bytes += "In speech " + std::to_string(i) + " the President spoke about the economy, jobs and security. ";
    const fs::path file = write_in(dir, "speech.txt", bytes);
    const auto started = std::chrono::steady_clock::now();
    const Communique communique = load_communique(file);
    const auto elapsed = std::chrono::steady_clock::now() - started;
    CHECK(elapsed < std::chrono::seconds(30));  // generous for sanitizer builds; quadratic work would take hours
    REQUIRE(communique.passages.size() > 1000);
    check_passages_match_bytes(communique, bytes);
    for (std::size_t i = 0; i + 1 < communique.passages.size(); ++i) {
        const std::size_t words = words_in(communique.passages[i].text);
        CHECK((words >= 100 && words <= 200));
    }
    CHECK(words_in(communique.passages.back().text) <= 250);
    CHECK_FALSE(communique.metadata.year.has_value());
    CHECK(communique.metadata.title == "speech");
}

TEST_CASE("hard-wrapped lines join into one paragraph, CRLF and all") {
    const std::string bytes =
        "Partners reviewed the internal functioning of the Regime and\r\n"
        "discussed issues related to future membership at some length\r\n"
        "during the meeting.\r\n"
        "The membership issue will continue to be on the agenda.\r\n";
    const Communique communique = parse_communique(bytes, "wrapped.txt");
    REQUIRE(communique.passages.size() == 2);
    check_passages_match_bytes(communique, bytes);
    CHECK(communique.passages[0].text ==
          "Partners reviewed the internal functioning of the Regime and discussed issues related to future "
          "membership at some length during the meeting.");
    CHECK(communique.passages[1].text == "The membership issue will continue to be on the agenda.");
}

TEST_CASE("chrome of an unfamiliar site is dropped by its structure") {
    const std::string bytes =
        "Ministry of Foreign Affairs\nNews\nPress Releases\nContact\n\n"
        "Home \u00B7 Press \u00B7 Statements \u00B7 2017\n\n"
        "Press release on the Oslo plenary\n\n" +
        plenary_paragraph +
        "\n\nPartners discussed export controls and outreach at length.\n\n"
        "Share this\nPrint\n\n"
        "Follow us | Facebook | Twitter | RSS\n"
        "Copyright of the Ministry. All rights reserved.\n";
    const Communique communique = parse_communique(bytes, "oslo.txt");
    REQUIRE(communique.passages.size() == 2);
    check_passages_match_bytes(communique, bytes);
    CHECK(communique.metadata.title == "Press release on the Oslo plenary");
    CHECK(communique.metadata.plenary == 30);
    CHECK(communique.metadata.city == "Oslo");
    CHECK(communique.metadata.dates == "from 3 to 5 May 2017");
    CHECK(communique.metadata.year == 2017);
    CHECK(communique.metadata.chair == "Ambassador Kari Nordmann");
}
