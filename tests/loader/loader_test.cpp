#include <plenary/communique.h>

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using plenary::Communique;
using plenary::LoadError;
using plenary::Passage;

namespace {

fs::path corpus_file(const std::string& name) { return fs::path(PLENARY_SOURCE_DIR) / "corpus" / name; }

std::string read_bytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

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
        REQUIRE(passage.start >= previous_end);
        REQUIRE(passage.start < passage.end);
        REQUIRE(passage.end <= bytes.size());
        CHECK(passage.text == collapse(bytes.substr(passage.start, passage.end - passage.start)));
        previous_end = passage.end;
    }
}

bool any_passage_contains(const Communique& communique, std::string_view needle) {
    return std::any_of(communique.passages.begin(), communique.passages.end(),
                       [&](const Passage& passage) { return passage.text.find(needle) != std::string::npos; });
}

class TempDir {
public:
    TempDir() {
        static std::atomic<int> counter{0};
        path_ = fs::temp_directory_path() /
                ("plenary-loader-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        fs::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    fs::path write(const std::string& name, std::string_view bytes) const {
        const fs::path file = path_ / name;
        std::ofstream(file, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        return file;
    }

private:
    fs::path path_;
};

std::string load_error_of(const fs::path& file) {
    try {
        plenary::load_communique(file);
    } catch (const LoadError& error) {
        return error.what();
    }
    return "no error";
}

const std::string plenary_paragraph =
    "The Missile Technology Control Regime (MTCR) held its 30th Plenary Meeting in Oslo from "
    "3 to 5 May 2017. The Plenary was chaired by Ambassador Kari Nordmann, who will remain Chair.";

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
        const fs::path file = corpus_file(expected.name);
        const Communique communique = plenary::load_communique(file);
        CHECK(communique.file == fs::absolute(file));
        CHECK(communique.invalid_bytes == 0);
        REQUIRE(communique.passages.size() == expected.passages);
        check_passages_match_bytes(communique, read_bytes(file));
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
        const Communique communique = plenary::load_communique(corpus_file(bundled.name));
        for (const std::string& needle : chrome) {
            INFO(bundled.name << ": " << needle);
            CHECK_FALSE(any_passage_contains(communique, needle));
        }
    }
}

TEST_CASE("a paragraph broken by a stray blank line is one passage spanning both pieces") {
    const fs::path file = corpus_file("2013-rome-27th-plenary.txt");
    const std::string bytes = read_bytes(file);
    const Communique communique = plenary::load_communique(file);
    const auto rejoined = std::find_if(communique.passages.begin(), communique.passages.end(), [](const Passage& p) {
        return p.text.find("as well as their means of delivery, constitutes") != std::string::npos;
    });
    REQUIRE(rejoined != communique.passages.end());
    CHECK(rejoined->text.starts_with("MTCR partners reiterated the concept"));
    CHECK(rejoined->text.ends_with("their last plenary meeting in Berlin."));
    const std::string_view span(bytes.data() + rejoined->start, rejoined->end - rejoined->start);
    CHECK(span.find("as well as their\n\nmeans of delivery") != std::string_view::npos);
}

TEST_CASE("single newlines after sentences separate paragraphs") {
    const Communique communique = plenary::load_communique(corpus_file("2021-sochi-33rd-plenary.txt"));
    REQUIRE(communique.passages.size() >= 2);
    CHECK(communique.passages[0].text.ends_with("until the next Plenary Meeting scheduled for 2022."));
    CHECK(communique.passages[1].text.starts_with("In his opening statement Mr. Ryabkov"));
}

