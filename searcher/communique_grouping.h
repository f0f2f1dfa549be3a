// The order of a match's hits when each communiqué's best passage comes first.
#pragma once

#include <xapian.h>

#include <vector>

namespace plenary {

// The items (in rank order) as they are; with one_per_communique_first, the best item of each
// communiqué first (in rank order), then the others (in rank order).
std::vector<Xapian::MSetIterator> hit_order(const std::vector<Xapian::MSetIterator>& items, bool one_per_communique_first);

} // namespace plenary
