// plenary's query language, read into a tree that says what each part of the query is
// and which bytes of the query it came from, before any analysis:
//   words            Iran, non-proliferation
//   "a phrase"       what the quotes hold
//   a OR b, a AND b, a NOT b, a AND NOT b, +a, -b, ( ... ), a NEAR b, a NEAR/5 b
//   trans*           words starting with "trans"
//   tag:T  year:Y  year:A..B  year:A..  year:..B  city:C  city:"Buenos Aires"  org:NSG  doc:ID  passage:ID
// query_parser.h compiles the tree into a Xapian query.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "plenary/query_error.h"
#include "plenary/year_range.h"

namespace plenary {

// Bytes [begin, end) of the query text.
struct QuerySpan {
    std::size_t begin = 0;
    std::size_t end = 0;

    std::size_t column() const { return begin + 1; }  // as QueryError counts
    bool operator==(const QuerySpan&) const = default;
};

// In the order of their names.
enum class QueryField { city, doc, org, passage, tag, year };

// An AND, OR or NEAR between two operands.
struct QueryOperator {
    QuerySpan span;
    unsigned distance = 0;  // NEAR/n: n; 0 for every other operator
};

struct QueryNode {
    enum class Kind {
        word,         // text: one word as written ("Iran", "non-proliferation")
        wildcard,     // text: the prefix before a trailing '*'
        phrase,       // text: what the quotes hold
        field,        // field, and text: its value (quotes removed); years for year:
        group,        // children[0]: what the parentheses hold
        sequence,     // children: written one after another without an operator
        conjunction,  // children joined by AND
        disjunction,  // children joined by OR
        negation,     // children[0]: what NOT applies to
        near,         // children joined by NEAR or NEAR/n
    };
    enum class Modifier { none, required, excluded };  // '+' or '-' written before it

    Kind kind = Kind::word;
    QuerySpan span;       // all of it: modifier, field name, quotes and parentheses included
    std::string text;     // the bytes of text_span
    QuerySpan text_span;
    Modifier modifier = Modifier::none;
    QueryField field = QueryField::tag;
    YearRange years;
    std::vector<QueryOperator> operators;  // operators[i] stands between children[i] and children[i + 1]
    std::vector<QueryNode> children;
};

struct QueryTree {
    std::string text;  // the query as written
    QueryNode root;
};

// Throws QueryError for a malformed query.
QueryTree parse_query_tree(std::string_view text);

// Calls visit(node) for node and every node under it, in the order they are written.
template <typename Visit>
void for_each_node(const QueryNode& node, Visit&& visit) {
    visit(node);
    for (const auto& child : node.children) for_each_node(child, visit);
}

} // namespace plenary
