// A field value that no passage of the index has (org:wa, city:atlantis, doc:nosuch, year:1850,
// tag:outreah) can never match: it is the user's mistake, worth an error rather than "no hit".
#pragma once

#include <xapian.h>

#include "plenary/query_tree.h"

namespace plenary {

// Throws QueryError at the field's column when filter, the field's compiled query, matches no passage
// of db, naming the values the index holds or the closest of them. Tags are checked as
// unknown_tag_error does (not at all in an index that records none); passage: ids are not checked.
void check_field_value(const Xapian::Database& db, const QueryNode& field, const Xapian::Query& filter);

// Throws std::runtime_error, naming the years the index holds, when no passage of db is of a year
// in years (SearchOptions::years, --year), as year: does.
void check_years_held(const Xapian::Database& db, const YearRange& years);

} // namespace plenary
