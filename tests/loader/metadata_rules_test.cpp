// The metadata rules on statements invented in each regime's style: organisations, ordinals in
// digits and words, dates in their forms, places from cues and datelines, and the traps (an
// anniversary, a year cited in the text, an observer named after the organisation that met).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "loader_fixtures.h"
#include "metadata_extraction.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

CommuniqueMetadata metadata_of(const std::string& text, const std::vector<std::string>& headings = {},
                               const std::string& file = "statement.txt") {
    return loader::extract_metadata(headings, {passage_of(1, text)}, file);
}

} // namespace

TEST_CASE("the organisation is the one named first, by name or acronym", "[metadata]") {
    CHECK(metadata_of("The Nuclear Suppliers Group met in Oslo for its Plenary, with the Chair of the Zangger "
                      "Committee as an observer.").org == "NSG");
    CHECK(metadata_of("Delegations of the NSG held their annual Plenary in Oslo.").org == "NSG");
    CHECK(metadata_of("Participating States of the Wassenaar Arrangement on Export Controls for Conventional Arms "
                      "and Dual-Use Goods and Technologies held their Plenary in Vienna.").org == "Wassenaar Arrangement");
    CHECK(metadata_of("The plenary of the AUSTRALIA GROUP took place in Paris.").org == "Australia Group");
    CHECK(metadata_of("Australia chaired the Plenary, held in Paris.").org.empty());
    CHECK(metadata_of("The Plenary noted that the mtcr website was renewed.").org.empty());  // acronyms as written
    CHECK(metadata_of("The Tenth Regular Meeting of the Subscribing States to the Hague Code of Conduct against "
                      "Ballistic Missile Proliferation (HCoC) took place in Vienna on 30 and 31 May 2011.").org == "HCoC");
}

TEST_CASE("the plenary ordinal in digits or words, and only of a meeting", "[metadata]") {
    CHECK(metadata_of("The MTCR held its 11th Plenary Meeting in Tokyo.").plenary == 11);
    CHECK(metadata_of("The Group held its 3rd annual Plenary in Paris.").plenary == 3);
    CHECK(metadata_of("The NSG held its thirty-first Plenary meeting in Prague.").plenary == 31);
    CHECK(metadata_of("Statement of the Twenty-Fifth Plenary Meeting").plenary == 25);
    CHECK(metadata_of("The twenty second plenary session took place in Madrid.").plenary == 22);
    CHECK(metadata_of("The TWELFTH PLENARY of the Arrangement met in Vienna.").plenary == 12);
    CHECK(metadata_of("The Tenth Regular Meeting of the HCoC took place in Vienna.").plenary == 10);
    CHECK_FALSE(metadata_of("The annual Plenary meeting of the Australia Group marked the Group's 30th anniversary.")
                    .plenary.has_value());
    CHECK_FALSE(metadata_of("The Plenary welcomed Mexico as the Arrangement's forty-second Participating State.")
                    .plenary.has_value());
}

TEST_CASE("dates in their common forms, and the year from them", "[metadata]") {
    struct Case {
        std::string sentence;
        std::string dates;
        int year;
    };
    for (const Case& c : std::vector<Case>{
             {"The MTCR held its Plenary in Lisbon on 6-8 October 2004.", "6-8 October 2004", 2004},
             {"The NSG met in Oslo for its Plenary, 2\u20134 MAY 2018.", "2\u20134 MAY 2018", 2018},
             {"The Plenary took place in Vienna on 5 and 6 December 2019.", "5 and 6 December 2019", 2019},
             {"The Plenary was held in Rome from 14 to 18 October 2013.", "from 14 to 18 October 2013", 2013},
             {"The Plenary was held in Rome from 6-8 October 2013.", "6-8 October 2013", 2013},
             {"The Plenary took place in Lima and concluded on April 11, 2011.", "April 11, 2011", 2011},
             {"The Plenary of the Group was held in Paris, 11-12 June 2015.", "11-12 June 2015", 2015},
             {"The Plenary met in Bern from 30 September to 2 October 2015.", "from 30 September to 2 October 2015", 2015},
             {"The Plenary met in Ottawa from September 25-28, 2001.", "September 25-28, 2001", 2001},
             {"The Plenary met in Sochi from 4th to 8th October 2021.", "from 4th to 8th October 2021", 2021},
         }) {
        INFO(c.sentence);
        const CommuniqueMetadata metadata = metadata_of(c.sentence);
        CHECK(metadata.dates == c.dates);
        CHECK(metadata.year == c.year);
    }
}

