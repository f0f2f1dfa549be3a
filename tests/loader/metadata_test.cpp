// Metadata: what the text says of its meeting, a sidecar's overrides, and communiqué ids.
#include <catch2/catch.hpp>

#include <plenary/communique.h>

#include <string>
#include <vector>

#include "loader_fixtures.h"

using namespace plenary;
using namespace plenary::testing;

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
        {"2004-seoul-19th-plenary.txt", 2004, 19, "Seoul", "Republic of Korea", "from 6 to 8 October 2004", "Mr. OH Joon",
         "Plenary Meeting of the Missile Technology Control Regime"},
        {"2011-buenos-aires-25th-plenary.txt", 2011, 25, "Buenos Aires", "", "from 11 to 15 April 2011",
         "H.E. Ambassador Roberto Garcia Morit\u00E1n", "Missile Technology Control Regime Plenary Meeting, Buenos Aires"},
        {"2013-rome-27th-plenary.txt", 2013, 27, "Rome", "Italy", "from 14 to 18 October 2013", "Ambassador Carlo Trezza",
         "Plenary Meeting of the Missile Technology Control Regime"},
        {"2021-sochi-33rd-plenary.txt", 2021, 33, "Sochi", "", "from 4th to 8th October 2021", "Ambassador Grigory Mashkov",
         "33rd Plenary Meeting of the Missile Technology Control Regime, Sochi, October 2021"},
    };
    for (const Expected& expected : all) {
        INFO(expected.name);
        const Communique communique = load_communique(corpus_dir / expected.name);
        CHECK(communique.id == expected.name.substr(0, expected.name.size() - 4));
        CHECK(communique.metadata.org == "MTCR");
        CHECK(communique.metadata.year == expected.year);
        CHECK(communique.metadata.plenary == expected.plenary);
        CHECK(communique.metadata.city == expected.city);
        CHECK(communique.metadata.country == expected.country);
        CHECK(communique.metadata.dates == expected.dates);
        CHECK(communique.metadata.chair == expected.chair);
        CHECK(communique.metadata.title.starts_with(expected.title_opens));
    }
    CHECK(load_communique(corpus_dir / "2013-rome-27th-plenary.txt").metadata.title ==
          "Plenary Meeting of the Missile Technology Control Regime \u2013 Rome, Italy \u2013 14-18 October 2013");
}

TEST_CASE("a text that is not a communiqué gets its title from the file name and no meeting metadata") {
    const Communique speech = parse_communique(
        "Mr. Speaker, Mr. Vice President, Members of Congress, my fellow Americans: tonight we gather "
        "to take stock of the state of our union in the year 2014.\n",
        "sotu-2014.txt");
    CHECK(speech.metadata.title == "sotu 2014");
    CHECK(speech.metadata.org.empty());
    CHECK_FALSE(speech.metadata.year.has_value());
    CHECK_FALSE(speech.metadata.plenary.has_value());
    CHECK(speech.metadata.city.empty());
    CHECK(speech.metadata.chair.empty());
}

TEST_CASE("a sidecar overrides the metadata it names") {
    const TempDir dir;
    const fs::path file = write_in(dir, "oslo.txt", plenary_paragraph);
    write_in(dir, "oslo.txt.meta.json", R"({"title": "Oslo plenary", "year": 2016, "country": "Norway", "chair": null, "org": "HCoC"})");
    const Communique communique = load_communique(file);
    CHECK(communique.metadata.title == "Oslo plenary");
    CHECK(communique.metadata.year == 2016);
    CHECK(communique.metadata.country == "Norway");
    CHECK(communique.metadata.chair.empty());
    CHECK(communique.metadata.org == "HCoC");
    CHECK(communique.metadata.city == "Oslo");
    CHECK(communique.metadata.plenary == 30);

    write_in(dir, "oslo.txt.meta.json", R"({"title": "Oslo plenary", "year": )");
    const std::string error = load_error_of(file);
    CHECK(error.find("oslo.txt.meta.json") != std::string::npos);
    CHECK(error.find("parse error") != std::string::npos);

    write_in(dir, "oslo.txt.meta.json", R"({"year": "twenty"})");
    CHECK(load_error_of(file).find("oslo.txt.meta.json") != std::string::npos);
}

TEST_CASE("communiqué ids are slugs of the file stem") {
    CHECK(communique_id_for("corpus/2013-rome-27th-plenary.txt") == "2013-rome-27th-plenary");
    CHECK(communique_id_for("/a/b/My Speech (Final)!.TXT") == "my-speech-final");
    CHECK(communique_id_for("Z\u00FCrich 2019.md") == "z-rich-2019");
    CHECK(communique_id_for("___.txt") == "doc");
}
