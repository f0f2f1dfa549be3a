// The grammar, from the loosest binding to the tightest:
//   query    := sequence (OR sequence)*
//   sequence := item+            items joined by AND form a conjunction (AND NOT: AND of a NOT item)
//   item     := NOT near | near
//   near     := unary (NEAR[/n] unary)*
//   unary    := ['+' | '-'] ( '(' query ')' | "phrase" | word | wildcard* | field:value )
// Errors the text shows are reported here, in reading order; errors only analysis
// shows (a word of punctuation between parentheses) are the compiler's.
#include "plenary/query_tree.h"

#include <fmt/format.h>

#include <optional>

#include "plenary/strings.h"
#include "query_errors.h"
#include "query_lexer.h"

namespace plenary {

namespace {

using Kind = Lexeme::Kind;
using NodeKind = QueryNode::Kind;

constexpr std::size_t max_words = 1000;
constexpr int max_depth = 100;  // parentheses; the parser recurses once per level

const char* operator_name(Kind kind) {
    switch (kind) {
    case Kind::and_op: return "AND";
    case Kind::or_op: return "OR";
    case Kind::not_op: return "NOT";
    case Kind::near_op: return "NEAR";
    default: return "";
    }
}

bool starts_operand(Kind kind) { return kind == Kind::word || kind == Kind::phrase || kind == Kind::open; }

QueryNode::Modifier modifier_of(const Lexeme& lexeme) {
    if (lexeme.modifier == '+') return QueryNode::Modifier::required;
    if (lexeme.modifier == '-') return QueryNode::Modifier::excluded;
    return QueryNode::Modifier::none;
}

QueryNode leaf(NodeKind kind, const Lexeme& lexeme) {
    QueryNode node;
    node.kind = kind;
    node.span = lexeme.span;
    node.text = lexeme.text;
    node.text_span = lexeme.text_span;
    node.modifier = modifier_of(lexeme);
    return node;
}

void append(QueryNode& node, QueryNode child) {
    node.span.end = child.span.end;
    node.children.push_back(std::move(child));
}

QueryNode branch(NodeKind kind, QueryNode first) {
    QueryNode node;
    node.kind = kind;
    node.span = first.span;
    node.children.push_back(std::move(first));
    return node;
}

// left AND right: left becomes a conjunction, or one more operand of the one it is.
void join_with_and(QueryNode& left, QueryNode right, const Lexeme& op) {
    if (left.kind != NodeKind::conjunction) left = branch(NodeKind::conjunction, std::move(left));
    left.operators.push_back({op.span});
    append(left, std::move(right));
}

class TreeParser {
public:
    explicit TreeParser(std::string_view text) : lexemes_(lex_query(text)) {}

    QueryNode run() {
        if (peek().kind == Kind::end) throw QueryError(1, "empty query");
        reject_too_many_words();
        std::optional<QueryNode> root = parse_or();
        // Only a ')' stops the parser before a first operand.
        if (!root || peek().kind == Kind::close) throw QueryError(peek().column(), "unmatched ')'");
        return std::move(*root);
    }

private:
    // Xapian's matching slows down quadratically with thousands of query terms.
    void reject_too_many_words() const {
        std::size_t words = 0;
        for (const auto& lexeme : lexemes_) {
            if ((lexeme.kind == Kind::word || lexeme.kind == Kind::phrase) && ++words > max_words) {
                throw QueryError(lexeme.column(), fmt::format("more than {} words and phrases in one query", max_words));
            }
        }
    }

    const Lexeme& peek() const { return lexemes_[pos_]; }
    const Lexeme& take() { return lexemes_[pos_++]; }

    void expect_operand_after(const Lexeme& op) const {
        if (!starts_operand(peek().kind)) {
            throw QueryError(op.column(), fmt::format("{} needs a word, phrase or group after it", operator_name(op.kind)));
        }
    }

    std::optional<QueryNode> parse_or() {
        std::optional<QueryNode> first = parse_sequence();
        if (peek().kind != Kind::or_op) return first;
        if (!first) throw query_errors::missing_operand_before(peek().column(), "OR");
        QueryNode node = branch(NodeKind::disjunction, std::move(*first));
        while (peek().kind == Kind::or_op) {
            const Lexeme& op = take();
            expect_operand_after(op);
            node.operators.push_back({op.span});
            append(node, std::move(*parse_sequence()));  // an operand follows, so not empty
        }
        return node;
    }

    std::optional<QueryNode> parse_sequence() {
        std::vector<QueryNode> items;
        const Lexeme* pending_and = nullptr;  // waiting for its right operand
        while (true) {
            Kind kind = peek().kind;
            if (kind == Kind::end || kind == Kind::close || kind == Kind::or_op) break;
            if (kind == Kind::and_op) {
                pending_and = &take();
                if (items.empty()) throw query_errors::missing_operand_before(pending_and->column(), "AND");
                if (peek().kind != Kind::not_op) expect_operand_after(*pending_and);  // "a AND NOT b" is "a NOT b"
                continue;
            }
            QueryNode item = kind == Kind::not_op ? parse_not() : parse_near();
            if (pending_and) {
                join_with_and(items.back(), std::move(item), *pending_and);
            } else {
                items.push_back(std::move(item));
            }
            pending_and = nullptr;
        }
        if (items.size() <= 1) return items.empty() ? std::nullopt : std::optional<QueryNode>(std::move(items.front()));
        QueryNode sequence = branch(NodeKind::sequence, std::move(items.front()));
        for (std::size_t i = 1; i < items.size(); ++i) append(sequence, std::move(items[i]));
        return sequence;
    }

