// The query tree: every construct of the syntax, with the bytes each node came from,
// and the errors the text alone shows.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "plenary/query_parser.h"
#include "plenary/query_tree.h"

using namespace plenary;
using Kind = QueryNode::Kind;
using Modifier = QueryNode::Modifier;

namespace {

std::string field_name(QueryField field) {
    switch (field) {
    case QueryField::city: return "city";
    case QueryField::doc: return "doc";
    case QueryField::org: return "org";
    case QueryField::passage: return "passage";
    case QueryField::tag: return "tag";
    case QueryField::year: return "year";
    }
    return "?";
}

const char* operator_name(Kind kind) {
    switch (kind) {
    case Kind::group: return "group";
    case Kind::sequence: return "seq";
    case Kind::conjunction: return "and";
    case Kind::disjunction: return "or";
    case Kind::negation: return "not";
    default: return "near";
    }
}

// The tree in one line: (seq word:a -phrase:"b c" (or tag:x wild:tr*)).
std::string shape(const QueryNode& node) {
    std::string out = node.modifier == Modifier::required ? "+" : node.modifier == Modifier::excluded ? "-" : "";
    switch (node.kind) {
    case Kind::word: return out.append("word:").append(node.text);
    case Kind::wildcard: return out.append("wild:").append(node.text).append("*");
    case Kind::phrase: return out.append("phrase:\"").append(node.text).append("\"");
    case Kind::field: return out.append(field_name(node.field)).append(":").append(node.text);
    default: break;
    }
    out.append("(").append(operator_name(node.kind));
    for (const auto& child : node.children) out.append(" ").append(shape(child));
    return out.append(")");
}

std::string shape(std::string_view query) { return shape(parse_query_tree(query).root); }

// The column and reason of the error the query raises, or "no error".
std::string error_of(std::string_view query) {
    try {
        parse_query_tree(query);
    } catch (const QueryError& error) {
        return std::to_string(error.column()) + ": " + error.reason();
    }
    return "no error";
}

} // namespace

TEST_CASE("words and phrases, with the bytes they came from", "[query-tree]") {
    auto tree = parse_query_tree("Iran \"North Korea\"");
    CHECK(tree.text == "Iran \"North Korea\"");
    REQUIRE(shape(tree.root) == "(seq word:Iran phrase:\"North Korea\")");
    CHECK(tree.root.span == QuerySpan{0, 18});
    const auto& iran = tree.root.children[0];
    CHECK(iran.span == QuerySpan{0, 4});
    CHECK(iran.text_span == QuerySpan{0, 4});
    const auto& korea = tree.root.children[1];
    CHECK(korea.span == QuerySpan{5, 18});
    CHECK(korea.text_span == QuerySpan{6, 17});
    CHECK(korea.span.column() == 6);
    CHECK(shape("non-proliferation") == "word:non-proliferation");
}

TEST_CASE("+ and - belong to the node they precede, and to its span", "[query-tree]") {
    auto tree = parse_query_tree("+missile -\"export controls\" -(a b)");
    REQUIRE(shape(tree.root) == "(seq +word:missile -phrase:\"export controls\" -(group (seq word:a word:b)))");
    const auto& missile = tree.root.children[0];
    CHECK(missile.modifier == Modifier::required);
    CHECK(missile.span == QuerySpan{0, 8});
    CHECK(missile.text_span == QuerySpan{1, 8});
    CHECK(tree.root.children[1].text_span == QuerySpan{11, 26});
    CHECK(tree.root.children[2].span == QuerySpan{28, 34});
    // A lone sign is a word of its own; a sign before a space modifies nothing.
    CHECK(shape("- missile") == "(seq word:- word:missile)");
}

