#include "proximity.h"

namespace plenary {

std::vector<Xapian::Query> proximity_boost(const std::vector<QueryWord>& words, const QueryParserOptions& options) {
    std::vector<Xapian::Query> evidence;
    for (std::size_t i = 1; i < words.size(); ++i) {
        if (!words[i].follows_previous || words[i].stem == words[i - 1].stem) continue;
        std::vector<std::string> pair{words[i - 1].stem, words[i].stem};
        if (options.phrase_boost > 0) {
            Xapian::Query in_order(Xapian::Query::OP_PHRASE, pair.begin(), pair.end(), 2 + words[i].skipped);
            evidence.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, in_order, options.phrase_boost);
        }
        if (options.proximity_boost > 0) {
            Xapian::Query near(Xapian::Query::OP_NEAR, pair.begin(), pair.end(), options.proximity_window);
            evidence.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, near, options.proximity_boost);
        }
    }
    return evidence;
}

} // namespace plenary
