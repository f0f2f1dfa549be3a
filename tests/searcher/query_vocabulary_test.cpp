// Words, phrases and runs of plain words also match their equivalent forms from the
// index's vocabulary: synonyms (acronyms, spellings) and compounds, on a small index.
#include <catch2/catch.hpp>

#include <xapian.h>

#include <string>
#include <vector>

#include "plenary/query_parser.h"
#include "query_descriptions.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

// An index holding a few synonyms (keys are stems, as the indexer writes them) and the
// terms the compounds are looked up against.
class VocabularyIndex {
public:
    VocabularyIndex() {
        Xapian::WritableDatabase db((dir_ / "index").string(), Xapian::DB_CREATE);
        for (auto [left, right] : {std::pair{"dprk", "north korea"}, std::pair{"unscr <n>", "resolut <n>"},
                                   std::pair{"programm", "program"}}) {
            db.add_synonym(left, right);
            db.add_synonym(right, left);
        }
        // A related concept, an acronym kept in capitals, a term the text defines.
        db.add_synonym("talk", "~dialogu");
        db.add_synonym("US", "unit state");
        db.add_synonym("tem", "+technic expert meet");
        Xapian::Document document;
        for (const char* term : {"non", "prolifer", "nonprolifer", "missil", "nation", "al"}) document.add_term(term);
        db.add_document(document);
        db.commit();
        db_ = Xapian::Database((dir_ / "index").string());
    }

    // The query's description, with the vocabulary and without proximity evidence; every
    // word must match unless options say otherwise, so that the shapes stay short.
    std::string compiled(const std::string& query, QueryParserOptions options = strict()) {
        options.phrase_boost = 0;
        options.proximity_boost = 0;
        return QueryParser(analyzer_, db_, options).parse(query).query.get_description();
    }

    MatchPlan plan(const std::string& query) { return QueryParser(analyzer_, db_).parse(query).plan; }

private:
    static QueryParserOptions strict() {
        QueryParserOptions options;
        options.match = MatchMode::all;
        return options;
    }

    TempDir dir_;
    Xapian::Database db_;
    Analyzer analyzer_;
};

// One word's forms: the forms that are words, then each phrase form weighed 0 so that it matches,
// its weight added on its own (a phrase weighed inside an OR meets a Xapian 1.4 bug).
std::string any_form(const std::vector<std::string>& words, const std::vector<std::string>& phrases) {
    if (words.empty() && phrases.size() == 1) return phrases.front();
    std::vector<std::string> alternatives = words;
    for (const auto& phrase : phrases) alternatives.push_back("0 * " + phrase);
    std::string any = alternatives.front();
    for (std::size_t i = 1; i < alternatives.size(); ++i) any += " OR " + alternatives[i];
    if (alternatives.size() > 1) any = "(" + any + ")";
    for (const auto& phrase : phrases) any = "(" + any + " AND_MAYBE " + phrase + ")";
    return any;
}

const std::string north_korea = any_form({"dprk"}, {"(north PHRASE 2 korea)"});

const std::string missile = word("missil");

} // namespace

TEST_CASE("an acronym also matches its expansion, and the expansion the acronym", "[query-vocabulary]") {
    VocabularyIndex index;
    // A longer form weighs no more than the words written.
    CHECK(index.compiled("DPRK") ==
          hit_if_body(any_form({word("dprk")}, {"0.5 * (north PHRASE 2 korea)"}), "(dprk OR (north PHRASE 2 korea))"));
    CHECK(index.compiled("\"North Korea\"") == "Query(" + north_korea + ")");
    auto plan = index.plan("DPRK");
    CHECK(plan.stems == std::set<std::string>{"dprk"});
    CHECK(plan.phrases == std::vector<std::vector<std::string>>{{"north", "korea"}});
}

// A named thing as a whole: the thing, or all of its words.
std::string thing_or_all(const std::vector<std::string>& words, const std::string& thing) {
    std::string all = words.front();
    for (std::size_t i = 1; i < words.size(); ++i) all += " AND " + words[i];
    return any_form({"(" + all + ")"}, {thing});
}

const std::string north_korea_whole = thing_or_all({word("north"), word("korea")}, north_korea);

TEST_CASE("plain words in a row that name one thing are searched as that thing, or as all its words", "[query-vocabulary]") {
    VocabularyIndex index;
    const std::string in_body = "(dprk OR korea OR north OR (north PHRASE 2 korea))";
    CHECK(index.compiled("North Korea") == hit_if_body(north_korea_whole, in_body));
    CHECK(index.compiled("missile North Korea") ==
          hit_if_body("(" + missile + " AND " + north_korea_whole + ")", "(dprk OR korea OR missil OR north OR (north PHRASE 2 korea))"));
    // A number stands for any number.
    const std::string resolution = any_form({}, {"(unscr PHRASE 2 1540)", "(resolut PHRASE 2 1540)"});
    CHECK(index.compiled("UNSCR 1540") == hit_if_body(thing_or_all({word("unscr"), word("1540")}, resolution),
                                                      "(1540 OR unscr OR (unscr PHRASE 2 1540) OR (resolut PHRASE 2 1540))"));
    // An operator, a modifier or NEAR between the words keeps them apart.
    for (const char* apart : {"North AND Korea", "+North Korea", "North OR Korea", "North Korea NEAR/3 missile"}) {
        INFO(apart);
        CHECK(index.compiled(apart).find(north_korea) == std::string::npos);
    }
}

