// Splits a query string into the lexemes of plenary's query language.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace plenary {

struct Lexeme {
    enum class Kind { word, phrase, open, close, and_op, or_op, not_op, near_op, end };
    Kind kind;
    std::size_t column;        // 1-based byte column of the lexeme in the query
    std::string text;          // word or phrase text (without quotes, modifier or field)
    std::string field;         // "tag", "year", ... for field:value, else empty
    char modifier = 0;         // '+' or '-' written before the lexeme, else 0
    unsigned near_distance = 0; // NEAR/n
};

// Throws QueryError for unterminated phrases and unknown fields.
std::vector<Lexeme> lex_query(std::string_view query);

} // namespace plenary
