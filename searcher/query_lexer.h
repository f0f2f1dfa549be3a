// Splits a query string into the lexemes of plenary's query language.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plenary/query_tree.h"

namespace plenary {

struct Lexeme {
    enum class Kind { word, phrase, open, close, and_op, or_op, not_op, near_op, end };
    Kind kind = Kind::word;
    QuerySpan span;                   // the whole lexeme, its modifier included
    std::string text;                 // word or phrase text (without quotes, modifier or field)
    QuerySpan text_span;              // where text is
    std::optional<QueryField> field;  // for field:value
    bool quoted = false;              // field:"value"
    char modifier = 0;                // '+' or '-' written before the lexeme, else 0
    unsigned near_distance = 0;       // NEAR/n

    std::size_t column() const { return span.column(); }
};

// Throws QueryError for unterminated phrases and unknown fields.
std::vector<Lexeme> lex_query(std::string_view query);

} // namespace plenary