TEST_CASE("metadata comes from the communiqués' own text") {
    struct Expected {
        std::string name;
        int year;
        int plenary;
        std::string city;
        std::string country;
        std::string dates;
        std::string chair;
        std::string title_opens;
    };
    const std::vector<Expected> all{
        {"2001-ottawa-16th-plenary.txt", 2001, 16, "Ottawa", "Canada", "September 25-28, 2001", "",
         "Plenary Meeting of the Missile Technology Control Regime"},
        {"2004-seoul-19th-plenary.txt", 2004, 19, "Seoul", "Republic of Korea", "6 to 8 October 2004", "Mr. OH Joon",
         "Plenary Meeting of the Missile Technology Control Regime"},
        {"2011-buenos-aires-25th-plenary.txt", 2011, 25, "Buenos Aires", "", "11 to 15 April 2011",
         "H.E. Ambassador Roberto Garcia Morit\u00E1n", "Missile Technology Control Regime Plenary Meeting, Buenos Aires"},
        {"2013-rome-27th-plenary.txt", 2013, 27, "Rome", "Italy", "14 to 18 October 2013", "Ambassador Carlo Trezza",
         "Plenary Meeting of the Missile Technology Control Regime"},
        {"2021-sochi-33rd-plenary.txt", 2021, 33, "Sochi", "", "4th to 8th October 2021", "Ambassador Grigory Mashkov",
         "33rd Plenary Meeting of the Missile Technology Control Regime, Sochi, October 2021"},
    };
    for (const Expected& expected : all) {
        INFO(expected.name);
        const Communique communique = plenary::load_communique(corpus_file(expected.name));
        CHECK(communique.id == expected.name.substr(0, expected.name.size() - 4));
        CHECK(communique.metadata.year == expected.year);
        CHECK(communique.metadata.plenary == expected.plenary);
        CHECK(communique.metadata.city == expected.city);
        CHECK(communique.metadata.country == expected.country);
        CHECK(communique.metadata.dates == expected.dates);
        CHECK(communique.metadata.chair == expected.chair);
        CHECK(communique.metadata.title.starts_with(expected.title_opens));
    }
    CHECK(plenary::load_communique(corpus_file("2013-rome-27th-plenary.txt")).metadata.title ==
          "Plenary Meeting of the Missile Technology Control Regime \u2013 Rome, Italy \u2013 14-18 October 2013");
}

TEST_CASE("invalid UTF-8 and control characters become spaces, offsets stay valid") {
    const TempDir dir;
    const std::string bytes = "The plenary met in Rome.\xFF\xFE It agreed \xC3 on\x01 export controls.\n";
    const Communique communique = plenary::load_communique(dir.write("invalid.txt", bytes));
    CHECK(communique.invalid_bytes == 3);
    REQUIRE(communique.passages.size() == 1);
    const Passage& passage = communique.passages.front();
    CHECK(passage.start == 0);
    CHECK(passage.end == bytes.size() - 1);
    CHECK(passage.text == "The plenary met in Rome. It agreed on export controls.");
}

TEST_CASE("files that are not text are load errors with a reason") {
    const TempDir dir;
    CHECK(load_error_of(dir.write("empty.txt", "")) == "empty file");
    CHECK(load_error_of(dir.write("blank.txt", " \n\t\r\n\xC2\xA0\n")) == "empty file");
    CHECK(load_error_of(dir.write("nul.txt", std::string("PK\x03\x04\0\0 data", 12))).starts_with("binary file"));
    std::string noise(4096, '\0');
    std::mt19937 random(42);
    for (char& byte : noise) byte = static_cast<char>(0x80 | (random() & 0x7F));
    CHECK(load_error_of(dir.write("noise.bin", noise)).starts_with("binary file"));
    CHECK(load_error_of(dir.write("missing/none.txt", "")) == "cannot read: No such file or directory");
    const std::string chrome_only = "[Home](#) \u00BB [Releases](#)\n\nSkip Links\nU.S. Department of State\n\n"
                                    "About | Privacy Notice | FOIA | Contact\n[Back to Top](#)\n";
    CHECK(load_error_of(dir.write("chrome.txt", chrome_only)).starts_with("no communiqu"));
}

TEST_CASE("a text without line breaks becomes windows of whole sentences") {
    const TempDir dir;
    std::string text;
    for (int i = 0; i < 60; ++i) text += "Partners number " + std::to_string(i) + " agreed to keep reviewing export controls on missiles. ";
    const std::string bytes = text;
    const Communique communique = plenary::load_communique(dir.write("one-line.txt", bytes));
    REQUIRE(communique.passages.size() >= 3);
    check_passages_match_bytes(communique, bytes);
    for (const Passage& passage : communique.passages) {
        CHECK(passage.text.ends_with("missiles."));
        CHECK(words_in(passage.text) <= 200);
    }
    const Communique short_one = plenary::parse_communique("Just one sentence here. And a second one.", "short.txt");
    REQUIRE(short_one.passages.size() == 1);
    CHECK(short_one.metadata.title == "Just one sentence here. And a second one.");
}

