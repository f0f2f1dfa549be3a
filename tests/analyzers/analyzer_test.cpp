#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "plenary/analyzer.h"

using plenary::Analyzer;

namespace {

std::vector<std::string> stems(const std::string& text) {
    Analyzer analyzer;
    std::vector<std::string> out;
    for (const auto& token : analyzer.tokens(text)) out.push_back(token.stem);
    return out;
}

std::vector<std::string> terms(const std::string& text) {
    Analyzer analyzer;
    std::vector<std::string> out;
    for (const auto& token : analyzer.tokens(text)) out.push_back(token.term);
    return out;
}

using Words = std::vector<std::string>;

} // namespace

// The golden table: how the communiqués' hard cases are tokenized.
TEST_CASE("golden tokenizations of the communiqués' hard cases", "[analyzer]") {
    struct Case {
        const char* text;
        Words expected_terms;
    };
    const std::vector<Case> cases{
        {"Jörg Ranau", {"jorg", "ranau"}},
        {"Roberto García Moritán", {"roberto", "garcia", "moritan"}},
        {"Italy’s", {"italy's"}},
        {"Italy's", {"italy's"}},
        // A name is found by its main part after an elided particle (and whole: see below).
        {"Ambassador D'Alotto", {"ambassador", "alotto"}},
        {"l’Aquila, O'Brien", {"aquila", "brien"}},
        {"What's MTCR's", {"what's", "mtcr's"}},
        {"4th\u00A0to 8th\u00A0October", {"4th", "to", "8th", "october"}},
        {"non-proliferation", {"non", "proliferation"}},
        {"trans-shipment", {"trans", "shipment"}},
        {"UNSCR 1540", {"unscr", "1540"}},
        {"COVID-19 restrictions", {"covid", "19", "restrictions"}},
        {"ＭＴＣＲ", {"mtcr"}},
        {"“Partners” — (LEEM), [TEM]; IEM.", {"partners", "leem", "tem", "iem"}},
        {"weapons of mass destruction", {"weapons", "of", "mass", "destruction"}},
        {"2015-2016", {"2015", "2016"}},
        {"CHOI Young-Jin", {"choi", "young", "jin"}},
        // Dotted abbreviations are indexed dotless, so "US" and "U.S." meet.
        {"U.S. Department of State", {"us", "department", "of", "state"}},
        {"the A.Q. Khan network", {"the", "aq", "khan", "network"}},
        {"chaired by H.E. Ambassador", {"chaired", "by", "he", "ambassador"}},
        {"state.gov", {"state.gov"}},
        {"3.5 per cent", {"3.5", "per", "cent"}},
        // A footnote marker glued to a lowercase word does not hide the word ...
        {"The 33 countries1 of the MTCR", {"the", "33", "countries", "of", "the", "mtcr"}},
        {"partners12.", {"partners"}},
        // ... but ordinals, codes, resolution numbers and uppercase names keep their digits.
        {"its 16th Plenary", {"its", "16th", "plenary"}},
        {"the G7 and G20", {"the", "g7", "and", "g20"}},
        {"resolution 2231", {"resolution", "2231"}},
        {"Category I items100", {"category", "i", "items100"}},
        {"MTCR1", {"mtcr1"}},
        {"missile-related, space-related", {"missile", "related", "space", "related"}},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(terms(c.text) == c.expected_terms);
    }
}

TEST_CASE("stemming conflates inflections the corpus uses", "[analyzer]") {
    CHECK(stems("transfers") == stems("transfer"));
    CHECK(stems("transfers") == stems("transferred"));
    CHECK(stems("programmes") == stems("programme"));
    CHECK(stems("controls") == stems("control"));
    CHECK(stems("Italy’s") == stems("Italy"));
    CHECK(stems("MTCR’s") == stems("MTCR"));
    CHECK(stems("Jörg") == stems("JORG"));
}

