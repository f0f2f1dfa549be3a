// Ranking that does not depend on how many hits are asked for.
#pragma once

#include <xapian.h>

namespace plenary {

// The first `count` hits of the enquire's query, with every matching passage weighed. Xapian
// 1.4.22's early termination (a matcher that skips passages it bounds below the weakest
// hit kept) returned other passages and other weights for `-n 1` than for `-n 100` on queries
// that mix words, their vocabulary forms as phrases, field words and filters: 14 of the 81
// topics of bench/collection differed so. Weighing every match costs time on large indexes
// (bench/run measures it) and gives exact match counts besides.
Xapian::MSet every_match_weighed(const Xapian::Enquire& enquire, const Xapian::Database& db, Xapian::doccount count);

} // namespace plenary
