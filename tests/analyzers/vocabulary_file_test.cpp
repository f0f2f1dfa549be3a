// The vocabulary files' groups: equivalent forms ('='), related concepts ('~'), and the
// acronyms that are also function words, kept in capitals.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "plenary/vocabulary.h"

using namespace plenary;

namespace {

using Keys = std::vector<std::string>;

Vocabulary parsed(std::string_view text) {
    Analyzer analyzer;
    return parse_vocabulary(text, "test.txt", analyzer);
}

} // namespace

TEST_CASE("'=' groups equivalent forms and '~' related concepts, keyed by stems", "[vocabulary]") {
    auto vocabulary = parsed("# comment\nWMD = weapons of mass destruction\ntalks ~ dialogue ~ consultations\n");
    REQUIRE(vocabulary.groups.size() == 2);
    CHECK(vocabulary.groups[0].keys == Keys{"wmd", "weapon of mass destruct"});
    CHECK(vocabulary.groups[0].kind == VocabularyGroup::Kind::equivalent);
    CHECK(vocabulary.groups[1].keys == Keys{"talk", "dialogu", "consult"});
    CHECK(vocabulary.groups[1].kind == VocabularyGroup::Kind::related);
}

TEST_CASE("an acronym that is also a function word keeps its key in capitals", "[vocabulary]") {
    auto vocabulary = parsed("US = United States = USA\nIT = information technology\nDPRK = North Korea\nWho = World Health Organization\n");
    REQUIRE(vocabulary.groups.size() == 4);
    CHECK(vocabulary.groups[0].keys == Keys{"US", "unit state", "usa"});
    CHECK(vocabulary.groups[1].keys.front() == "IT");
    CHECK(vocabulary.groups[2].keys.front() == "dprk");  // not a function word
    CHECK(vocabulary.groups[3].keys.front() == "who");   // not written in capitals
    CHECK(key_form("US") == "us");
    CHECK(key_form("unit state") == "unit state");
}

TEST_CASE("the built-in files hold equivalences and related concepts", "[vocabulary][data]") {
    Analyzer analyzer;
    auto vocabulary = builtin_vocabulary(analyzer);
    auto count = [&](VocabularyGroup::Kind kind) {
        return std::count_if(vocabulary.groups.begin(), vocabulary.groups.end(), [&](const auto& group) { return group.kind == kind; });
    };
    CHECK(count(VocabularyGroup::Kind::equivalent) > 30);
    CHECK(count(VocabularyGroup::Kind::related) >= 5);
    CHECK(count(VocabularyGroup::Kind::defined) == 0);
}