TEST_CASE("a year cited in the text is not the meeting's, the file name's counts where the text has none",
          "[metadata]") {
    const std::string founded = "The Australia Group, established in 1985, held its annual Plenary in Paris in June.";
    CHECK_FALSE(metadata_of(founded).year.has_value());
    CHECK(metadata_of(founded, {}, "2012-ag-paris.txt").year == 2012);
    CHECK(metadata_of("The NSG met in Seoul on 23 and 24 June 2016 for its Plenary, and recalled the 2008 statement "
                      "on civil nuclear cooperation.", {}, "2015-nsg.txt")
              .year == 2016);
    const CommuniqueMetadata no_year = metadata_of("The Group met in Paris on 8 and 9 June for its Plenary.", {},
                                                   "2016-ag-statement.md");
    CHECK(no_year.dates == "8 and 9 June");
    CHECK(no_year.year == 2016);
    CHECK_FALSE(metadata_of(founded, {}, "ag-2012.txt").year.has_value());  // a year at the start only
}

TEST_CASE("the city and country from place cues and datelines", "[metadata]") {
    const auto place = [](const CommuniqueMetadata& metadata) { return metadata.city + "|" + metadata.country; };
    CHECK(place(metadata_of("The NSG Plenary took place in Brasília, Brazil, on 1-2 June 2006.")) == "Brasília|Brazil");
    CHECK(place(metadata_of("The NSG met in The Hague for its Plenary.")) == "The Hague|");
    CHECK(place(metadata_of("The Plenary was held in Buenos Aires and was chaired by Argentina.")) == "Buenos Aires|");
    CHECK(place(metadata_of("The Plenary was held in Paris, 7\u201311 June 2010.")) == "Paris|");
    CHECK(place(metadata_of("Delegations gathered in the Austrian capital for the Plenary.",
                            {"Statement", "BERLIN, GERMANY, 21\u201322 APRIL 2010"})) == "Berlin|Germany");
    CHECK(place(metadata_of("The Group held its annual Plenary this week.", {"Prague, 19 June 2009"})) == "Prague|");
    CHECK(metadata_of("The Plenary was held in December 2019 under the chairmanship of Estonia.").city.empty());
    CHECK(place(metadata_of("The Plenary met in Madrid, Spain, on 5 and 6 December 2019.",
                            {"Plenary Meeting \u2013 MADRID, Spain \u2013 5-6 December 2019"})) == "Madrid|Spain");
}

TEST_CASE("the title is a heading, or made from the metadata, never a sentence of the body", "[metadata]") {
    CHECK(metadata_of("The NSG held its 24th Plenary meeting in Oslo on 23 and 24 June 2014.").title ==
          "24th Plenary Meeting of the Nuclear Suppliers Group, Oslo, June 2014");
    CHECK(metadata_of("The NSG met in Oslo.", {"THE HAGUE, 2\u20134 MAY 2018", "Public Statement"}).title ==
          "Public Statement");
    CHECK(metadata_of("The NSG met in Oslo.", {"# Notes on the Oslo Plenary"}).title == "Notes on the Oslo Plenary");
}

TEST_CASE("a text that is no meeting's statement gets its title and year from the file name", "[metadata]") {
    const CommuniqueMetadata speech = metadata_of(
        "Fellow-Citizens of the Senate and House of Representatives: In meeting you again I feel much satisfaction "
        "in the favorable prospects of our country, which was founded in 1776 and met in Philadelphia.",
        {}, "/speeches/1790_george_washington_n.txt");
    CHECK(speech.title == "1790 george washington n");
    CHECK(speech.year == 1790);
    CHECK(speech.org.empty());
    CHECK(speech.city.empty());
    CHECK(speech.dates.empty());
    CHECK_FALSE(speech.plenary.has_value());
}
