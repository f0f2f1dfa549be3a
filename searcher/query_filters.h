// Filter queries shared by query fields and command-line options.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>

#include "plenary/year_range.h"

namespace plenary {

// Tag names and communiqué ids are lowercase slugs: a value matches whatever its case.
std::string folded_id(std::string_view id);

Xapian::Query year_filter(const YearRange& range);
Xapian::Query tag_filter(std::string_view tag);
Xapian::Query doc_filter(std::string_view communique_id);
Xapian::Query passage_filter(std::string_view passage_id);

// query where `where` matches, weighed as query alone. A query with phrases is never the filtered
// side of an OP_FILTER: Xapian 1.4.22 gave passages there the weight of proximity phrases of query
// they do not hold ("first plenary 1988" weighed "plenary 1988" in passages without 1988, in one
// database and not over shards), so such a query is evaluated twice, once to match and once to
// weigh. `where` only decides which passages match.
Xapian::Query weighed_only_where(const Xapian::Query& query, const Xapian::Query& where);

} // namespace plenary
