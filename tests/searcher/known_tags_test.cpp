// A tag the index does not know is an error naming the closest known tag; the check
// reads the tag: fields of the query tree and the --tag options.
#include <catch2/catch.hpp>

#include <xapian.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "known_tags.h"
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
        check_known_tags(db, parse_query_tree(query), option_tags);
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
    CHECK(checked(db, "tag:outreah") == "unknown tag \"outreah\": did you mean outreach? The tags are membership, outreach");
    CHECK(checked(db, "missile -(tag:outreach OR tag:nosuch)").starts_with("unknown tag \"nosuch\""));
    CHECK(checked(db, "missile", {"zzz"}) == "unknown tag \"zzz\"; the tags are membership, outreach");
    // The first unknown tag in name order is the one reported.
    CHECK(checked(db, "tag:zebra tag:alpha").starts_with("unknown tag \"alpha\""));
}

TEST_CASE("words that only look like tags are not checked, nor indexes without tags", "[known-tags]") {
    TempDir dir;
    auto db = tagged_index(dir, {"outreach"});
    CHECK(checked(db, "tag outreah \"tag:outreah\"") == "known");
    TempDir untagged_dir;
    auto untagged = tagged_index(untagged_dir, {});
    CHECK(checked(untagged, "tag:anything") == "known");
}