TEST_CASE("AND, OR and NOT: OR binds loosest, AND joins neighbours into a conjunction", "[query-tree]") {
    auto tree = parse_query_tree("a OR b c AND d NOT e");
    REQUIRE(shape(tree.root) == "(or word:a (seq word:b (and word:c word:d) (not word:e)))");
    CHECK(tree.root.operators.size() == 1);
    CHECK(tree.root.operators[0].span == QuerySpan{2, 4});
    const auto& conjunction = tree.root.children[1].children[1];
    CHECK(conjunction.span == QuerySpan{7, 14});
    CHECK(conjunction.operators[0].span == QuerySpan{9, 12});
    CHECK(tree.root.children[1].children[2].span == QuerySpan{15, 20});
    CHECK(shape("a AND b AND c") == "(and word:a word:b word:c)");
    CHECK(shape("a AND b c AND d") == "(seq (and word:a word:b) (and word:c word:d))");
    CHECK(shape("NOT a AND b") == "(and (not word:a) word:b)");
    CHECK(shape("NOT a") == "(not word:a)");
    // Xapian's and Lucene's own way to write it.
    CHECK(shape("missile AND NOT Iran") == "(and word:missile (not word:Iran))");
    CHECK(shape("a AND NOT b c") == "(seq (and word:a (not word:b)) word:c)");
    // Only uppercase operators are operators.
    CHECK(shape("a or b and not c") == "(seq word:a word:or word:b word:and word:not word:c)");
}

TEST_CASE("NEAR and NEAR/n chain their operands and keep each distance", "[query-tree]") {
    auto tree = parse_query_tree("Iran NEAR/3 DPRK NEAR \"North Korea\"");
    REQUIRE(shape(tree.root) == "(near word:Iran word:DPRK phrase:\"North Korea\")");
    REQUIRE(tree.root.operators.size() == 2);
    CHECK(tree.root.operators[0].distance == 3);
    CHECK(tree.root.operators[0].span == QuerySpan{5, 11});
    CHECK(tree.root.operators[1].distance == 0);
    CHECK(shape("a b NEAR c") == "(seq word:a (near word:b word:c))");
    CHECK(shape("NOT a NEAR b") == "(not (near word:a word:b))");
    CHECK(shape("(a) NEAR +b") == "(near (group word:a) +word:b)");
}

TEST_CASE("parentheses make a group spanning both of them", "[query-tree]") {
    auto tree = parse_query_tree("(missile OR rocket) AND -(Iran)");
    REQUIRE(shape(tree.root) == "(and (group (or word:missile word:rocket)) -(group word:Iran))");
    CHECK(tree.root.children[0].span == QuerySpan{0, 19});
    CHECK(tree.root.children[1].span == QuerySpan{24, 31});
    CHECK(shape("((a))") == "(group (group word:a))");
}

TEST_CASE("wildcards keep the prefix before '*'", "[query-tree]") {
    auto tree = parse_query_tree("-trans*");
    REQUIRE(shape(tree.root) == "-wild:trans*");
    CHECK(tree.root.span == QuerySpan{0, 7});
    CHECK(tree.root.text_span == QuerySpan{1, 6});
}

TEST_CASE("fields: name, value and its bytes, and year values parsed", "[query-tree]") {
    CHECK(shape("tag:outreach year:2013 city:rome doc:2013-rome-27th-plenary org:NSG") ==
          "(seq tag:outreach year:2013 city:rome doc:2013-rome-27th-plenary org:NSG)");
    CHECK(shape("passage:2013-rome-27th-plenary#7") == "passage:2013-rome-27th-plenary#7");
    auto city = parse_query_tree("-city:\"Buenos Aires\"").root;
    CHECK(shape(city) == "-city:Buenos Aires");
    CHECK(city.span == QuerySpan{0, 20});
    CHECK(city.text_span == QuerySpan{7, 19});
    auto year = parse_query_tree("YEAR:2004..2013").root;
    CHECK(year.field == QueryField::year);
    CHECK(year.text_span == QuerySpan{5, 15});
    CHECK(year.years.from == 2004);
    CHECK(year.years.to == 2013);
    CHECK(parse_query_tree("year:..2004").root.years.from == std::nullopt);
    CHECK(parse_query_tree("year:2014..").root.years.to == std::nullopt);
    // A colon followed by a space, or after a non-letter, makes no field.
    CHECK(shape("note: 12:30") == "(seq word:note: word:12:30)");
}

