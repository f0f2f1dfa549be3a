// Proximity evidence for free-text queries, after the sequential dependence model
// (Metzler and Croft, 2005): neighbouring query words found in order as written,
// or near each other, add weight to a passage that matches the words anyway.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "plenary/query_options.h"

namespace plenary {

// One content word of a free-text query, in query order.
struct QueryWord {
    std::string stem;
    Xapian::termcount skipped = 0;  // function words the query had right before it ("transfer of technology")
    bool follows_previous = true;   // false when something else (a phrase, a field) stood between
};

// For each pair of neighbouring words: the pair in order as in the query, scaled
// by options.phrase_boost, and the pair within options.proximity_window words,
// scaled by options.proximity_boost. None when no pair qualifies or both boosts are 0.
// Each is to be added on its own (AND_MAYBE after AND_MAYBE), not as one OR: Xapian 1.4.22
// gives a passage the weight of a phrase of such an OR that it does not hold when the
// phrase's words are in one database together.
std::vector<Xapian::Query> proximity_boost(const std::vector<QueryWord>& words, const QueryParserOptions& options);

} // namespace plenary
