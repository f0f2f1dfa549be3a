#include "ranked_hits.h"

#include <algorithm>

#include "best_match.h"
#include "every_match.h"
#include "plenary/index_schema.h"
#include "query_filters.h"

namespace plenary {

namespace {

void append(const Xapian::MSet& mset, RankedHits& hits) {
    for (auto item = mset.begin(); item != mset.end(); ++item) hits.items.push_back(item);
}

// The passages of the window, by their ids (a docid is not the same over shards as over one database).
Xapian::Query passages_of(Xapian::MSetIterator item, Xapian::MSetIterator end) {
    std::vector<Xapian::Query> ids;
    for (; item != end; ++item) ids.push_back(passage_filter(schema::passage_id_of_sort_value(item.get_sort_key())));
    return Xapian::Query(Xapian::Query::OP_OR, ids.begin(), ids.end());
}

} // namespace

double rank_by(Xapian::Enquire& enquire, const Xapian::Database& db, const Xapian::Query& query, const Xapian::Query& all_words) {
    enquire.set_query(query);
    if (all_words.empty()) return 0;
    Xapian::MSet best = every_match_weighed(enquire, db, 1);
    if (best.empty()) return 0;
    enquire.set_query(all_words_first(query, all_words, best.begin().get_weight()));
    return best.begin().get_weight();
}

RankedHits ranked_hits(Xapian::Enquire& enquire, const Xapian::Database& db, const RankedQuery& query,
                       Xapian::doccount depth, Xapian::doccount window) {
    RankedHits hits;
    // An index no larger than the window: every match is in it, so the evidence weighs everywhere.
    if (query.without_proximity.empty() || window == 0 || db.get_doccount() <= window) {
        rank_by(enquire, db, query.query, query.all_words);
        Xapian::MSet mset = every_match_weighed(enquire, db, depth);
        hits.matches = mset.get_matches_estimated();
        append(mset, hits);
        return hits;
    }
    const double lifted = rank_by(enquire, db, query.without_proximity, query.all_words);
    Xapian::MSet first = every_match_weighed(enquire, db, std::max(depth, window));
    hits.matches = first.get_matches_estimated();
    if (first.empty()) return hits;
    auto after_window = first.size() > window ? first[window] : first.end();
    Xapian::Query windowed = weighed_only_where(query.query, passages_of(first.begin(), after_window));

    // Above every weight of the window and of the passages after it, which have their own lift.
    enquire.set_query(windowed);
    Xapian::MSet best = every_match_weighed(enquire, db, 1);
    if (!query.all_words.empty() && !best.empty()) {
        enquire.set_query(all_words_first(windowed, query.all_words, std::max(lifted, best.begin().get_weight())));
    }
    append(every_match_weighed(enquire, db, window), hits);
    for (auto item = after_window; item != first.end(); ++item) hits.items.push_back(item);
    if (hits.items.size() > depth) hits.items.resize(depth);
    return hits;
}

} // namespace plenary