    QueryNode parse_not() {
        const Lexeme& op = take();
        expect_operand_after(op);
        QueryNode node;
        node.kind = NodeKind::negation;
        node.span = op.span;
        append(node, parse_near());
        return node;
    }

    QueryNode parse_near() {
        QueryNode first = parse_unary();
        if (peek().kind != Kind::near_op) return first;
        check_near_operand(first, peek());
        QueryNode node = branch(NodeKind::near, std::move(first));
        while (peek().kind == Kind::near_op) {
            const Lexeme& op = take();
            expect_operand_after(op);
            QueryNode next = parse_unary();
            check_near_operand(next, op);
            node.operators.push_back({op.span, op.near_distance});
            append(node, std::move(next));
        }
        return node;
    }

    // What the text alone shows cannot be a NEAR operand; the compiler rejects the rest.
    static void check_near_operand(const QueryNode& operand, const Lexeme& op) {
        bool excluded_words = operand.modifier == QueryNode::Modifier::excluded &&
                              (operand.kind == NodeKind::word || operand.kind == NodeKind::phrase);
        if (operand.kind == NodeKind::field || operand.kind == NodeKind::wildcard || excluded_words) {
            throw query_errors::bad_near_operand(op.column());
        }
    }

    QueryNode parse_unary() {
        const Lexeme& lexeme = take();
        switch (lexeme.kind) {
        case Kind::open: return group(lexeme);
        case Kind::phrase: return phrase(lexeme);
        case Kind::word: return lexeme.field ? field(lexeme) : word(lexeme);
        default: throw query_errors::missing_operand_before(lexeme.column(), operator_name(lexeme.kind));
        }
    }

    QueryNode group(const Lexeme& open) {
        if (++depth_ > max_depth) {
            throw QueryError(open.column(), fmt::format("parentheses nested more than {} deep", max_depth));
        }
        std::optional<QueryNode> inner = parse_or();
        --depth_;
        if (peek().kind != Kind::close) throw QueryError(open.column(), "unmatched '('");
        const Lexeme& close = take();
        if (!inner) throw query_errors::empty_parentheses(open.column());
        QueryNode node = branch(NodeKind::group, std::move(*inner));
        node.span = {open.span.begin, close.span.end};
        node.modifier = modifier_of(open);
        return node;
    }

    static QueryNode phrase(const Lexeme& lexeme) {
        if (!lexeme.text.empty() && lexeme.text.find_first_not_of(" \t") == std::string::npos) {
            throw QueryError(lexeme.column(), "empty phrase");
        }
        return leaf(NodeKind::phrase, lexeme);
    }

    static QueryNode word(const Lexeme& lexeme) {
        QueryNode node = leaf(NodeKind::word, lexeme);
        auto star = lexeme.text.find('*');
        if (star == std::string::npos) return node;
        if (star + 1 != lexeme.text.size()) {
            throw QueryError(lexeme.column() + star, "only trailing wildcards are supported (e.g. trans*)");
        }
        if (star == 0) throw query_errors::wildcard_without_word(lexeme.column());
        node.kind = NodeKind::wildcard;
        node.text.pop_back();
        --node.text_span.end;
        return node;
    }

    static QueryNode field(const Lexeme& lexeme) {
        QueryNode node = leaf(NodeKind::field, lexeme);
        node.field = *lexeme.field;
        if (node.field == QueryField::year) node.years = years(lexeme);
        if (node.field == QueryField::doc && lexeme.text.find('#') != std::string::npos) {
            throw query_errors::passage_id_as_doc(lexeme.column(), lexeme.text);
        }
        const bool names_nothing = lexeme.text.find_first_not_of(ascii_whitespace) == std::string::npos;
        if (node.field == QueryField::city && names_nothing) throw query_errors::field_without_name("city", lexeme.column());
        if (node.field == QueryField::org && names_nothing) throw query_errors::field_without_name("org", lexeme.column());
        return node;
    }

    // A bad year is reported where the value starts (at its quote when quoted).
    static YearRange years(const Lexeme& lexeme) {
        std::size_t value_column = lexeme.text_span.column() - (lexeme.quoted ? 1 : 0);
        try {
            return parse_year_range(lexeme.text);
        } catch (const QueryError& error) {
            throw QueryError(value_column + error.column() - 1, error.reason());
        }
    }

    std::vector<Lexeme> lexemes_;
    std::size_t pos_ = 0;
    int depth_ = 0;
};

} // namespace

QueryTree parse_query_tree(std::string_view text) { return {std::string(text), TreeParser(text).run()}; }

} // namespace plenary
