#include "communique_grouping.h"

#include <set>
#include <string>

#include "plenary/index_schema.h"

namespace plenary {

namespace {

// The communiqué of a passage from its sort value ("communiqué-id#00000007"), without decoding
// the passage's record.
std::string communique_of(const Xapian::MSetIterator& item) {
    std::string value = item.get_document().get_value(schema::sort_slot);
    return value.substr(0, value.rfind('#'));
}

} // namespace

std::vector<RankedItem> hit_order(const std::vector<RankedItem>& items, bool one_per_communique_first) {
    if (!one_per_communique_first) return items;
    std::vector<RankedItem> first;
    std::vector<RankedItem> others;
    std::set<std::string> seen;
    for (const auto& item : items) {
        if (seen.insert(communique_of(item.item)).second) first.push_back(item);
        else others.push_back(item);
    }
    first.insert(first.end(), others.begin(), others.end());
    return first;
}

} // namespace plenary
