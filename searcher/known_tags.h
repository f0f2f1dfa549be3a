// A tag the index does not know is a mistake worth an error, not a silent "no hit".
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "plenary/query_tree.h"

namespace plenary {

// Throws runtime_error naming the first tag (in name order) of the query's tag: fields
// and option_tags that neither the index's rules nor any passage has, with the closest
// known tag and the list of known tags. Indexes that record no tags are not checked.
void check_known_tags(const Xapian::Database& db, const QueryTree& query, const std::vector<std::string>& option_tags);

} // namespace plenary
