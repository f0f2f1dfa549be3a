// A tag the index does not know is an error naming the closest known tag, for the query's tag:
// fields (a QueryError where the parser compiles them) and for the --tag options.
#include <catch2/catch.hpp>

#include <xapian.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "known_tags.h"
#include "plenary/analyzer.h"
#include "plenary/query_error.h"
#include "plenary/query_parser.h"
#include "plenary/index_schema.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

Xapian::Database tagged_index(const TempDir& dir, const std::vector<std::string>& tags) {
    Xapian::WritableDatabase db((dir / "index").string(), Xapian::DB_CREATE);
    db.set_metadata(std::string(schema::tag_names_key), schema::tags_value(tags));
    db.commit();
    return Xapian::Database((dir / "index").string());
}

// The error's message, or "known".
std::string checked(const Xapian::Database& db, std::string_view query, const std::vector<std::string>& option_tags = {}) {
    try {
        Analyzer analyzer;
        QueryParser(analyzer, db).parse(query);
        check_known_tags(db, option_tags);
    } catch (const QueryError& error) {
        return error.what();
    } catch (const std::runtime_error& error) {
        return error.what();
    }
    return "known";
}

} // namespace

TEST_CASE("tags of the query's tag: fields and of the options are checked, whatever their case", "[known-tags]") {
    TempDir dir;
    auto db = tagged_index(dir, {"membership", "outreach"});
    CHECK(checked(db, "tag:outreach missile") == "known");
    CHECK(checked(db, "tag:OUTREACH") == "known");
    CHECK(checked(db, "missile", {"Membership"}) == "known");
    CHECK(checked(db, "tag:outreah") == "column 1: unknown tag \"outreah\": did you mean outreach? The tags are membership, outreach");
    CHECK(checked(db, "missile -(tag:outreach OR tag:nosuch)") == "column 27: unknown tag \"nosuch\"; the tags are membership, outreach");
    CHECK(checked(db, "missile", {"zzz"}) == "unknown tag \"zzz\"; the tags are membership, outreach");
    // The query's first unknown tag is the one reported; of the options, the first in name order.
    CHECK(checked(db, "missile tag:zebra tag:alpha").starts_with("column 9: unknown tag \"zebra\""));
    CHECK(checked(db, "missile", {"zebra", "alpha"}).starts_with("unknown tag \"alpha\""));
}

TEST_CASE("words that only look like tags are not checked, nor indexes without tags", "[known-tags]") {
    TempDir dir;
    auto db = tagged_index(dir, {"outreach"});
    CHECK(checked(db, "tag outreah \"tag:outreah\"") == "known");
    TempDir untagged_dir;
    auto untagged = tagged_index(untagged_dir, {});
    CHECK(checked(untagged, "tag:anything") == "known");
}
