// "Did you mean" works from the query tree: words, phrases and city: values are corrected in
// place; operators, other field values and wildcards are left as written.
#include <catch2/catch.hpp>

#include <xapian.h>

#include <optional>
#include <string>

#include "plenary/spelling_suggestion.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

// An index that knows a few words, as the indexer writes them: their stems as terms, their
// folded forms as spellings with how often the passages hold them; and two cities.
class SpellingIndex {
public:
    SpellingIndex() {
        Xapian::WritableDatabase db((dir_ / "index").string(), Xapian::DB_CREATE);
        Xapian::Document document;
        for (auto [word, frequency] : {std::pair{"proliferation", 9}, {"brokering", 3}, {"outreach", 5}, {"missile", 20},
                                       {"treaty", 2}, {"regime", 12}, {"that", 30}, {"were", 6}, {"parts", 4},
                                       {"cause", 1}, {"year", 8}, {"are", 40}}) {
            document.add_term(analyzer_.stem(word));
            db.add_spelling(word, frequency);
        }
        for (const char* city : {"XCrome", "XCbuenos-aires"}) document.add_boolean_term(city);
        db.add_document(document);
        db.commit();
        db_ = Xapian::Database((dir_ / "index").string());
    }

    std::optional<std::string> suggestion(std::string_view query) {
        return spelling_suggestion(parse_query_tree(query), db_, analyzer_);
    }

private:
    TempDir dir_;
    Analyzer analyzer_;
    Xapian::Database db_;
};

} // namespace

TEST_CASE("unknown words are replaced by the closest known word, in place", "[spelling]") {
    SpellingIndex index;
    CHECK(index.suggestion("proliferaton") == "proliferation");
    CHECK(index.suggestion("missle proliferaton treaty") == "missile proliferation treaty");
    CHECK(index.suggestion("+proliferaton -brokerng") == "+proliferation -brokering");
    CHECK(index.suggestion("\"proliferaton treaty\" (brokerng)") == "\"proliferation treaty\" (brokering)");
    CHECK(index.suggestion("Jörg proliferaton") == "Jörg proliferation");
    CHECK(index.suggestion("brokerng OR missle NEAR/3 proliferaton") == "brokering OR missile NEAR/3 proliferation");
}

TEST_CASE("known words, numbers, short words and words without a near neighbour need none", "[spelling]") {
    SpellingIndex index;
    for (const char* query : {"proliferation", "Missiles", "missle2", "mis", "zzzzqqqq"}) {
        INFO(query);
        CHECK(index.suggestion(query) == std::nullopt);
    }
}

TEST_CASE("operators, tag: and doc: values and wildcards are never corrected", "[spelling]") {
    SpellingIndex index;
    for (const char* query : {"tag:outreah", "doc:missle", "city:\"outreah\"", "proliferaton*", "missile NEAR treaty"}) {
        INFO(query);
        CHECK(index.suggestion(query) == std::nullopt);
    }
    CHECK(index.suggestion("tag:outreah outreah") == "tag:outreah outreach");
    CHECK(index.suggestion("missile near treaty") == std::nullopt);  // not "year": NEAR in lower case
}

TEST_CASE("function and question words are never corrected, nor words near a rare one", "[spelling]") {
    SpellingIndex index;
    CHECK(index.suggestion("what did the regime say about cruise missiles") == std::nullopt);
    CHECK(index.suggestion("where will the regime meet") == std::nullopt);
    CHECK(index.suggestion("health care") == std::nullopt);     // never "are", a function word
    CHECK(index.suggestion("causa") == std::nullopt);          // "cause" is held once
    CHECK(index.suggestion("missle") == "missile");             // one edit
    CHECK(index.suggestion("misle") == std::nullopt);           // two edits of a short word
    CHECK(index.suggestion("prolifertaon") == "proliferation"); // two edits of a long word
}

TEST_CASE("a city: value is corrected against the index's cities only", "[spelling]") {
    SpellingIndex index;
    CHECK(index.suggestion("city:paris") == std::nullopt);  // not "parts", a word of the passages
    CHECK(index.suggestion("city:rome") == std::nullopt);
    CHECK(index.suggestion("city:rone missle") == "city:rome missile");
    CHECK(index.suggestion("city:buenos-aries") == "city:\"buenos aires\"");
    CHECK(index.suggestion("city:\"Buenos Aries\"") == "city:\"buenos aires\"");
}
