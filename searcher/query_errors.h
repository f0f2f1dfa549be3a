// Errors that the parser reports where the query's text shows them, and the compiler
// where only analysis does ("()" and "(!!)" are both empty parentheses).
#pragma once

#include <fmt/format.h>

#include <cstddef>
#include <string_view>

#include "plenary/query_error.h"

namespace plenary::query_errors {

inline QueryError missing_operand_before(std::size_t column, std::string_view operator_name) {
    return QueryError(column, fmt::format("{} needs a word, phrase or group before it", operator_name));
}

inline QueryError empty_parentheses(std::size_t column) { return QueryError(column, "empty parentheses"); }

inline QueryError bad_near_operand(std::size_t column) {
    return QueryError(column, "NEAR works between plain words and phrases");
}

inline QueryError wildcard_without_word(std::size_t column) {
    return QueryError(column, "a wildcard needs one word before '*' (e.g. trans*)");
}

// "doc:2013-rome-27th-plenary#7": a passage id where a communiqué id belongs.
inline QueryError passage_id_as_doc(std::size_t column, std::string_view id) {
    return QueryError(column, fmt::format("{} is a passage id: look it up with passage:{}", id, id));
}

// "city: needs a name", "org: needs a name".
inline QueryError field_without_name(std::string_view field, std::size_t column) {
    return QueryError(column, std::string(field) + ": needs a name");
}

} // namespace plenary::query_errors
