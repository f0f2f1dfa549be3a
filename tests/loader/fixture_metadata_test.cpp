// Metadata of every readable statement in tests/data/formats against its manifest entry: read
// from the statement's body paragraphs (the manifest's) and the heading lines a reader gives for
// it (written here by hand from each file), so that the rules are tested apart from the readers;
// and read from the file itself, through the reader of its format.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "loader_fixtures.h"
#include "metadata_extraction.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

const fs::path formats_dir = source_dir / "tests" / "data" / "formats";

// The headings before each statement's body: its title and dateline lines.
const std::map<std::string, std::vector<std::string>> headings_of{
    {"2004-mtcr-seoul-plenary.txt", {}},
    {"2006-nsg-brasilia-plenary.txt", {"NUCLEAR SUPPLIERS GROUP PLENARY MEETING"}},
    {"2008-nsg-berlin-press.htm", {"NUCLEAR SUPPLIERS GROUP", "Press Statement, Berlin, 19-20 June 2008"}},
    {"2009-nsg-budapest-statement.htm",
     {"Public Statement: Plenary Meeting of the Nuclear Suppliers Group", "Budapest, 19 June 2009"}},
    {"2010-australia-group-paris-cp1252.txt", {"Media Release \u2013 Australia Group Plenary Meeting"}},
    {"2011-mtcr-buenos-aires-notes.md", {"Public Statement from the MTCR Plenary Meeting in Buenos Aires"}},
    {"2013-mtcr-rome-plenary.xhtml", {"Press Release: Plenary Meeting of the Missile Technology Control Regime"}},
    {"2014-mtcr-oslo-utf16.txt", {}},
    {"2014-nsg-reykjavik-latin1.txt", {"Nuclear Suppliers Group: Public Statement"}},
    {"2015-ag-paris-plenary.html", {"Statement by the Chair of the Australia Group Plenary"}},
    {"2016-ag-statement.md", {"Australia Group Plenary \u2013 Chair\u2019s Statement"}},
    {"2017-mtcr-dublin-plenary.pdf",
     {"Public Statement from the Plenary Meeting of the Missile Technology Control Regime"}},
    {"2017-wa-plenary-statement.txt", {"WASSENAAR ARRANGEMENT \u2013 PUBLIC STATEMENT"}},
    {"2018-nsg-the-hague-plenary.pdf",
     {"Public Statement of the Nuclear Suppliers Group Plenary Meeting", "THE HAGUE, 2\u20134 MAY 2018"}},
    {"2019-wa-vienna-plenary.html",
     {"Public Statement of the Twenty-Fifth Plenary Meeting of the Wassenaar Arrangement",
      "VIENNA, AUSTRIA, 5\u20136 DECEMBER 2019"}},
    {"2022-wa-plenary-notes.md", {"Statement of the 28th Plenary of the Wassenaar Arrangement"}},
};

std::vector<Passage> passages_of(const nlohmann::json& paragraphs) {
    std::vector<Passage> passages;
    for (const auto& paragraph : paragraphs)
        passages.push_back(passage_of(static_cast<std::uint32_t>(passages.size() + 1), paragraph.get<std::string>()));
    return passages;
}

std::string text_or_empty(const nlohmann::json& value) { return value.is_null() ? std::string() : value.get<std::string>(); }

std::optional<int> number_or_none(const nlohmann::json& value) {
    return value.is_null() ? std::nullopt : std::optional<int>(value.get<int>());
}

void check_against(const nlohmann::json& expected, const CommuniqueMetadata& metadata) {
    CHECK(metadata.org == text_or_empty(expected["org"]));
    CHECK(metadata.year == number_or_none(expected["year"]));
    CHECK(metadata.plenary == number_or_none(expected["plenary"]));
    CHECK(metadata.city == text_or_empty(expected["city"]));
    CHECK(metadata.country == text_or_empty(expected["country"]));
    CHECK(metadata.dates == text_or_empty(expected["dates"]));
    if (expected["title"].is_null()) {
        // No heading: a title made from the metadata, never a sentence of the body.
        for (const auto& paragraph : expected["paragraphs"])
            CHECK(paragraph.get<std::string>().find(metadata.title) == std::string::npos);
        CHECK(metadata.title.find("Plenary Meeting of the ") != std::string::npos);
    } else {
        CHECK(metadata.title == expected["title"].get<std::string>());
    }
}

nlohmann::json readable_fixtures() {
    nlohmann::json readable;
    for (const auto& entry : nlohmann::json::parse(read_file(formats_dir / "manifest.json")))
        if (!entry.contains("error") || entry["error"].is_null()) readable.push_back(entry);
    return readable;
}

} // namespace

TEST_CASE("every readable fixture's metadata is the manifest's", "[metadata][formats]") {
    const nlohmann::json fixtures = readable_fixtures();
    CHECK(fixtures.size() == headings_of.size());
    for (const auto& expected : fixtures) {
        const std::string name = expected["file"].get<std::string>();
        INFO(name);
        REQUIRE(headings_of.count(name) == 1);
        check_against(expected, loader::extract_metadata(headings_of.at(name), passages_of(expected["paragraphs"]),
                                                         formats_dir / name));
    }
}

TEST_CASE("a dateline read as the first passage gives the same metadata as a heading", "[metadata][formats]") {
    for (const auto& expected : readable_fixtures()) {
        const std::string name = expected["file"].get<std::string>();
        if (name != "2009-nsg-budapest-statement.htm" && name != "2019-wa-vienna-plenary.html") continue;
        INFO(name);
        std::vector<std::string> headings = headings_of.at(name);
        std::vector<Passage> passages = passages_of(expected["paragraphs"]);
        passages.insert(passages.begin(), passage_of(0, headings.back()));
        headings.pop_back();
        check_against(expected, loader::extract_metadata(headings, passages, formats_dir / name));
    }
}

TEST_CASE("the document's own title stands in for a missing heading, never for a present one", "[metadata]") {
    const std::vector<Passage> body{passage_of(1, "The Nuclear Suppliers Group (NSG) held its annual Plenary meeting.")};
    CHECK(loader::extract_metadata({}, body, "x.htm", "NSG - Public Statement, Budapest Plenary").title ==
          "NSG - Public Statement, Budapest Plenary");
    CHECK(loader::extract_metadata({"Public Statement"}, body, "x.htm", "NSG - Budapest").title == "Public Statement");
}

TEST_CASE("every readable fixture has the manifest's metadata, read from the file by its format's reader", "[metadata][formats]") {
    const nlohmann::json fixtures = readable_fixtures();
    std::set<std::string> formats;
    for (const auto& expected : fixtures) {
        const std::string name = expected["file"].get<std::string>();
        INFO(name);
        const Communique communique = load_communique(formats_dir / name);
        CHECK(communique.format == expected["format"].get<std::string>());
        check_against(expected, communique.metadata);
        formats.insert(communique.format);
    }
    CHECK(fixtures.size() == 16);
    CHECK(formats == std::set<std::string>{"text", "markdown", "html", "pdf"});
}
