#include "plenary/spelling_suggestion.h"

#include <algorithm>
#include <vector>

#include "function_words.h"
#include "plenary/index_schema.h"
#include "plenary/strings.h"

namespace plenary {

namespace {

constexpr std::size_t shortest_word = 4;           // shorter words have too many neighbours
constexpr std::size_t longest_one_edit_word = 7;   // "missle": one edit; "proliferaton": two
constexpr Xapian::termcount least_frequency = 2;   // a word the index holds once is no correction

unsigned edits_allowed(std::size_t length) { return length <= longest_one_edit_word ? 1 : 2; }

bool has_digit(std::string_view word) {
    return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool known(const Xapian::Database& db, const std::string& stem) {
    return db.term_exists(stem) || db.synonyms_begin(stem) != db.synonyms_end(stem);
}

// How often the passages hold the word (its count in Xapian's spelling data).
Xapian::termcount spelling_frequency(const Xapian::Database& db, const std::string& word) {
    Xapian::TermIterator spellings = db.spellings_begin();
    spellings.skip_to(word);
    return spellings != db.spellings_end() && *spellings == word ? spellings.get_termfreq() : 0;
}

struct Replacement {
    std::size_t begin;
    std::size_t end;
    std::string text;
};

// NEAR written in lower case ("Iran near DPRK", "near/3") is a word the user meant, not a typo of
// "year"; the other operators are shorter than any word corrected.
bool names_operator(std::string_view term) { return term == "near"; }

// The indexed word a query word was probably meant to be, or "": never a function word
// ("care" is not "are").
std::string corrected_word(const Token& token, const Xapian::Database& db, Analyzer& analyzer) {
    if (token.term.size() < shortest_word || is_function_word(token.term) || names_operator(token.term) || known(db, token.stem))
        return {};
    std::string suggestion = db.get_spelling_suggestion(token.term, edits_allowed(token.term.size()));
    if (suggestion.empty() || is_function_word(suggestion) || spelling_frequency(db, suggestion) < least_frequency) return {};
    return db.term_exists(analyzer.stem(suggestion)) ? suggestion : std::string();
}

// The words of a word or phrase node that the index does not know, with their places in the query.
void add_word_replacements(const QueryNode& node, const Xapian::Database& db, Analyzer& analyzer,
                           std::vector<Replacement>& replacements) {
    std::string_view text = node.text;
    analyzer.analyze(text, [&](const Token& token) {
        std::string_view written = text.substr(token.begin, token.end - token.begin);
        if (has_digit(written)) return;
        std::string suggestion = corrected_word(token, db, analyzer);
        std::size_t begin = node.text_span.begin + token.begin;
        if (!suggestion.empty()) replacements.push_back({begin, begin + written.size(), suggestion});
    });
}

// The nearest city of the index (its words, folded) to a city: value that names none.
std::string corrected_city(const std::string& city, const Xapian::Database& db) {
    std::string prefix(schema::city_prefix);
    if (city.empty() || db.term_exists(schema::city_term(city))) return {};
    std::string best;
    std::size_t best_distance = edits_allowed(city.size()) + 1;
    for (auto term = db.allterms_begin(prefix); term != db.allterms_end(prefix); ++term) {
        std::string candidate = (*term).substr(prefix.size());
        std::replace(candidate.begin(), candidate.end(), '-', ' ');
        std::size_t distance = edit_distance(city, candidate);
        if (distance < best_distance) {
            best = candidate;
            best_distance = distance;
        }
    }
    return best;
}

// A city: value is corrected against the index's cities only, never against its words.
void add_city_replacement(const QueryNode& node, const Xapian::Database& db, Analyzer& analyzer,
                          std::vector<Replacement>& replacements) {
    std::string city;
    analyzer.analyze(node.text, [&](const Token& token) { city += (city.empty() ? "" : " ") + token.term; });
    std::string suggestion = corrected_city(city, db);
    if (suggestion.empty()) return;
    bool quoted = node.text_span.end < node.span.end;
    if (!quoted && suggestion.find(' ') != std::string::npos) suggestion = '"' + suggestion + '"';
    replacements.push_back({node.text_span.begin, node.text_span.end, suggestion});
}

} // namespace

std::optional<std::string> spelling_suggestion(const QueryTree& query, const Xapian::Database& db, Analyzer& analyzer) {
    std::vector<Replacement> replacements;
    for_each_node(query.root, [&](const QueryNode& node) {
        if (node.kind == QueryNode::Kind::word || node.kind == QueryNode::Kind::phrase) {
            add_word_replacements(node, db, analyzer, replacements);
        } else if (node.kind == QueryNode::Kind::field && node.field == QueryField::city) {
            add_city_replacement(node, db, analyzer, replacements);
        }
    });
    if (replacements.empty()) return std::nullopt;
    std::string corrected = query.text;
    for (auto replacement = replacements.rbegin(); replacement != replacements.rend(); ++replacement) {
        corrected.replace(replacement->begin, replacement->end - replacement->begin, replacement->text);
    }
    return corrected;
}

} // namespace plenary
