// OR and NEAR.
#include <algorithm>

#include "query_compiler.h"
#include "query_errors.h"

namespace plenary {

namespace {

// One flat OR: Xapian takes time quadratic in the depth of nested ORs.
CompiledPart any_of(std::vector<CompiledPart> alternatives) {
    std::erase_if(alternatives, [](const CompiledPart& part) { return part.role == CompiledPart::Role::nothing; });
    if (alternatives.size() == 1) return std::move(alternatives.front());
    std::vector<Xapian::Query> queries;
    CompiledPart any;
    for (auto& alternative : alternatives) {
        queries.push_back(scored(alternative));
        if (alternative.negated) continue;
        merge(any.plan, std::move(alternative.plan));
        for (auto& word : alternative.words) any.words.push_back(std::move(word));
    }
    if (queries.empty()) return any;
    any.role = CompiledPart::Role::text;
    any.query = Xapian::Query(Xapian::Query::OP_OR, queries.begin(), queries.end());
    return any;
}

const std::vector<std::string>& near_operand(const CompiledPart& operand, const QueryOperator& near) {
    if (operand.stems.empty() || operand.negated) throw query_errors::bad_near_operand(near.span.column());
    return operand.stems;
}

} // namespace

CompiledPart compile_disjunction(const QueryNode& disjunction, const CompileContext& context) {
    std::vector<CompiledPart> alternatives;
    for (const auto& child : disjunction.children) {
        alternatives.push_back(compile_node(child, context));
        if (alternatives.size() == 1 && alternatives.front().role == CompiledPart::Role::nothing) {
            throw query_errors::missing_operand_before(disjunction.operators.front().span.column(), "OR");
        }
    }
    return any_of(std::move(alternatives));
}

// The operands' words within the widest distance written (NEAR alone: near_window)
// of each other, in any order.
CompiledPart compile_near(const QueryNode& near, const CompileContext& context) {
    std::vector<std::string> stems = near_operand(compile_node(near.children.front(), context), near.operators.front());
    unsigned distance = 0;
    for (std::size_t i = 1; i < near.children.size(); ++i) {
        const QueryOperator& op = near.operators[i - 1];
        distance = std::max(distance, op.distance ? op.distance : unsigned(context.options.near_window));
        CompiledPart operand = compile_node(near.children[i], context);
        const auto& more = near_operand(operand, op);
        stems.insert(stems.end(), more.begin(), more.end());
    }
    CompiledPart part;
    part.role = CompiledPart::Role::text;
    part.query = Xapian::Query(Xapian::Query::OP_NEAR, stems.begin(), stems.end(),
                               static_cast<Xapian::termcount>(distance + stems.size() - 1));
    part.plan.stems.insert(stems.begin(), stems.end());
    return part;
}

} // namespace plenary
