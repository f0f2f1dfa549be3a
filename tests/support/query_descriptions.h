// The descriptions Xapian gives of the query shapes the searcher compiles, for tests that compare them.
#pragma once

#include <string>

namespace plenary::testing {

// A word: its stem in the passage, or at field_weight in the communiqué's title, city, country,
// organisation or year.
inline std::string word(const std::string& stem, const std::string& field_weight = "0.5") {
    std::string fields;
    for (const char* prefix : {"S", "XP", "XN", "XO", "XY"}) fields += (fields.empty() ? "" : " OR ") + (prefix + stem);
    return "(" + stem + " OR " + field_weight + " * (" + fields + "))";
}

// A query whose words may match the fields: a passage is a hit only where one is in its body.
// A query with phrases is evaluated twice, to match and to weigh (searcher/query_filters.h);
// any other is filtered.
inline std::string hit_if_body(const std::string& query, const std::string& body_words) {
    const bool phrases = query.find(" PHRASE ") != std::string::npos || query.find(" NEAR ") != std::string::npos;
    if (!phrases) return "Query((" + query + " FILTER " + body_words + "))";
    return "Query(((0 * " + body_words + " FILTER " + query + ") AND_MAYBE " + query + "))";
}

} // namespace plenary::testing
