#include "ranked_hits.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "best_match.h"
#include "every_match.h"
#include "plenary/index_schema.h"
#include "query_filters.h"

namespace plenary {

namespace {

// A ranking whose first `with_all_words` items match all the words, lifted by `lift`.
struct TieredHits {
    RankedHits hits;
    std::size_t with_all_words = 0;
    double lift = 0;
};

// Xapian's order: score, then passage order (Enquire::set_sort_by_relevance_then_value); but
// scores are compared to 1e-9, since a passage's weight summed over shards may differ from one
// database's in its last bit, and passages of the same words must keep one order.
bool ranks_before(const RankedItem& a, const RankedItem& b) {
    const double a_score = std::round(a.score * 1e9), b_score = std::round(b.score * 1e9);
    if (a_score != b_score) return a_score > b_score;
    return a.item.get_sort_key() < b.item.get_sort_key();
}

double best_weight(const Xapian::MSet& mset) { return mset.empty() ? 0 : mset.begin().get_weight(); }

void append(const Xapian::MSet& mset, double lift, RankedHits& hits) {
    for (auto item = mset.begin(); item != mset.end(); ++item) hits.items.push_back({item, item.get_weight() + lift});
}

TieredHits tiered_hits(Xapian::Enquire& enquire, const Xapian::Database& db, const Xapian::Query& query,
                       const Xapian::Query& all_words, Xapian::doccount count) {
    TieredHits tiers;
    enquire.set_query(query);
    Xapian::MSet ranking = every_match_weighed(enquire, db, count);
    tiers.hits.matches = ranking.get_matches_estimated();
    if (all_words.empty()) {
        append(ranking, 0, tiers.hits);
        std::stable_sort(tiers.hits.items.begin(), tiers.hits.items.end(), ranks_before);
        return tiers;
    }
    enquire.set_query(weighed_only_where(query, all_words));
    Xapian::MSet together = every_match_weighed(enquire, db, count);
    tiers.lift = together.empty() ? 0 : best_weight(ranking);
    tiers.with_all_words = together.size();
    append(together, tiers.lift, tiers.hits);
    // The others, in the ranking's order. Not a match of query AND_NOT all_words: Xapian 1.4.22
    // returned passages of all_words there when it had to keep fewer than every match.
    std::unordered_set<Xapian::docid> lifted;
    for (auto item = together.begin(); item != together.end(); ++item) lifted.insert(*item);
    for (auto item = ranking.begin(); item != ranking.end() && tiers.hits.items.size() < count; ++item)
        if (!lifted.count(*item)) tiers.hits.items.push_back({item, item.get_weight()});
    std::stable_sort(tiers.hits.items.begin(), tiers.hits.items.end(), ranks_before);
    return tiers;
}

// The passages of the window, by their ids (a docid is not the same over shards as over one database).
Xapian::Query passages_of(const std::vector<RankedItem>& window) {
    std::vector<Xapian::Query> ids;
    for (const auto& ranked : window) ids.push_back(passage_filter(schema::passage_id_of_sort_value(ranked.item.get_sort_key())));
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
    // An index no larger than the window: every match is in it, so the evidence weighs everywhere.
    if (query.without_proximity.empty() || window == 0 || db.get_doccount() <= window)
        return tiered_hits(enquire, db, query.query, query.all_words, depth).hits;
    TieredHits first = tiered_hits(enquire, db, query.without_proximity, query.all_words, std::max(depth, window));
    RankedHits hits;
    hits.matches = first.hits.matches;
    auto& ranking = first.hits.items;
    const auto window_end = ranking.begin() + std::min<std::size_t>(window, ranking.size());
    std::vector<RankedItem> in_window(ranking.begin(), window_end);
    if (in_window.empty()) return hits;

    std::unordered_set<Xapian::docid> with_all_words;
    for (std::size_t i = 0; i < first.with_all_words && i < in_window.size(); ++i) with_all_words.insert(*in_window[i].item);
    enquire.set_query(weighed_only_where(query.query, passages_of(in_window)));
    Xapian::MSet reweighed = every_match_weighed(enquire, db, window);
    // Above every weight of the window and of the passages after it, which have their own lift.
    const double lift = std::max(first.lift, best_weight(reweighed));
    for (auto item = reweighed.begin(); item != reweighed.end(); ++item)
        hits.items.push_back({item, item.get_weight() + (with_all_words.count(*item) ? lift : 0)});
    std::stable_sort(hits.items.begin(), hits.items.end(), ranks_before);
    hits.items.insert(hits.items.end(), window_end, ranking.end());
    if (hits.items.size() > depth) hits.items.resize(depth);
    return hits;
}

} // namespace plenary
