// "Did you mean" works from the query tree: only words and phrases are corrected, in
// place, and operators, field values and wildcards are left as written.
#include <catch2/catch.hpp>

#include <xapian.h>

#include <optional>
#include <string>

#include "plenary/spelling_suggestion.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

// An index that knows a few words: their stems as terms, their folded forms as spellings.
class SpellingIndex {
public:
    SpellingIndex() {
        Xapian::WritableDatabase db((dir_ / "index").string(), Xapian::DB_CREATE);
        Xapian::Document document;
        for (const char* word : {"proliferation", "brokering", "outreach", "missile", "treaty"}) {
            document.add_term(analyzer_.stem(word));
            db.add_spelling(word);
        }
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

TEST_CASE("operators, field values and wildcards are never corrected", "[spelling]") {
    SpellingIndex index;
    for (const char* query : {"tag:outreah", "doc:missle", "city:\"outreah\"", "proliferaton*", "missile NEAR treaty"}) {
        INFO(query);
        CHECK(index.suggestion(query) == std::nullopt);
    }
    CHECK(index.suggestion("tag:outreah outreah") == "tag:outreah outreach");
}
