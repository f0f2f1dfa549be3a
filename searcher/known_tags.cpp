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

} // namespace

std::string closest_known(const std::string& value, const std::set<std::string>& known) {
    std::string best;
    std::size_t best_distance = std::max<std::size_t>(2, value.size() / 3) + 1;
    for (const auto& candidate : known) {
        std::size_t distance = candidate.rfind(value, 0) == 0 ? 1 : edit_distance(value, candidate);
        if (distance < best_distance) {
            best = candidate;
            best_distance = distance;
        }
    }
    return best;
}

std::string unknown_tag_error(const Xapian::Database& db, const std::string& tag) {
    std::set<std::string> known = known_tags(db);
    if (known.empty() || known.count(tag)) return {};
    std::string list;
    for (const auto& name : known) list += (list.empty() ? "" : ", ") + name;
    std::string suggestion = closest_known(tag, known);
    return suggestion.empty() ? fmt::format("unknown tag \"{}\"; the tags are {}", printable(tag), list)
                              : fmt::format("unknown tag \"{}\": did you mean {}? The tags are {}", printable(tag), suggestion, list);
}

void check_known_tags(const Xapian::Database& db, const std::vector<std::string>& option_tags) {
    std::set<std::string> tags;
    for (const auto& tag : option_tags) tags.insert(folded_id(tag));
    for (const auto& tag : tags) {
        std::string error = unknown_tag_error(db, tag);
        if (!error.empty()) throw std::runtime_error(error);
    }
}

} // namespace plenary
