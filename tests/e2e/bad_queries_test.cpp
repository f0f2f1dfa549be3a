// Malformed queries: one line that points at the problem, exit status 2, never a
// crash, never a stack trace, and never a long wait.
#include <catch2/catch.hpp>

#include <algorithm>

#include "plenary/analyzer.h"
#include "plenary/query_parser.h"
#include "synthetic_corpus.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

CommandResult search(const std::string& arguments) {
    return run(tool("plenary-search") + " --index " + quote(bundled_index_dir().string()) + " " + arguments);
}

std::string repeated(const std::string& piece, std::size_t times) {
    std::string text;
    for (std::size_t i = 0; i < times; ++i) text += piece;
    return text;
}

std::string repeat_parentheses(std::size_t depth) { return repeated("(", depth) + "missile" + repeated(")", depth); }

struct BadQuery {
    std::string query;
    std::size_t column;
    std::string reason;  // part of the message
};

const std::vector<BadQuery> bad_queries{
    {"\"intangible technology", 1, "unterminated phrase"},
    {"export \"controls", 8, "unterminated phrase"},
    {"(missile OR rocket", 1, "unmatched '('"},
    {"missile) export", 8, "unmatched ')'"},
    {"((missile)", 1, "unmatched '('"},
    {")", 1, "unmatched ')'"},
    {"()", 1, "empty parentheses"},
    {"AND", 1, "AND needs"},
    {"OR missile", 1, "OR needs"},
    {"missile OR", 9, "OR needs"},
    {"missile AND", 9, "AND needs"},
    {"NOT", 1, "NOT needs"},
    {"missile NOT", 9, "NOT needs"},
    {"NEAR", 1, "NEAR needs"},
    {"Iran NEAR", 6, "NEAR needs"},
    {"Iran NEAR/0 DPRK", 6, "NEAR/n needs a distance"},
    {"Iran NEAR/x DPRK", 6, "NEAR/n needs a distance"},
    {"Iran NEAR/99999999999999999999 DPRK", 6, "NEAR/n needs a distance"},
    {"+", 1, "no searchable word"},
    {"*", 1, "wildcard"},
    {"**", 1, "only trailing wildcards"},
    {"t*r", 2, "only trailing wildcards"},
    {"nosuchfield:x", 1, "unknown field 'nosuchfield:'"},
    {"missile author:smith", 9, "unknown field 'author:'"},
    {"tag:", 1, "needs a value"},
    {"year:", 1, "needs a value"},
    {"year:abc", 6, "'abc' is not a year"},
    {"year:-5", 6, "'-5' is not a year"},
    {"year:20133", 6, "not a year"},
    {"year:2013..2004", 6, "reversed"},
    {"year:..", 6, "needs a year on at least one side"},
    {"year:2004..x", 12, "'x' is not a year"},
    {"missile \xff\xfe controls", 9, "invalid UTF-8 (byte 0xff)"},
    {"\xc3", 1, "invalid UTF-8"},
    {"caf\xc3\x28", 4, "invalid UTF-8"},
    {"\xed\xa0\x80 surrogate", 1, "invalid UTF-8"},
    {"missile \x01", 9, "control character 0x01"},
    {"bell\x07", 5, "control character 0x07"},
    {"del\x7f", 4, "control character 0x7f"},
    {repeat_parentheses(50'000), 101, "parentheses nested more than 100 deep"},
    {repeated("missile OR ", 10'000) + "rocket", 11001, "more than 1000 words"},
    {repeated("x", 100'000), 1, "no searchable word"},
    {repeated("year:2013 ", 10'000), 10001, "more than 1000 words"},
};

} // namespace

TEST_CASE("every malformed query is one line naming the column, exit status 2", "[bad-query]") {
    for (const auto& bad : bad_queries) {
        INFO("query: " << bad.query.substr(0, 60));
        auto result = search(quote(bad.query));
        INFO(result.out.substr(0, 300));
        CHECK(result.status == 2);
        CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 1);
        CHECK(result.out.starts_with("plenary-search: bad query at column " + std::to_string(bad.column) + ": "));
        CHECK(result.out.find(bad.reason) != std::string::npos);
    }
}

TEST_CASE("NUL bytes in a query are reported where they are", "[bad-query]") {
    Analyzer analyzer;
    QueryParser parser(analyzer);
    try {
        parser.parse(std::string("missile\0controls", 16));
        FAIL("no error");
    } catch (const QueryError& error) {
        CHECK(error.column() == 8);
        CHECK(error.reason() == "NUL byte in the query");
    }
}

TEST_CASE("long but sensible queries still answer", "[bad-query]") {
    CHECK(search(quote(repeated("missile ", 1000))).status == 0);
    CHECK(search(quote(repeated("(", 100) + "missile" + repeated(")", 100))).status == 0);
    std::string long_phrase = "\"";
    long_phrase += repeated("missile ", 5000);
    long_phrase += '"';
    CHECK(search(quote(long_phrase)).status == 1);
}

TEST_CASE("bad option values are one line, exit status 2", "[bad-query]") {
    for (const char* arguments : {"--year abc missile", "--year 2013..2004 missile", "--year .. missile", "-n abc missile",
                                  "-n -1 missile", "-n 0 missile", "--color sometimes missile", "--limit",
                                  "--no-such-option missile"}) {
        INFO(arguments);
        auto result = search(arguments);
        CHECK(result.status == 2);
        CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 1);
        CHECK(result.out.starts_with("plenary-search: "));
    }
}

TEST_CASE("a field value the index does not hold is a bad query naming the values it holds", "[bad-query]") {
    const std::vector<BadQuery> unknown_values{
        {"org:WA", 1, "no communiqué of the organisation \"WA\"; the organisations are mtcr"},
        {"missile org:AG", 9, "no communiqué of the organisation \"AG\"; the organisations are mtcr"},
        {"doc:nonexistent", 1, "no communiqué with id \"nonexistent\"; plenary-index --list names the communiqués"},
        {"doc:2013-rome-27th-plenry", 1, "no communiqué with id \"2013-rome-27th-plenry\": did you mean 2013-rome-27th-plenary?"},
        {"missile city:atlantis", 9, "no communiqué from a meeting in \"atlantis\"; the cities are buenos aires, ottawa, rome, seoul, sochi"},
        {"city:rom", 1, "\"rom\": did you mean rome? The cities are"},
        {"year:1850", 1, "no communiqué from 1850; the years are 2001, 2004, 2011, 2013, 2021"},
        {"missile year:1900..1950", 9, "no communiqué from 1900 to 1950; the years are 2001,"},
        {"missile -tag:outreah", 9, "unknown tag \"outreah\": did you mean outreach?"},
    };
    for (const auto& bad : unknown_values) {
        INFO("query: " << bad.query);
        auto result = search(quote(bad.query));
        INFO(result.out);
        CHECK(result.status == 2);
        CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 1);
        CHECK(result.out.starts_with("plenary-search: bad query at column " + std::to_string(bad.column) + ": "));
        CHECK(result.out.find(bad.reason) != std::string::npos);
    }
    // Values the index holds stay filters, even when no passage has them together.
    for (const char* known : {"org:mtcr", "org:MTCR missile", "city:rome", "city:\"buenos aires\"", "year:2013", "year:2000..2005",
                              "doc:2013-ROME-27th-plenary"}) {
        INFO(known);
        CHECK(search(quote(known)).status == 0);
    }
    CHECK(search(quote("city:rome year:2004")).status == 1);
}

TEST_CASE("a year option with no communiqué of its years is the same error as year:, the years held written as runs", "[bad-query]") {
    auto option = search("--year 1850 missile");
    CHECK(option.status == 2);
    CHECK(option.out == "plenary-search: no communiqué from 1850; the years are 2001, 2004, 2011, 2013, 2021\n");
    CHECK(search("--year 2004 missile").status == 0);

    TempDir dir;
    write_synthetic_corpus(dir / "corpus", "y", 8, 2000);  // one communiqué a year, 1990 to 1997
    const std::string index = quote((dir / "index").string());
    REQUIRE(run(tool("plenary-index") + " --quiet --index " + index + " " + quote((dir / "corpus").string())).status == 0);
    auto runs = run(tool("plenary-search") + " --index " + index + " 'markery1 year:1850'");
    CHECK(runs.status == 2);
    CHECK(runs.out.find("the years are 1990..1997\n") != std::string::npos);
}
