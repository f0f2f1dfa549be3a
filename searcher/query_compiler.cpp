#include "query_compiler.h"

#include "plenary/index_schema.h"
#include "query_errors.h"
#include "query_filters.h"

namespace plenary {

namespace {

CompiledPart compile_field(const QueryNode& field, const CompileContext& context) {
    CompiledPart part;
    part.role = CompiledPart::Role::filter;
    part.field = field.field;
    switch (field.field) {
    case QueryField::tag: part.query = tag_filter(field.text); break;
    case QueryField::doc: part.query = doc_filter(field.text); break;
    case QueryField::year: part.query = year_filter(field.years); break;
    case QueryField::city: {
        std::string words;
        for (const auto& token : analyze_as_written(field.text, context)) words += (words.empty() ? "" : " ") + token.term;
        if (words.empty()) throw query_errors::city_without_name(field.span.column());
        part.query = Xapian::Query(schema::city_term(words));
        break;
    }
    }
    return part;
}

CompiledPart compile_group(const QueryNode& group, const CompileContext& context) {
    CompiledPart part = compile_node(group.children.front(), context);
    if (part.role == CompiledPart::Role::nothing) throw query_errors::empty_parentheses(group.span.column());
    return part;
}

CompiledPart compile_negation(const QueryNode& negation, const CompileContext& context) {
    CompiledPart part = compile_node(negation.children.front(), context);
    part.negated = !part.negated;
    return part;
}

CompiledPart compile_kind(const QueryNode& node, const CompileContext& context) {
    using Kind = QueryNode::Kind;
    switch (node.kind) {
    case Kind::word: return compile_word(node, context);
    case Kind::wildcard: return compile_wildcard(node, context);
    case Kind::phrase: return compile_phrase(node, context);
    case Kind::field: return compile_field(node, context);
    case Kind::group: return compile_group(node, context);
    case Kind::sequence:
    case Kind::conjunction: return compile_sequence(node, context);
    case Kind::disjunction: return compile_disjunction(node, context);
    case Kind::negation: return compile_negation(node, context);
    case Kind::near: return compile_near(node, context);
    }
    return {};
}

} // namespace

CompiledPart compile_node(const QueryNode& node, const CompileContext& context) {
    CompiledPart part = compile_kind(node, context);
    if (node.modifier == QueryNode::Modifier::excluded) part.negated = !part.negated;
    if (node.modifier == QueryNode::Modifier::required) {
        part.stopword = false;
        part.required = true;
    }
    return part;
}

Xapian::Query scored(const CompiledPart& part) {
    Xapian::Query query = part.role == CompiledPart::Role::filter
                              ? Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, part.query, 0)
                              : part.query;
    if (part.negated) query = Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query::MatchAll, query);
    return query;
}

void merge(MatchPlan& into, MatchPlan&& from) {
    into.stems.merge(from.stems);
    for (auto& phrase : from.phrases) into.phrases.push_back(std::move(phrase));
    for (auto& prefix : from.prefixes) into.prefixes.push_back(std::move(prefix));
}

ParsedQuery compile_query(QueryTree tree, const CompileContext& context) {
    CompiledPart root = compile_node(tree.root, context);
    if (root.role == CompiledPart::Role::nothing) throw QueryError(1, "the query has no searchable word");
    Xapian::Query query = scored(root);
    return {std::move(tree), query, root.negated ? MatchPlan{} : std::move(root.plan)};
}

} // namespace plenary