TEST_CASE("for_each_node visits the nodes in the order they are written", "[query-tree]") {
    std::vector<std::string> visited;
    for_each_node(parse_query_tree("a (b OR \"c\") NOT tag:d").root, [&](const QueryNode& node) {
        if (node.kind == Kind::word || node.kind == Kind::phrase || node.kind == Kind::field) visited.push_back(node.text);
    });
    CHECK(visited == std::vector<std::string>{"a", "b", "c", "d"});
}

TEST_CASE("the text alone shows these errors, reported at their column", "[query-tree][errors]") {
    struct Case {
        std::string query;
        std::string error;
    };
    for (const auto& c : std::vector<Case>{
             {"", "1: empty query"},
             {"   ", "1: empty query"},
             {"\"intangible technology", "1: unterminated phrase: this quote is never closed"},
             {"(missile OR rocket", "1: unmatched '('"},
             {"missile) export", "8: unmatched ')'"},
             {"()", "1: empty parentheses"},
             {"AND missile", "1: AND needs a word, phrase or group before it"},
             {"OR missile", "1: OR needs a word, phrase or group before it"},
             {"(OR missile)", "2: OR needs a word, phrase or group before it"},
             {"missile OR", "9: OR needs a word, phrase or group after it"},
             {"missile AND NOT", "13: NOT needs a word, phrase or group after it"},
             {"missile AND OR Iran", "9: AND needs a word, phrase or group after it"},
             {"missile NOT", "9: NOT needs a word, phrase or group after it"},
             {"NEAR Iran", "1: NEAR needs a word, phrase or group before it"},
             {"Iran NEAR", "6: NEAR needs a word, phrase or group after it"},
             {"Iran NEAR/0 DPRK", "6: NEAR/n needs a distance n from 1 to 1000"},
             {"tag:x NEAR Iran", "7: NEAR works between plain words and phrases"},
             {"Iran NEAR trans*", "6: NEAR works between plain words and phrases"},
             {"Iran NEAR -DPRK", "6: NEAR works between plain words and phrases"},
             {"+)", "1: '+' must precede a word, a phrase or '('"},
             {"\" \"", "1: empty phrase"},
             {"*", "1: a wildcard needs one word before '*' (e.g. trans*)"},
             {"t*r", "2: only trailing wildcards are supported (e.g. trans*)"},
             {"missile author:smith", "9: unknown field 'author:' (fields: city, doc, org, passage, tag, year)"},
             {"tag:", "1: field 'tag:' needs a value"},
             {"missile doc:2013-rome#7", "9: 2013-rome#7 is a passage id: look it up with passage:2013-rome#7"},
             {"city:\"\"", "1: city: needs a name"},
             {"org:\"\"", "1: org: needs a name"},
             {"year:20x3", "6: '20x3' is not a year (expected e.g. 2013 or 2004..2013)"},
             {"year:2004..x", "12: 'x' is not a year (expected e.g. 2013 or 2004..2013)"},
             {"year:\"2013..2004\"", "6: year range 2013..2004 is reversed (did you mean 2004..2013?)"},
             {"missile \xff", "9: invalid UTF-8 (byte 0xff)"},
         }) {
        INFO(c.query);
        CHECK(error_of(c.query) == c.error);
    }
}

TEST_CASE("errors only analysis shows are the compiler's, not the parser's", "[query-tree][errors]") {
    Analyzer analyzer;
    QueryParser parser(analyzer);
    for (const char* query : {"(!!!)", "!!! OR missile", "(a b) NEAR c", "city:!!", "non-prolif*", "!!!"}) {
        INFO(query);
        auto tree = parse_query_tree(query);
        CHECK_THROWS_AS(parser.compile(tree), QueryError);
    }
}