TEST_CASE("in match any, a named thing matches by any of its words, and after AND as a whole", "[query-vocabulary]") {
    VocabularyIndex index;
    QueryParserOptions any;
    any.match = MatchMode::any;
    const std::string in_body = "(dprk OR korea OR missil OR north OR (north PHRASE 2 korea))";
    const std::string any_word = any_form({word("north"), word("korea")}, {north_korea});
    CHECK(index.compiled("missile North Korea", any) == hit_if_body("(" + missile + " OR " + any_word + ")", in_body));
    CHECK(index.compiled("missile AND North Korea", any) == hit_if_body("(" + missile + " AND " + north_korea_whole + ")", in_body));
    CHECK(index.compiled("North Korea AND missile", any) == hit_if_body("(" + north_korea_whole + " AND " + missile + ")", in_body));
    CHECK(index.compiled("missile AND North Korea Iran", any) ==
          hit_if_body("((" + missile + " AND " + north_korea_whole + ") AND_MAYBE " + word("iran") + ")",
                      "(dprk OR iran OR korea OR missil OR north OR (north PHRASE 2 korea))"));
}

TEST_CASE("spellings are equivalent, weighing synonym_weight", "[query-vocabulary]") {
    VocabularyIndex index;
    CHECK(index.compiled("programme") ==
          hit_if_body("(" + word("programm") + " OR " + word("program") + ")", "(program OR programm)"));
    QueryParserOptions lighter;
    lighter.synonym_weight = 0.5;
    CHECK(index.compiled("programme", lighter) ==
          hit_if_body("(" + word("programm") + " OR 0.5 * " + word("program") + ")", "(program OR programm)"));
}

TEST_CASE("compounds match their halves and halves their compound, where the index has them", "[query-vocabulary]") {
    VocabularyIndex index;
    CHECK(index.compiled("nonproliferation") ==
          hit_if_body(any_form({word("nonprolifer")}, {"0.5 * (non PHRASE 2 prolifer)"}), "(nonprolifer OR (non PHRASE 2 prolifer))"));
    CHECK(index.compiled("\"non proliferation\"") == "Query(" + any_form({"nonprolifer"}, {"(non PHRASE 2 prolifer)"}) + ")");
    CHECK(index.compiled("non-proliferation") == index.compiled("\"non proliferation\""));
    // A two-letter ending is no half, though the index holds it ("al" of "et al.").
    CHECK(index.compiled("national") == hit_if_body(word("nation"), "nation"));
}

TEST_CASE("without the vocabulary, words match only as written", "[query-vocabulary]") {
    Analyzer analyzer;
    CHECK(QueryParser(analyzer).parse("DPRK").query.get_description() == hit_if_body(word("dprk"), "dprk"));
}

TEST_CASE("related concepts weigh concept_weight, and 0 leaves them out", "[query-vocabulary]") {
    VocabularyIndex index;
    CHECK(index.compiled("talks") == hit_if_body("(" + word("talk") + " OR 0.25 * " + word("dialogu") + ")", "(dialogu OR talk)"));
    QueryParserOptions without;
    without.match = MatchMode::all;
    without.concept_weight = 0;
    CHECK(index.compiled("talks", without) == hit_if_body(word("talk"), "talk"));
}

TEST_CASE("terms the indexed text defines expand unless mined_vocabulary is off", "[query-vocabulary]") {
    VocabularyIndex index;
    const std::string meeting = "(technic PHRASE 3 expert PHRASE 3 meet)";
    CHECK(index.compiled("TEM") ==
          hit_if_body(any_form({word("tem")}, {"0.33333333333333331483 * " + meeting}), "(tem OR " + meeting + ")"));
    QueryParserOptions without;
    without.match = MatchMode::all;
    without.mined_vocabulary = false;
    CHECK(index.compiled("TEM", without) == hit_if_body(word("tem"), "tem"));
}

TEST_CASE("an acronym kept in capitals expands only as written in capitals, and is no function word then", "[query-vocabulary]") {
    VocabularyIndex index;
    const std::string united_states = "(unit PHRASE 2 state)";
    const std::string us = any_form({word("us")}, {"0.5 * " + united_states});
    CHECK(index.compiled("US") == hit_if_body(us, "(us OR " + united_states + ")"));
    CHECK(index.compiled("us") == hit_if_body(word("us"), "us"));
    CHECK(index.compiled("Us") == hit_if_body(word("us"), "us"));
    CHECK(index.compiled("US missile") == hit_if_body("(" + us + " AND " + missile + ")", "(missil OR us OR " + united_states + ")"));
    CHECK(index.compiled("us missile") == hit_if_body(missile, "missil"));
}
