// Turns a query tree into a Xapian query and its match plan, one node at a time: each
// node becomes a CompiledPart, and the operators above it combine the parts.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "plenary/analyzer.h"
#include "plenary/query_parser.h"

namespace plenary {

class CommuniqueNames;
class QueryExpander;

struct CompileContext {
    Analyzer& analyzer;
    const QueryParserOptions& options;
    const QueryExpander* expander;  // null: words match only as written
    const CommuniqueNames* names;   // null: no word names a communiqué
    const Xapian::Database* db;     // null: field values are not checked against the index
    std::string_view query_text;    // the query as written, which the nodes' spans point into
    bool body_only = false;         // under NOT or '-': words are not looked up in the communiqué's fields
};

// The most words a wildcard expands to.
inline constexpr Xapian::termcount wildcard_expansion_limit = 1000;
// The words starting with prefix, the most frequent of them up to the limit: expanded once for
// the whole index through context.expander (each shard of a sharded index would expand
// OP_WILDCARD against its own words), else by Xapian.
Xapian::Query wildcard_query(const std::string& prefix, const CompileContext& context);

// A compiled piece of the query before it is combined with its neighbours.
struct CompiledPart {
    enum class Role { text, filter, nothing };
    Role role = Role::nothing;
    Xapian::Query query;
    QueryField field = QueryField::tag;  // filters: which field, so the same field's values are ORed
    bool negated = false;
    bool stopword = false;               // a lone unquoted function word
    bool required = false;               // +word, or joined by AND: must match in any mode too
    std::vector<std::string> stems;      // plain words and phrases, for NEAR
    MatchPlan plan;
    std::vector<WrittenWord> words;      // what a hit may match of it: itself, or its items
    Xapian::Query all_words;             // best match: its words together (see ParsedQuery)
    Xapian::Query whole;                 // best match: the part matched as a whole, where that is not `query`
};

ParsedQuery compile_query(QueryTree tree, const CompileContext& context);

// The node with its '+' or '-' applied.
CompiledPart compile_node(const QueryNode& node, const CompileContext& context);

// The words or the phrases, each weighing what it weighs where it matches. A phrase beside other
// forms is never weighed as an operand of an OR: Xapian 1.4.22 gives passages there the weight of
// a phrase they do not hold, depending on which passages share a database. It joins the OR weighed
// 0, to match, and adds its weight on its own (AND_MAYBE).
Xapian::Query any_of(std::vector<Xapian::Query> words, const std::vector<Xapian::Query>& phrases);

// Words and phrases (query_words.cpp).
CompiledPart compile_word(const QueryNode& word, const CompileContext& context);
CompiledPart compile_wildcard(const QueryNode& wildcard, const CompileContext& context);
// A quoted phrase: its wording, in any of its equivalent forms (not its related concepts).
CompiledPart compile_phrase(const QueryNode& phrase, const CompileContext& context);
// The tokens in a row, or any of their forms; only the equivalent ones for wording.
CompiledPart compile_tokens_as_phrase(const std::vector<Token>& tokens, const CompileContext& context, bool wording = false);
// A query word is searched as written: "round2" is not every "round".
std::vector<Token> analyze_as_written(std::string_view text, const CompileContext& context);

// Items written one after another or joined by AND (query_sequence.cpp).
CompiledPart compile_sequence(const QueryNode& node, const CompileContext& context);

// OR and NEAR (query_alternatives.cpp).
CompiledPart compile_disjunction(const QueryNode& disjunction, const CompileContext& context);
CompiledPart compile_near(const QueryNode& near, const CompileContext& context);

// The part as it weighs among alternatives or at the top: filters weigh nothing,
// negated parts match everything else.
Xapian::Query scored(const CompiledPart& part);

void merge(MatchPlan& into, MatchPlan&& from);

} // namespace plenary
