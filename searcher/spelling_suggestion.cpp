#include "plenary/spelling_suggestion.h"

#include <algorithm>
#include <vector>

namespace plenary {

namespace {

constexpr unsigned max_edit_distance = 2;
constexpr std::size_t shortest_word = 4;  // shorter words have too many neighbours

bool is_operator(std::string_view word) { return word == "AND" || word == "OR" || word == "NOT" || word == "NEAR"; }

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

} // namespace

std::optional<std::string> spelling_suggestion(std::string_view query, const Xapian::Database& db, Analyzer& analyzer) {
    std::vector<Replacement> replacements;
    analyzer.analyze(query, [&](const Token& token) {
        std::string_view written = query.substr(token.begin, token.end - token.begin);
        bool field_or_wildcard = written.find(':') != std::string_view::npos ||
                                 (token.end < query.size() && (query[token.end] == ':' || query[token.end] == '*'));
        if (field_or_wildcard || is_operator(written) || has_digit(written) || token.term.size() < shortest_word) return;
        if (known(db, token.stem)) return;
        std::string suggestion = db.get_spelling_suggestion(token.term, max_edit_distance);
        if (suggestion.empty() || !db.term_exists(analyzer.stem(suggestion))) return;
        replacements.push_back({token.begin, token.end, suggestion});
    });
    if (replacements.empty()) return std::nullopt;
    std::string corrected(query);
    for (auto replacement = replacements.rbegin(); replacement != replacements.rend(); ++replacement) {
        corrected.replace(replacement->begin, replacement->end - replacement->begin, replacement->word);
    }
    return corrected;
}

} // namespace plenary
