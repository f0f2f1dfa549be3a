// The compiled query's shape for every construct of the syntax, without the index's
// vocabulary (query_vocabulary_test.cpp has the equivalent forms).
#include <catch2/catch.hpp>

#include <string>

#include "plenary/query_parser.h"
#include "query_descriptions.h"

using namespace plenary;
using plenary::testing::hit_if_body;
using plenary::testing::word;

namespace {

// No proximity evidence, so that the shapes stay short.
QueryParserOptions plain(MatchMode match = MatchMode::all) {
    QueryParserOptions options;
    options.phrase_boost = 0;
    options.proximity_boost = 0;
    options.match = match;
    return options;
}

// The query's description, or the error's column and reason.
std::string compiled(const std::string& query, const QueryParserOptions& options = plain()) {
    Analyzer analyzer;
    try {
        return QueryParser(analyzer, options).parse(query).query.get_description();
    } catch (const QueryError& error) {
        return "error " + std::to_string(error.column()) + ": " + error.reason();
    }
}

MatchPlan plan_of(const std::string& query) {
    Analyzer analyzer;
    return QueryParser(analyzer, plain()).parse(query).plan;
}

const std::string missile = word("missil");
const std::string iran = word("iran");
const std::string rocket = word("rocket");

} // namespace

TEST_CASE("a word is its stem in the passage, or in the communiqué's fields at field_weight", "[query-compiler]") {
    CHECK(compiled("missile") == hit_if_body(missile, "missil"));
    CHECK(compiled("MISSILES") == hit_if_body(missile, "missil"));
    QueryParserOptions light = plain();
    light.field_weight = 0.25;
    CHECK(compiled("missile", light) == hit_if_body(word("missil", "0.25"), "missil"));
    // A word with a number glued to it is searched as written.
    CHECK(compiled("round2") == hit_if_body(word("round2"), "round2"));
}

TEST_CASE("a phrase, or a word the analyzer splits, is its stems in a row", "[query-compiler]") {
    CHECK(compiled("\"export controls\"") == "Query((export PHRASE 2 control))");
    CHECK(compiled("non-proliferation") == "Query((non PHRASE 2 prolifer))");
    CHECK(compiled("\"missile\"") == "Query(missil)");
    CHECK(compiled("\"!!!\" missile") == hit_if_body(missile, "missil"));
}

TEST_CASE("AND, OR, NOT, + and -", "[query-compiler]") {
    CHECK(compiled("missile Iran") == hit_if_body("(" + missile + " AND " + iran + ")", "(iran OR missil)"));
    CHECK(compiled("missile AND Iran rocket") ==
          hit_if_body("(" + missile + " AND " + iran + " AND " + rocket + ")", "(iran OR missil OR rocket)"));
    CHECK(compiled("missile OR rocket") == hit_if_body("(" + missile + " OR " + rocket + ")", "(missil OR rocket)"));
    // What NOT and '-' exclude is looked for in the body only.
    CHECK(compiled("missile NOT Iran") == hit_if_body("(" + missile + " AND_NOT iran)", "missil"));
    CHECK(compiled("missile -Iran") == compiled("missile NOT Iran"));
    CHECK(compiled("+missile Iran") == compiled("missile Iran"));
    CHECK(compiled("NOT Iran") == "Query((<alldocuments> AND_NOT iran))");
    CHECK(compiled("-Iran") == compiled("NOT Iran"));
    CHECK(compiled("missile (rocket OR \"cruise missile\")") ==
          hit_if_body("(" + missile + " AND (" + rocket + " OR (cruis PHRASE 2 missil)))",
                      "(missil OR rocket OR (cruis PHRASE 2 missil))"));
    CHECK(compiled("missile OR -rocket") == hit_if_body("(" + missile + " OR (<alldocuments> AND_NOT rocket))", "missil"));
}

TEST_CASE("match any: plain words are alternatives, + and AND still require", "[query-compiler]") {
    auto any = plain(MatchMode::any);
    CHECK(compiled("missile Iran", any) == hit_if_body("(" + missile + " OR " + iran + ")", "(iran OR missil)"));
    CHECK(compiled("+missile Iran", any) == hit_if_body("(" + missile + " AND_MAYBE " + iran + ")", "(iran OR missil)"));
    CHECK(compiled("missile AND Iran rocket", any) ==
          hit_if_body("((" + missile + " AND " + iran + ") AND_MAYBE " + rocket + ")", "(iran OR missil OR rocket)"));
    CHECK(compiled("missile -Iran rocket", any) ==
          hit_if_body("((" + missile + " OR " + rocket + ") AND_NOT iran)", "(missil OR rocket)"));
}

