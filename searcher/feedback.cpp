#include "feedback.h"

#include <vector>

#include "every_match.h"
#include "function_words.h"

namespace plenary {

namespace {

// Body words only (no field or filter terms, which are prefixed in capitals), none that the
// query already has, no function words, no one- or two-letter words.
class ExpansionWords : public Xapian::ExpandDecider {
public:
    explicit ExpansionWords(const MatchPlan& plan) : plan_(plan) {}

    bool operator()(const std::string& term) const override {
        if (term.size() < 3 || (term.front() >= 'A' && term.front() <= 'Z')) return false;
        return plan_.stems.count(term) == 0 && !is_function_word(term);
    }

private:
    const MatchPlan& plan_;
};

} // namespace

Xapian::Query with_feedback(Xapian::Enquire& enquire, const Xapian::Database& db, const Xapian::Query& query, const MatchPlan& plan,
                            const FeedbackOptions& options) {
    if (options.passages == 0 || options.words == 0 || options.weight <= 0) return query;
    Xapian::MSet first = every_match_weighed(enquire, db, static_cast<Xapian::doccount>(options.passages));
    if (first.empty()) return query;
    Xapian::RSet relevant;
    for (auto item = first.begin(); item != first.end(); ++item) relevant.add_document(item);
    ExpansionWords decider(plan);
    // Exact term frequencies over a sharded index's shards, else each shard's are scaled up.
    Xapian::ESet expansion = enquire.get_eset(static_cast<Xapian::termcount>(options.words), relevant,
                                              Xapian::Enquire::USE_EXACT_TERMFREQ, &decider);
    if (expansion.empty()) return query;
    double heaviest = expansion.begin().get_weight();
    std::vector<Xapian::Query> words;
    for (auto word = expansion.begin(); word != expansion.end(); ++word) {
        words.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(*word), word.get_weight() / heaviest);
    }
    Xapian::Query added(Xapian::Query::OP_OR, words.begin(), words.end());
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, added, options.weight));
}

} // namespace plenary
