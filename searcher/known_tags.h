// A tag the index does not know is a mistake worth an error, not a silent "no hit".
#pragma once

#include <xapian.h>

#include <set>
#include <string>
#include <vector>

namespace plenary {

// The error for a tag (folded) that neither the index's rules nor any passage has: the closest
// known tag and the list of known tags. Empty for a known tag, and in indexes that record no tags.
std::string unknown_tag_error(const Xapian::Database& db, const std::string& tag);

// The known value nearest to value, if it is near enough to be a slip or a shortening; else empty.
std::string closest_known(const std::string& value, const std::set<std::string>& known);

// Throws runtime_error with unknown_tag_error for the first (in name order) of the --tag options the
// index does not know. The query's tag: fields are checked where they are compiled (field_values.h).
void check_known_tags(const Xapian::Database& db, const std::vector<std::string>& option_tags);

} // namespace plenary