TEST_CASE("best match: any word, each word matched adds coordination_weight, all the words together", "[query-compiler]") {
    auto best = plain(MatchMode::best);
    Analyzer analyzer;
    auto parsed = QueryParser(analyzer, best).parse("missile rocket");
    const std::string fixed = "PostingSource(Xapian::FixedWeightPostingSource(wt=1))";
    CHECK(parsed.query.get_description() == hit_if_body("((" + missile + " OR " + rocket + ") AND_MAYBE ((" + fixed + " FILTER " +
                                                            missile + ") OR (" + fixed + " FILTER " + rocket + ")))",
                                                        "(missil OR rocket)"));
    CHECK(parsed.all_words.get_description() == "Query((" + missile + " AND " + rocket + "))");
    REQUIRE(parsed.words.size() == 2);
    CHECK(parsed.words[1].text == "rocket");
    CHECK(parsed.words[1].plan.stems == std::set<std::string>{"rocket"});
    // A phrase must match; the words around it are ranked.
    CHECK(compiled("\"cruise missile\" rocket", best).find("((cruis PHRASE 2 missil) AND_MAYBE " + rocket + ")") !=
          std::string::npos);
    // One word alone, strict matching and groups rank nothing by all the words.
    for (const char* query : {"missile", "+missile +rocket", "(missile rocket) OR Iran"}) {
        INFO(query);
        CHECK(QueryParser(analyzer, best).parse(query).all_words.empty());
    }
    CHECK(QueryParser(analyzer, plain()).parse("missile rocket").all_words.empty());
}

TEST_CASE("NEAR: the operands' stems within the widest distance written", "[query-compiler]") {
    CHECK(compiled("Iran NEAR/3 DPRK") == "Query((iran NEAR 4 dprk))");
    CHECK(compiled("Iran NEAR DPRK") == "Query((iran NEAR 11 dprk))");
    CHECK(compiled("Iran NEAR/3 DPRK NEAR/5 \"North Korea\"") == "Query((iran NEAR 8 dprk NEAR 8 north NEAR 8 korea))");
    CHECK(compiled("(Iran) NEAR DPRK") == compiled("Iran NEAR DPRK"));
    CHECK(compiled("(Iran rocket) NEAR DPRK") == "error 15: NEAR works between plain words and phrases");
    CHECK(compiled("!!! NEAR DPRK") == "error 5: NEAR works between plain words and phrases");
    CHECK(compiled("-(-Iran) NEAR DPRK") == compiled("Iran NEAR DPRK"));
}

TEST_CASE("a wildcard expands over the index's terms, and also matches its word's stem", "[query-compiler]") {
    // The stem of "transfer" is the word itself: the expansion holds it.
    CHECK(compiled("transfer*") == "Query(WILDCARD SYNONYM transfer)");
    // "controls" is indexed as "control", which does not start with "controls".
    CHECK(compiled("controls") == hit_if_body(word("control"), "control"));
    CHECK(compiled("controls*") == "Query((WILDCARD SYNONYM controls SYNONYM control))");
    CHECK(compiled("trans*") == "Query((WILDCARD SYNONYM trans SYNONYM tran))");
    CHECK(compiled("non-prolif*") == "error 1: a wildcard needs one word before '*' (e.g. trans*)");
    auto plan = plan_of("controls*");
    CHECK(plan.prefixes == std::vector<std::string>{"controls"});
    CHECK(plan.stems == std::set<std::string>{"control"});
}

