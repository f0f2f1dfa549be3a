#include "known_tags.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "plenary/index_schema.h"
#include "plenary/strings.h"
#include "query_filters.h"

namespace plenary {

namespace {

std::set<std::string> known_tags(const Xapian::Database& db) {
    auto recorded = schema::tags_from_value(db.get_metadata(std::string(schema::tag_names_key)));
    std::set<std::string> tags(recorded.begin(), recorded.end());
    std::string prefix(schema::tag_prefix);
    for (auto term = db.allterms_begin(prefix); term != db.allterms_end(prefix); ++term) tags.insert((*term).substr(prefix.size()));
    return tags;
}

// The known tag nearest to tag, if it is near enough to be a slip or a shortening.
std::string closest(const std::string& tag, const std::set<std::string>& known) {
    std::string best;
    std::size_t best_distance = std::max<std::size_t>(2, tag.size() / 3) + 1;
    for (const auto& candidate : known) {
        std::size_t distance = candidate.rfind(tag, 0) == 0 ? 1 : edit_distance(tag, candidate);
        if (distance < best_distance) {
            best = candidate;
            best_distance = distance;
        }
    }
    return best;
}

std::set<std::string> named_tags(const QueryTree& query, const std::vector<std::string>& option_tags) {
    std::set<std::string> tags;
    for_each_node(query.root, [&](const QueryNode& node) {
        if (node.kind == QueryNode::Kind::field && node.field == QueryField::tag) tags.insert(folded_id(node.text));
    });
    for (const auto& tag : option_tags) tags.insert(folded_id(tag));
    return tags;
}

} // namespace

void check_known_tags(const Xapian::Database& db, const QueryTree& query, const std::vector<std::string>& option_tags) {
    std::set<std::string> known;
    for (const auto& tag : named_tags(query, option_tags)) {
        if (known.empty()) known = known_tags(db);
        if (known.empty()) return;
        if (known.count(tag)) continue;
        std::string list;
        for (const auto& name : known) list += (list.empty() ? "" : ", ") + name;
        std::string suggestion = closest(tag, known);
        throw std::runtime_error(suggestion.empty()
                                     ? fmt::format("unknown tag \"{}\"; the tags are {}", tag, list)
                                     : fmt::format("unknown tag \"{}\": did you mean {}? The tags are {}", tag, suggestion, list));
    }
}

} // namespace plenary
