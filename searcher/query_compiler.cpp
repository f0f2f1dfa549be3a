#include "query_compiler.h"

#include <algorithm>
#include <cctype>

#include "field_values.h"
#include "plenary/index_schema.h"
#include "query_errors.h"
#include "query_expansion.h"
#include "query_filters.h"

namespace plenary {

namespace {

Xapian::Query city_filter(const QueryNode& field, const CompileContext& context) {
    std::string words;
    for (const auto& token : analyze_as_written(field.text, context)) words += (words.empty() ? "" : " ") + token.term;
    if (words.empty()) throw query_errors::field_without_name("city", field.span.column());
    return Xapian::Query(schema::city_term(words));
}

// Every word of the name among the organisation's words: org:nsg, org:wassenaar, org:"australia group".
Xapian::Query org_filter(const QueryNode& field, const CompileContext& context) {
    std::vector<Xapian::Query> words;
    for (const auto& token : analyze_as_written(field.text, context))
        words.emplace_back(std::string(schema::org_word_prefix) + token.stem);
    if (words.empty()) throw query_errors::field_without_name("org", field.span.column());
    return Xapian::Query(Xapian::Query::OP_AND, words.begin(), words.end());
}

// What makes a passage a hit: one of the query's words, phrases or prefixes in its body. The
// communiqué's fields may satisfy a word, never make a hit on their own.
Xapian::Query body_match(const MatchPlan& plan, const CompileContext& context) {
    std::vector<Xapian::Query> any;
    for (const auto& stem : plan.stems) any.emplace_back(stem);
    for (const auto& phrase : plan.phrases)
        any.emplace_back(Xapian::Query::OP_PHRASE, phrase.begin(), phrase.end(), static_cast<Xapian::termcount>(phrase.size()));
    for (const auto& prefix : plan.prefixes) any.push_back(wildcard_query(prefix, context));
    return Xapian::Query(Xapian::Query::OP_OR, any.begin(), any.end());
}

CompiledPart compile_field(const QueryNode& field, const CompileContext& context) {
    CompiledPart part;
    part.role = CompiledPart::Role::filter;
    part.field = field.field;
    switch (field.field) {
    case QueryField::tag: part.query = tag_filter(field.text); break;
    case QueryField::doc: part.query = doc_filter(field.text); break;
    case QueryField::passage: part.query = passage_filter(field.text); break;
    case QueryField::year: part.query = year_filter(field.years); break;
    case QueryField::city: part.query = city_filter(field, context); break;
    case QueryField::org: part.query = org_filter(field, context); break;
    }
    // A passage: id gone from the index is "no hit" (exit 1), as grep says of a line it does not find.
    if (context.db && field.field != QueryField::passage) check_field_value(*context.db, field, part.query);
    return part;
}

// A group is one word of the query around it: a hit matches it or not, as a whole.
CompiledPart compile_group(const QueryNode& group, const CompileContext& context) {
    CompiledPart part = compile_node(group.children.front(), context);
    if (part.role == CompiledPart::Role::nothing) throw query_errors::empty_parentheses(group.span.column());
    part.words.clear();
    part.all_words = {};
    return part;
}

// What NOT or '-' excludes is looked for in the passage's body only.
CompileContext body_only(const CompileContext& context) {
    CompileContext narrowed = context;
    narrowed.body_only = true;
    return narrowed;
}

CompiledPart compile_negation(const QueryNode& negation, const CompileContext& context) {
    CompiledPart part = compile_node(negation.children.front(), body_only(context));
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

// A plain word as written, without the punctuation around it that the analyzer leaves out
// ("Italy?" -> "Italy", "¿missiles?" -> "missiles"); what is inside its words stays ("U.S.", "D'Alotto").
std::string_view without_surrounding_punctuation(std::string_view word, Analyzer& analyzer) {
    auto tokens = analyzer.tokens(word);
    if (tokens.empty()) return word;
    std::size_t begin = 0;
    while (begin < tokens.front().begin && !std::isalnum(static_cast<unsigned char>(word[begin]))) ++begin;
    std::size_t end = std::max<std::size_t>(tokens.back().end, begin);
    if (end < word.size() && word[end] == '.' && word.substr(begin, end - begin).find('.') != std::string_view::npos) ++end;
    return word.substr(begin, end - begin);
}

// A part that does not list its items is one word of the query, as written.
void name_written_word(const QueryNode& node, const CompileContext& context, CompiledPart& part) {
    if (part.negated || part.role != CompiledPart::Role::text) {
        part.words.clear();
    } else if (part.words.empty()) {
        std::string_view written = context.query_text.substr(node.span.begin, node.span.end - node.span.begin);
        if (node.kind == QueryNode::Kind::word) written = without_surrounding_punctuation(written, context.analyzer);
        part.words.push_back({std::string(written), part.plan});
    }
}

} // namespace

CompiledPart compile_node(const QueryNode& node, const CompileContext& context) {
    const bool excluded = node.modifier == QueryNode::Modifier::excluded;
    CompiledPart part = compile_kind(node, excluded ? body_only(context) : context);
    if (node.modifier == QueryNode::Modifier::excluded) part.negated = !part.negated;
    if (node.modifier == QueryNode::Modifier::required) {
        part.stopword = false;
        part.required = true;
    }
    name_written_word(node, context, part);
    return part;
}

Xapian::Query scored(const CompiledPart& part) {
    Xapian::Query query = part.role == CompiledPart::Role::filter
                              ? Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, part.query, 0)
                              : part.query;
    if (part.negated) query = Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query::MatchAll, query);
    return query;
}

Xapian::Query wildcard_query(const std::string& prefix, const CompileContext& context) {
    if (context.expander) return context.expander->words_starting_with(prefix, wildcard_expansion_limit);
    return Xapian::Query(Xapian::Query::OP_WILDCARD, prefix, wildcard_expansion_limit,
                         Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
}

void merge(MatchPlan& into, MatchPlan&& from) {
    into.stems.merge(from.stems);
    into.field_words |= from.field_words;
    for (auto& phrase : from.phrases) into.phrases.push_back(std::move(phrase));
    for (auto& prefix : from.prefixes) into.prefixes.push_back(std::move(prefix));
}

ParsedQuery compile_query(QueryTree tree, const CompileContext& context) {
    CompileContext in_tree = context;
    in_tree.query_text = tree.text;
    CompiledPart root = compile_node(tree.root, in_tree);
    if (root.role == CompiledPart::Role::nothing) throw QueryError(1, "the query has no searchable word");
    Xapian::Query query = scored(root);
    ParsedQuery parsed{std::move(tree), query, {}, {}, {}, {}};
    if (root.negated) return parsed;
    parsed.plan = std::move(root.plan);
    if (parsed.plan.field_words) parsed.query = weighed_only_where(query, body_match(parsed.plan, context));
    parsed.words = std::move(root.words);
    parsed.all_words = root.all_words;
    return parsed;
}

} // namespace plenary