TEST_CASE("fields filter without weight, one field's values are alternatives", "[query-compiler]") {
    CHECK(compiled("tag:Outreach") == "Query(0 * Koutreach)");
    CHECK(compiled("doc:2013-Rome-27th-Plenary") == "Query(0 * XD2013-rome-27th-plenary)");
    CHECK(compiled("city:\"Buenos Aires\"") == "Query(0 * XCbuenos-aires)");
    CHECK(compiled("city:!!") == "error 1: city: needs a name");
    CHECK(compiled("org:NSG") == "Query(0 * XOnsg)");
    CHECK(compiled("org:\"Australia Group\"") == "Query(0 * (XOaustralia AND XOgroup))");
    CHECK(compiled("org:!!") == "error 1: org: needs a name");
    CHECK(compiled("missile tag:outreach tag:membership") ==
          hit_if_body("(" + missile + " FILTER (Koutreach OR Kmembership))", "missil"));
    CHECK(compiled("tag:outreach year:2013") == "Query(0 * (Koutreach AND Y2013))");
    CHECK(compiled("missile -tag:outreach") == hit_if_body("(" + missile + " AND_NOT Koutreach)", "missil"));
    CHECK(compiled("missile OR tag:outreach") == hit_if_body("(" + missile + " OR 0 * Koutreach)", "missil"));
}

TEST_CASE("year: one year is a term, a range compares the year value", "[query-compiler]") {
    CHECK(compiled("year:2013") == "Query(0 * Y2013)");
    CHECK(compiled("year:2004..2013") == "Query(VALUE_RANGE 0 2004 2013)");
    CHECK(compiled("year:..2004") == "Query(VALUE_LE 0 2004)");
    CHECK(compiled("year:2014..") == "Query(VALUE_GE 0 2014)");
}

TEST_CASE("function words drop out of free text unless nothing else is asked", "[query-compiler][stopwords]") {
    CHECK(compiled("the regime") == hit_if_body(word("regim"), "regim"));
    CHECK(compiled("the") == hit_if_body(word("the"), "the"));
    CHECK(compiled("of the") == hit_if_body("(" + word("of") + " AND " + word("the") + ")", "(of OR the)"));
    CHECK(compiled("+the regime") == hit_if_body("(" + word("the") + " AND " + word("regim") + ")", "(regim OR the)"));
    CHECK(compiled("\"the regime\"") == "Query((the PHRASE 2 regim))");
    CHECK(compiled("(the) regime") == compiled("the regime"));
}

TEST_CASE("neighbouring free-text words add in-order and proximity evidence", "[query-compiler][proximity]") {
    auto with_evidence = compiled("intangible technology", QueryParserOptions{});
    CHECK(with_evidence.find(" AND_MAYBE ") != std::string::npos);
    CHECK(with_evidence.find("* (intang PHRASE 2 technolog)") != std::string::npos);
    CHECK(with_evidence.find("* (intang NEAR 8 technolog)") != std::string::npos);
    // The function words dropped between two words widen the phrase window.
    CHECK(compiled("transfer of technology", QueryParserOptions{}).find("(transfer PHRASE 3 technolog)") != std::string::npos);
    // Something else between two words breaks the pair.
    QueryParserOptions strict_with_evidence;
    strict_with_evidence.match = MatchMode::all;
    CHECK(compiled("missile -Iran rocket", strict_with_evidence) == compiled("missile -Iran rocket"));
    CHECK(compiled("missile tag:outreach rocket", strict_with_evidence) == compiled("missile tag:outreach rocket"));
}

TEST_CASE("the match plan has what the highlighter looks for, never excluded words", "[query-compiler][plan]") {
    auto plan = plan_of("missile \"export controls\" trans* -Iran NOT rocket");
    CHECK(plan.stems == std::set<std::string>{"missil", "tran"});
    CHECK(plan.phrases == std::vector<std::vector<std::string>>{{"export", "control"}});
    CHECK(plan.prefixes == std::vector<std::string>{"trans"});
    CHECK(plan_of("Iran NEAR DPRK").stems == std::set<std::string>{"iran", "dprk"});
    CHECK(plan_of("NOT Iran").stems.empty());
}

TEST_CASE("queries that analysis leaves empty are errors where the text shows them", "[query-compiler][errors]") {
    CHECK(compiled("!!!") == "error 1: the query has no searchable word");
    CHECK(compiled("tag:outreach") == "Query(0 * Koutreach)");
    CHECK(compiled("missile (!!!)") == "error 9: empty parentheses");
    CHECK(compiled("!!! OR missile") == "error 5: OR needs a word, phrase or group before it");
    CHECK(compiled("missile OR !!!") == hit_if_body(missile, "missil"));
}
