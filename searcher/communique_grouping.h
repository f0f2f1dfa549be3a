// The order of a match's hits when each communiqué's best passage comes first.
#pragma once

#include <xapian.h>

#include <vector>

#include "ranked_hits.h"

namespace plenary {

// The items (in rank order) as they are; with one_per_communique_first, the best item of each
// communiqué first (in rank order), then the others (in rank order).
std::vector<RankedItem> hit_order(const std::vector<RankedItem>& items, bool one_per_communique_first);

} // namespace plenary
