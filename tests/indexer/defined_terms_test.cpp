// Terms a text defines in parentheses, either way round, found by the short form's letters in
// the words next to it; and what the index makes of them.
#include <catch2/catch.hpp>

#include <xapian.h>

#include "defined_terms.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

using Definitions = std::vector<Definition>;

} // namespace

TEST_CASE("a long form before its acronym in parentheses", "[definitions]") {
    CHECK(find_definitions("The Missile Technology Control Regime (MTCR) held its plenary.") ==
          Definitions{{"MTCR", "Missile Technology Control Regime"}});
    // Only the words the acronym spells, though more words precede it.
    CHECK(find_definitions("Partners welcomed the work of the LEEM, Technical Experts Meeting (TEM) and others.") ==
          Definitions{{"TEM", "Technical Experts Meeting"}});
    CHECK(find_definitions("delivering Weapons of Mass Destruction (WMD).") == Definitions{{"WMD", "Weapons of Mass Destruction"}});
    CHECK(find_definitions("the Hague Code of Conduct Against Ballistic Missile Proliferation (HCoC)") ==
          Definitions{{"HCoC", "Hague Code of Conduct Against Ballistic Missile Proliferation"}});
}

TEST_CASE("an acronym before its long form in parentheses", "[definitions]") {
    CHECK(find_definitions("The TEM (Technical Experts Meeting) met twice.") == Definitions{{"TEM", "Technical Experts Meeting"}});
    CHECK(find_definitions("as the ZC (Zangger Committee) noted") == Definitions{{"ZC", "Zangger Committee"}});
}

TEST_CASE("parentheses that define nothing are left alone", "[definitions]") {
    for (const char* text : {"The incoming MTCR Chair (Argentina) spoke.", "the Annex (control list) was amended",
                             "the MTCR website (info)", "weapons of mass destruction (nuclear, chemical and biological weapons)",
                             "Secretary of State (Asia-Pacific)", "a list (see Annex A)", "unclosed (TEM", "(IEM)",
                             "Technical Experts Meeting (TEM = TEM)"}) {
        INFO(text);
        CHECK(find_definitions(text).empty());
    }
}

TEST_CASE("a text's definitions are listed once, as vocabulary lines", "[definitions]") {
    auto found = find_definitions("Information Exchange Meeting (IEM); later the Information Exchange Meeting (IEM) again.");
    CHECK(found == Definitions{{"IEM", "Information Exchange Meeting"}});
    CHECK(vocabulary_lines(found) == "IEM = Information Exchange Meeting\n");
}

TEST_CASE("the index's definitions are groups of the defined kind", "[definitions]") {
    TempDir dir;
    Xapian::WritableDatabase db((dir / "index").string(), Xapian::DB_CREATE);
    db.set_metadata(definitions_key("a"), "TEM = Technical Experts Meeting\nIT = information technology\n");
    db.set_metadata(definitions_key("b"), "ZC = Zangger Committee\n= broken\n");
    db.set_metadata("communique:a", "{}");
    Analyzer analyzer;
    auto vocabulary = defined_vocabulary(db, analyzer);
    REQUIRE(vocabulary.groups.size() == 3);
    CHECK(vocabulary.groups[0].keys == std::vector<std::string>{"tem", "technic expert meet"});
    CHECK(vocabulary.groups[1].keys == std::vector<std::string>{"IT", "inform technolog"});
    CHECK(vocabulary.groups[2].keys == std::vector<std::string>{"zc", "zangger committe"});
    for (const auto& group : vocabulary.groups) CHECK(group.kind == VocabularyGroup::Kind::defined);
}