TEST_CASE("stemming can be switched off", "[analyzer]") {
    Analyzer analyzer(plenary::AnalyzerOptions{false});
    auto tokens = analyzer.tokens("transfers");
    REQUIRE(tokens.size() == 1);
    CHECK(tokens[0].stem == "transfers");
}

TEST_CASE("tokens carry positions and byte offsets into the text", "[analyzer]") {
    Analyzer analyzer;
    std::string text = "Ambassador Jörg Ranau’s outreach";
    auto tokens = analyzer.tokens(text);
    REQUIRE(tokens.size() == 4);
    for (std::size_t i = 0; i < tokens.size(); ++i) CHECK(tokens[i].position == i);
    CHECK(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin) == "Jörg");
    CHECK(text.substr(tokens[2].begin, tokens[2].end - tokens[2].begin) == "Ranau’s");
    CHECK(tokens[3].end == text.size());
}

TEST_CASE("a word with a glued number is the word and the whole at one position", "[analyzer]") {
    Analyzer analyzer;
    auto tokens = analyzer.tokens("33 countries1 of");
    REQUIRE(tokens.size() == 3);
    CHECK(tokens[1].stem == analyzer.stem("countries"));
    CHECK(tokens[1].marked_stem == "countries1");
    CHECK(tokens[2].position == 2);
    CHECK(tokens[0].marked_stem.empty());
    CHECK(tokens[2].marked_stem.empty());
}

TEST_CASE("a name with an elided particle is the name and the whole at one position", "[analyzer]") {
    Analyzer analyzer;
    std::string text = "Ambassador D’Alotto said";
    auto tokens = analyzer.tokens(text);
    REQUIRE(tokens.size() == 3);
    CHECK(tokens[1].stem == "alotto");
    CHECK(tokens[1].marked_stem == "d'alotto");
    CHECK(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin) == "D’Alotto");
    CHECK(tokens[2].position == 2);
    CHECK(tokens[0].marked_stem.empty());
}

TEST_CASE("a word written in capitals is marked as such", "[analyzer]") {
    Analyzer analyzer;
    auto tokens = analyzer.tokens("US us Us WHO I U.S. ＭＴＣＲ");
    REQUIRE(tokens.size() == 7);
    std::vector<bool> capitals;
    for (const auto& token : tokens) capitals.push_back(token.capitals);
    CHECK(capitals == std::vector<bool>{true, false, false, true, false, true, false});
}

TEST_CASE("a dotted abbreviation keeps its dots in the offsets", "[analyzer]") {
    Analyzer analyzer;
    std::string text = "A.Q. Khan";
    auto tokens = analyzer.tokens(text);
    REQUIRE(tokens.size() == 2);
    CHECK(tokens[0].term == "aq");
    CHECK(text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin) == "A.Q");
}

TEST_CASE("positions continue from the first position given", "[analyzer]") {
    Analyzer analyzer;
    std::vector<std::uint32_t> positions;
    auto used = analyzer.analyze("two words", [&](const plenary::Token& token) { positions.push_back(token.position); }, 7);
    CHECK(used == 2);
    CHECK(positions == std::vector<std::uint32_t>{7, 8});
}

TEST_CASE("invalid UTF-8 and control characters separate words instead of failing", "[analyzer]") {
    CHECK(terms(std::string("export\xff\xfe" "controls")) == Words{"export", "controls"});
    CHECK(terms(std::string("export\x01" "controls")) == Words{"export", "controls"});
    CHECK(terms("").empty());
    CHECK(terms(" \t\n ").empty());
}

TEST_CASE("words too long to be index terms are left out", "[analyzer]") {
    std::string huge(5000, 'a');
    CHECK(terms("before " + huge + " after") == Words{"before", "after"});
}

TEST_CASE("stopwords are known but still tokenized", "[analyzer]") {
    CHECK(Analyzer::is_stopword("of"));
    CHECK(Analyzer::is_stopword("the"));
    CHECK_FALSE(Analyzer::is_stopword("missile"));
    CHECK(terms("the Regime") == Words{"the", "regime"});
}
