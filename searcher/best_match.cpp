#include "best_match.h"

namespace plenary {

namespace {

// weight for every passage that matches query, whatever its words' own weights.
Xapian::Query fixed_weight_where(const Xapian::Query& query, double weight) {
    Xapian::Query fixed((new Xapian::FixedWeightPostingSource(weight))->release());
    return Xapian::Query(Xapian::Query::OP_FILTER, fixed, query);
}

} // namespace

Xapian::Query coordination_boost(const std::vector<Xapian::Query>& words, double weight) {
    if (weight <= 0 || words.empty()) return {};
    std::vector<Xapian::Query> boosts;
    for (const auto& word : words) boosts.push_back(fixed_weight_where(word, weight));
    return Xapian::Query(Xapian::Query::OP_OR, boosts.begin(), boosts.end());
}

Xapian::Query all_words_together(const std::vector<Xapian::Query>& required, const std::vector<Xapian::Query>& optional) {
    if (optional.empty() || required.size() + optional.size() < 2) return {};
    return Xapian::Query(Xapian::Query::OP_AND, optional.begin(), optional.end());
}

Xapian::Query all_words_first(const Xapian::Query& query, const Xapian::Query& all_words, double above) {
    if (all_words.empty()) return query;
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, fixed_weight_where(all_words, above));
}

} // namespace plenary