TEST_CASE("a 5 MB single-line file loads quickly in windows of 100 to 200 words") {
    const TempDir dir;
    std::string bytes;
    bytes.reserve(5'200'000);
    for (int i = 0; bytes.size() < 5'000'000; ++i)
        bytes += "In speech " + std::to_string(i) + " the President spoke about the economy, jobs and security. ";
    const fs::path file = dir.write("speech.txt", bytes);
    const auto started = std::chrono::steady_clock::now();
    const Communique communique = plenary::load_communique(file);
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
    CHECK(communique.metadata.title == "In speech 0 the President spoke about the economy, jobs …");
}

TEST_CASE("hard-wrapped lines join into one paragraph, CRLF and all") {
    const std::string bytes =
        "Partners reviewed the internal functioning of the Regime and\r\n"
        "discussed issues related to future membership at some length\r\n"
        "during the meeting.\r\n"
        "The membership issue will continue to be on the agenda.\r\n";
    const Communique communique = plenary::parse_communique(bytes, "wrapped.txt");
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
    const Communique communique = plenary::parse_communique(bytes, "oslo.md");
    REQUIRE(communique.passages.size() == 2);
    check_passages_match_bytes(communique, bytes);
    CHECK(communique.metadata.title == "Press release on the Oslo plenary");
    CHECK(communique.metadata.plenary == 30);
    CHECK(communique.metadata.city == "Oslo");
    CHECK(communique.metadata.dates == "3 to 5 May 2017");
    CHECK(communique.metadata.year == 2017);
    CHECK(communique.metadata.chair == "Ambassador Kari Nordmann");
}

TEST_CASE("a text that is not a communiqué gets a title and no meeting metadata") {
    const Communique speech = plenary::parse_communique(
        "Mr. Speaker, Mr. Vice President, Members of Congress, my fellow Americans: tonight we gather "
        "to take stock of the state of our union in the year 2014.\n",
        "sotu-2014.txt");
    CHECK(speech.metadata.title == "Mr. Speaker, Mr. Vice President, Members of Congress, my fellow …");
    CHECK_FALSE(speech.metadata.year.has_value());
    CHECK_FALSE(speech.metadata.plenary.has_value());
    CHECK(speech.metadata.city.empty());
    CHECK(speech.metadata.chair.empty());
}

TEST_CASE("a sidecar overrides the metadata it names") {
    const TempDir dir;
    const fs::path file = dir.write("oslo.txt", plenary_paragraph);
    dir.write("oslo.txt.meta.json", R"({"title": "Oslo plenary", "year": 2016, "country": "Norway", "chair": null})");
    const Communique communique = plenary::load_communique(file);
    CHECK(communique.metadata.title == "Oslo plenary");
    CHECK(communique.metadata.year == 2016);
    CHECK(communique.metadata.country == "Norway");
    CHECK(communique.metadata.chair.empty());
    CHECK(communique.metadata.city == "Oslo");
    CHECK(communique.metadata.plenary == 30);

    dir.write("oslo.txt.meta.json", R"({"title": "Oslo plenary", "year": )");
    const std::string error = load_error_of(file);
    CHECK(error.find("oslo.txt.meta.json") != std::string::npos);
    CHECK(error.find("parse error") != std::string::npos);

    dir.write("oslo.txt.meta.json", R"({"year": "twenty"})");
    CHECK(load_error_of(file).find("oslo.txt.meta.json") != std::string::npos);
}

TEST_CASE("communiqué ids are slugs of the file stem") {
    CHECK(plenary::communique_id_for("corpus/2013-rome-27th-plenary.txt") == "2013-rome-27th-plenary");
    CHECK(plenary::communique_id_for("/a/b/My Speech (Final)!.TXT") == "my-speech-final");
    CHECK(plenary::communique_id_for("Z\u00FCrich 2019.md") == "z-rich-2019");
    CHECK(plenary::communique_id_for("___.txt") == "doc");
}

TEST_CASE("damaged communiqués load or fail with a LoadError, never worse") {
    const std::string original = read_bytes(corpus_file("2011-buenos-aires-25th-plenary.txt"));
    std::mt19937 random(7);
    for (int round = 0; round < 200; ++round) {
        std::string bytes = original;
        for (int damage = 0; damage < 40; ++damage)
            bytes[random() % bytes.size()] = static_cast<char>(random() % 256);
        bytes.resize(random() % bytes.size() + 1);
        try {
            const Communique communique = plenary::parse_communique(bytes, "damaged.txt");
            for (const Passage& passage : communique.passages) REQUIRE(passage.end <= bytes.size());
        } catch (const LoadError&) {
        }
    }
}
