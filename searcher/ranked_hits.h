// The hits of a query in rank order, with every matching passage weighed (every_match.h).
#pragma once

#include <xapian.h>

#include <vector>

namespace plenary {

struct RankedQuery {
    Xapian::Query query;
    Xapian::Query without_proximity;  // query without its proximity evidence; empty: it has none
    Xapian::Query all_words;          // passages that match it rank first; empty: no such rule
};

struct RankedItem {
    Xapian::MSetIterator item;
    double score = 0;  // the item's weight, lifted above every other passage's if it has all the words
};

struct RankedHits {
    std::vector<RankedItem> items;  // in rank order
    Xapian::doccount matches = 0;   // every matching passage
};

// Sets the enquire to query, with the passages that match all_words first: above the best weight
// query gives, which is the same over shards as over one database (the highest weight query could
// give, MSet::get_max_possible, comes from each database's bounds on its words). Returns that
// weight, or 0 when nothing is lifted so.
double rank_by(Xapian::Enquire& enquire, const Xapian::Database& db, const Xapian::Query& query, const Xapian::Query& all_words);

// The first `depth` hits of the query, ranked as rank_by ranks them: the passages that match
// query.all_words first, each scoring its weight plus the best weight of any passage. That is
// two matches, the ranking of every passage and the passages with all the words, so that no pass
// weighs every match only to learn that best weight. With query.without_proximity and a window, the
// proximity evidence reorders the first `window` passages of the ranking without it, as a
// rescoring window does in Lucene (phrase and proximity checks read positions, which costs most
// for free-text queries of common words, in every passage holding two of them); the passages
// after the window keep that ranking's order and scores, below the window's, since evidence only
// adds weight. When at most `window` passages match, the ranking is the one of the query weighed
// everywhere.
RankedHits ranked_hits(Xapian::Enquire& enquire, const Xapian::Database& db, const RankedQuery& query,
                       Xapian::doccount depth, Xapian::doccount window);

} // namespace plenary
