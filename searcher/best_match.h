// Best match (MatchMode::best): how plain words that a passage may match only some of rank
// it. Each word a passage matches adds a fixed weight to its words' BM25 weights
// (coordination), and a passage with all the words ranks above every passage without them.
#pragma once

#include <xapian.h>

#include <vector>

namespace plenary {

// weight for each of the words a passage matches; an empty query when weight is 0.
Xapian::Query coordination_boost(const std::vector<Xapian::Query>& words, double weight);

// The words together, with what must match anyway: empty when nothing is left to rank by
// (no optional word, or a single word in all).
Xapian::Query all_words_together(const std::vector<Xapian::Query>& required, const std::vector<Xapian::Query>& optional);

// query, where each passage that matches all_words gains above: with above at least the
// highest weight query can give, those passages rank first.
Xapian::Query all_words_first(const Xapian::Query& query, const Xapian::Query& all_words, double above);

} // namespace plenary
