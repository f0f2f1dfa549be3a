// Words, phrases and wildcards: analysis, then the equivalent forms from the vocabulary.
#include <string>
#include <vector>

#include "communique_names.h"
#include "function_words.h"
#include "plenary/index_schema.h"
#include "query_compiler.h"
#include "query_errors.h"
#include "query_expansion.h"

namespace plenary {

namespace {

std::vector<Variant> variants(const std::vector<Token>& tokens, bool lone_word, bool wording, const CompileContext& context) {
    if (context.expander) return context.expander->variants(tokens, lone_word, wording);
    Variant as_written;
    for (const auto& token : tokens) as_written.stems.push_back(token.stem);
    return {as_written};
}

Xapian::Query phrase_query(const std::vector<std::string>& stems) {
    if (stems.size() == 1) return Xapian::Query(stems.front());
    return Xapian::Query(Xapian::Query::OP_PHRASE, stems.begin(), stems.end(), static_cast<Xapian::termcount>(stems.size()));
}

// A longer form weighs no more than the words the user wrote: "trans-shipment"
// (two rare terms) must not outrank "transshipment" for the query transshipment.
Xapian::Query variant_query(const std::vector<std::string>& stems, std::size_t written_words) {
    Xapian::Query query = phrase_query(stems);
    if (stems.size() <= written_words) return query;
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query,
                         static_cast<double>(written_words) / static_cast<double>(stems.size()));
}

// A word in the passage, or (weighing less) in its communiqué's title, city, country,
// organisation or year. A word that names communiqués (their city or year: named_by)
// counts in their passages through the fields alone, so that their opening paragraph does
// not outrank the subject.
Xapian::Query word_in_text_or_fields(const std::string& stem, const Xapian::Query& named_by, const QueryParserOptions& options) {
    std::vector<Xapian::Query> fields;
    for (const std::string_view prefix : schema::field_word_prefixes) fields.emplace_back(std::string(prefix) + stem);
    Xapian::Query body(stem);
    if (!named_by.empty()) body = Xapian::Query(Xapian::Query::OP_AND_NOT, body, named_by);
    return Xapian::Query(Xapian::Query::OP_OR, body,
                         Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                       Xapian::Query(Xapian::Query::OP_OR, fields.begin(), fields.end()),
                                       options.field_weight));
}

// A form weighs what the vocabulary's kind of it does: synonym_weight, concept_weight.
Xapian::Query weighed(const Xapian::Query& query, double weight) {
    if (weight == 1.0) return query;
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query, weight);
}

void add_to_plan(const std::vector<std::string>& stems, MatchPlan& plan) {
    if (stems.size() == 1) {
        plan.stems.insert(stems.front());
    } else {
        plan.phrases.push_back(stems);
    }
}

// The communiqués a lone word names (see CommuniqueNames), when the options weigh that.
Xapian::Query communiques_named_by(const Token& token, const CompileContext& context) {
    if (!context.names || !context.options.communique_context) return {};
    return context.names->named_by(token);
}

// The tokens or any of their forms (equivalent ones only for the wording of a quoted phrase),
// theirs first; a lone word's one-word forms are also looked up in the communiqué's fields,
// except under a negation.
Xapian::Query any_form(const std::vector<Token>& tokens, bool lone_word, bool wording, MatchPlan& plan,
                       const CompileContext& context) {
    std::vector<Xapian::Query> alternatives;
    std::vector<Xapian::Query> phrases;
    auto forms = variants(tokens, lone_word, wording, context);
    const bool in_fields_too = lone_word && !context.body_only;
    Xapian::Query named_by = in_fields_too ? communiques_named_by(tokens.front(), context) : Xapian::Query();
    for (const auto& form : forms) {
        const auto& stems = form.stems;
        const bool in_fields = in_fields_too && stems.size() == 1;
        Xapian::Query query = weighed(in_fields ? word_in_text_or_fields(stems.front(), named_by, context.options)
                                                : variant_query(stems, tokens.size()),
                                      form.weight);
        (stems.size() > 1 ? phrases : alternatives).push_back(query);
        plan.field_words |= in_fields;
        add_to_plan(stems, plan);
    }
    return any_of(alternatives, phrases);
}

} // namespace

Xapian::Query any_of(std::vector<Xapian::Query> words, const std::vector<Xapian::Query>& phrases) {
    if (words.empty() && phrases.size() == 1) return phrases.front();
    for (const auto& phrase : phrases) words.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, phrase, 0);
    Xapian::Query any = words.size() == 1 ? words.front() : Xapian::Query(Xapian::Query::OP_OR, words.begin(), words.end());
    for (const auto& phrase : phrases) any = Xapian::Query(Xapian::Query::OP_AND_MAYBE, any, phrase);
    return any;
}

std::vector<Token> analyze_as_written(std::string_view text, const CompileContext& context) {
    auto tokens = context.analyzer.tokens(text);
    for (auto& token : tokens) {
        if (!token.marked_stem.empty()) token.term = token.stem = token.marked_stem;
    }
    return tokens;
}

CompiledPart compile_word(const QueryNode& word, const CompileContext& context) {
    auto tokens = analyze_as_written(word.text, context);
    if (tokens.empty()) return {};  // only punctuation
    if (tokens.size() != 1) return compile_tokens_as_phrase(tokens, context);  // "non-proliferation"
    CompiledPart part;
    part.role = CompiledPart::Role::text;
    part.query = any_form(tokens, true, false, part.plan, context);
    bool acronym = context.expander && context.expander->names_acronym(tokens.front());
    part.stopword = !acronym && is_function_word(tokens.front().term, context.options.question_words);
    part.stems = {tokens.front().stem};
    return part;
}

CompiledPart compile_phrase(const QueryNode& phrase, const CompileContext& context) {
    auto tokens = analyze_as_written(phrase.text, context);
    if (tokens.empty()) return {};
    return compile_tokens_as_phrase(tokens, context, true);
}

CompiledPart compile_tokens_as_phrase(const std::vector<Token>& tokens, const CompileContext& context, bool wording) {
    CompiledPart part;
    part.role = CompiledPart::Role::text;
    for (const auto& token : tokens) part.stems.push_back(token.stem);
    part.query = any_form(tokens, false, wording, part.plan, context);
    return part;
}

// The index holds stems, so the prefix alone misses a word whose stem is shorter than
// the word: "controls" is indexed as "control", which does not start with "controls".
// That stem joins the expansion, counting with it as one term as Xapian counts a
// wildcard's words ("trans*" gains "tran", the "trans" of "trans-shipment").
CompiledPart compile_wildcard(const QueryNode& wildcard, const CompileContext& context) {
    auto tokens = analyze_as_written(wildcard.text, context);
    if (tokens.size() != 1) throw query_errors::wildcard_without_word(wildcard.span.column());
    const Token& prefix = tokens.front();
    CompiledPart part;
    part.role = CompiledPart::Role::text;
    part.query = wildcard_query(prefix.term, context);
    part.plan.prefixes.push_back(prefix.term);
    if (prefix.stem != prefix.term) {
        part.query = Xapian::Query(Xapian::Query::OP_SYNONYM, part.query, Xapian::Query(prefix.stem));
        part.plan.stems.insert(prefix.stem);
    }
    return part;
}

} // namespace plenary
