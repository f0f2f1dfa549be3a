// The words that name a communiqué's city or year, read from the index's filter terms.
#include <catch2/catch.hpp>

#include <xapian.h>

#include "communique_names.h"
#include "plenary/analyzer.h"
#include "plenary/index_schema.h"

using namespace plenary;

namespace {

Token token(const std::string& term) {
    Token found;
    found.term = term;
    found.stem = term;
    return found;
}

} // namespace

TEST_CASE("a city's words and a year name the communiqués that have them", "[context]") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    Xapian::Document rome;
    rome.add_boolean_term(schema::city_term("rome"));
    rome.add_boolean_term(std::string(schema::year_prefix) + "2013");
    db.add_document(rome);
    Xapian::Document buenos_aires;
    buenos_aires.add_boolean_term(schema::city_term("buenos aires"));
    buenos_aires.add_boolean_term(std::string(schema::year_prefix) + "2011");
    db.add_document(buenos_aires);

    CommuniqueNames names(db);
    CHECK(names.named_by(token("rome")).get_description() == "Query(XCrome)");
    CHECK(names.named_by(token("aires")).get_description() == "Query(XCbuenos-aires)");
    CHECK(names.named_by(token("buenos")).get_description() == "Query(XCbuenos-aires)");
    CHECK(names.named_by(token("2013")).get_description() == "Query(Y2013)");
    CHECK(names.named_by(token("missile")).empty());
    CHECK(names.named_by(token("2004")).empty());
}
