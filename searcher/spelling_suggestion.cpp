#include "plenary/spelling_suggestion.h"

#include <algorithm>
#include <vector>

namespace plenary {

namespace {

constexpr unsigned max_edit_distance = 2;
constexpr std::size_t shortest_word = 4;  // shorter words have too many neighbours

bool has_digit(std::string_view word) {
    return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool known(const Xapian::Database& db, const std::string& stem) {
    return db.term_exists(stem) || db.synonyms_begin(stem) != db.synonyms_end(stem);
}

struct Replacement {
    std::size_t begin;
    std::size_t end;
    std::string word;
};

// The words of a word or phrase node that the index does not know, with their places in the query.
void add_replacements(const QueryNode& node, const Xapian::Database& db, Analyzer& analyzer,
                      std::vector<Replacement>& replacements) {
    std::string_view text = node.text;
    analyzer.analyze(text, [&](const Token& token) {
        std::string_view written = text.substr(token.begin, token.end - token.begin);
        if (has_digit(written) || token.term.size() < shortest_word || known(db, token.stem)) return;
        std::string suggestion = db.get_spelling_suggestion(token.term, max_edit_distance);
        if (suggestion.empty() || !db.term_exists(analyzer.stem(suggestion))) return;
        std::size_t begin = node.text_span.begin + token.begin;
        replacements.push_back({begin, begin + written.size(), suggestion});
    });
}

} // namespace

std::optional<std::string> spelling_suggestion(const QueryTree& query, const Xapian::Database& db, Analyzer& analyzer) {
    std::vector<Replacement> replacements;
    for_each_node(query.root, [&](const QueryNode& node) {
        if (node.kind == QueryNode::Kind::word || node.kind == QueryNode::Kind::phrase) add_replacements(node, db, analyzer, replacements);
    });
    if (replacements.empty()) return std::nullopt;
    std::string corrected = query.text;
    for (auto replacement = replacements.rbegin(); replacement != replacements.rend(); ++replacement) {
        corrected.replace(replacement->begin, replacement->end - replacement->begin, replacement->word);
    }
    return corrected;
}

} // namespace plenary
