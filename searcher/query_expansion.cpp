#include "query_expansion.h"

#include <algorithm>

#include "plenary/database.h"
#include "plenary/index_schema.h"
#include "plenary/strings.h"
#include "plenary/vocabulary.h"
#include "wordnet_synonyms.h"

namespace plenary {

namespace {

constexpr std::size_t shortest_first_half = 2;   // "co" of co-operation
// Not "al" of national: a two-letter ending is a suffix, though the index may hold it as a word
// ("al" of "et al."), and the phrase it made was checked in every passage with both halves.
constexpr std::size_t shortest_second_half = 3;

bool is_number(std::string_view term) {
    return !term.empty() && std::all_of(term.begin(), term.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_ascii_word(std::string_view term) {
    return std::all_of(term.begin(), term.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

std::vector<std::string> words_of(const std::string& key) {
    std::vector<std::string> words;
    std::size_t start = 0;
    for (std::size_t space = key.find(' '); space != std::string::npos; space = key.find(' ', start)) {
        words.push_back(key.substr(start, space - start));
        start = space + 1;
    }
    words.push_back(key.substr(start));
    return words;
}

// Each of the forms so far followed by each alternative of the next stretch, their weights
// multiplied, each once; at most max_variants.
std::vector<Variant> followed_by(const std::vector<Variant>& forms, const std::vector<Variant>& alternatives,
                                 std::size_t max_variants) {
    std::vector<Variant> longer;
    for (const auto& form : forms) {
        for (const auto& alternative : alternatives) {
            if (longer.size() == max_variants) return longer;
            Variant extended = form;
            extended.stems.insert(extended.stems.end(), alternative.stems.begin(), alternative.stems.end());
            extended.weight *= alternative.weight;
            auto same = std::find_if(longer.begin(), longer.end(), [&](const Variant& v) { return v.stems == extended.stems; });
            if (same == longer.end()) longer.push_back(std::move(extended));
        }
    }
    return longer;
}

std::vector<std::string> stems_of(const std::vector<Token>& tokens, std::size_t first, std::size_t length) {
    std::vector<std::string> stems;
    for (std::size_t i = first; i < first + length; ++i) stems.push_back(tokens[i].stem);
    return stems;
}

} // namespace

QueryExpander::QueryExpander(const Xapian::Database& db, Analyzer& analyzer, const QueryParserOptions& options)
    : db_(db), analyzer_(analyzer), options_(options) {}

// The key's forms that weigh something, each once at its highest weight.
QueryExpander::Alternatives QueryExpander::read_synonyms(const std::string& key) const {
    Alternatives alternatives;
    for (auto synonym = db_.synonyms_begin(key); synonym != db_.synonyms_end(key); ++synonym) {
        std::string form = *synonym;
        const bool related = form.front() == schema::related_synonym_mark;
        double weight = options_.synonym_weight;
        if (related) weight = options_.concept_weight;
        if (form.front() == schema::defined_synonym_mark && !options_.mined_vocabulary) weight = 0;
        if (related || form.front() == schema::defined_synonym_mark) form.erase(0, 1);
        if (weight <= 0) continue;
        auto same = std::find_if(alternatives.begin(), alternatives.end(), [&](const Variant& v) { return synonym_key(v.stems) == form; });
        if (same == alternatives.end()) {
            alternatives.push_back({words_of(form), weight, related});
        } else if (weight > same->weight) {
            same->weight = weight;
            same->related = related;
        }
    }
    return alternatives;
}

const QueryExpander::Alternatives* QueryExpander::alternatives_of(const std::string& key) const {
    auto known = synonyms_.find(key);
    if (known == synonyms_.end()) {
        known = synonyms_.emplace(key, read_latest(db_, [&] { return read_synonyms(key); })).first;
    }
    return known->second.empty() ? nullptr : &known->second;
}

std::size_t QueryExpander::longest_key() const {
    if (!longest_key_) {
        longest_key_ = read_latest(db_, [&] {
            std::size_t longest = 0;
            for (auto key = db_.synonym_keys_begin(); key != db_.synonym_keys_end(); ++key) {
                longest = std::max(longest, words_of(*key).size());
            }
            return longest;
        });
    }
    return *longest_key_;
}

bool QueryExpander::names_acronym(const Token& token) const {
    return token.capitals && alternatives_of(uppercase_ascii(token.stem)) != nullptr;
}

const QueryExpander::Alternatives* QueryExpander::synonyms(const std::vector<Token>& tokens, std::size_t first,
                                                           std::size_t length, std::string* number) const {
    if (length == 1 && names_acronym(tokens[first])) return alternatives_of(uppercase_ascii(tokens[first].stem));
    auto stems = stems_of(tokens, first, length);
    if (const Alternatives* found = alternatives_of(synonym_key(stems))) return found;
    auto numbers = std::count_if(stems.begin(), stems.end(), [](const std::string& stem) { return is_number(stem); });
    if (numbers != 1) return nullptr;
    for (auto& stem : stems) {
        if (is_number(stem)) {
            *number = stem;
            stem = number_slot;
        }
    }
    return alternatives_of(synonym_key(stems));
}

std::size_t QueryExpander::multiword_key_length(const std::vector<Token>& tokens, std::size_t first) const {
    std::string number;
    if (tokens.size() - first < 2) return 0;
    for (std::size_t length = std::min(longest_key(), tokens.size() - first); length >= 2; --length) {
        if (synonyms(tokens, first, length, &number)) return length;
    }
    return 0;
}

bool QueryExpander::has_term(const std::string& term) const {
    return read_latest(db_, [&] { return db_.term_exists(term); });
}

std::string QueryExpander::joined_stem(const Token& left, const Token& right) const {
    if (is_number(left.term) || is_number(right.term)) return {};
    std::string joined = analyzer_.stem(left.term + right.term);
    return has_term(joined) ? joined : std::string();
}

void QueryExpander::add_halves(const Token& token, Alternatives& into) const {
    const std::string& term = token.term;
    if (term.size() < shortest_first_half + shortest_second_half || !is_ascii_word(term)) return;
    for (std::size_t cut = shortest_first_half; cut + shortest_second_half <= term.size(); ++cut) {
        std::string left = term.substr(0, cut);
        std::string right = term.substr(cut);
        if (Analyzer::is_stopword(left) || Analyzer::is_stopword(right)) continue;
        std::string left_stem = analyzer_.stem(left);
        std::string right_stem = analyzer_.stem(right);
        if (has_term(left_stem) && has_term(right_stem)) into.push_back({{left_stem, right_stem}, options_.synonym_weight});
    }
}

// A lone word's synonyms in the language, as the index's stems, where the index holds them and no
// other form has them. One-word synonyms only, and no function word ("costs": "be"): a synonym of
// several words is a phrase, checked in every passage holding its words, which made free text of
// common words several times slower ("reduce taxes for working families": "bring down", "cut
// back", "work on", ...).
void QueryExpander::add_wordnet_synonyms(const Token& token, Alternatives& into) const {
    if (options_.wordnet_weight <= 0 || !is_ascii_word(token.term) || Analyzer::is_stopword(token.term)) return;
    for (const auto& synonym : wordnet_synonyms(token.term)) {
        auto words = analyzer_.tokens(synonym);
        if (words.size() != 1 || Analyzer::is_stopword(words.front().term) || !has_term(words.front().stem)) continue;
        std::vector<std::string> stems{words.front().stem};
        if (std::any_of(into.begin(), into.end(), [&](const Variant& v) { return v.stems == stems; })) continue;
        into.push_back({std::move(stems), options_.wordnet_weight});
    }
}

void QueryExpander::add_synonyms(const Alternatives* found, const std::string& number, bool wording,
                                 Alternatives& into) const {
    if (!found) return;
    for (auto synonym : *found) {
        if (wording && synonym.related) continue;
        std::replace(synonym.stems.begin(), synonym.stems.end(), std::string(number_slot), number);
        if (std::none_of(into.begin(), into.end(), [&](const Variant& v) { return v.stems == synonym.stems; }))
            into.push_back(std::move(synonym));
    }
}

QueryExpander::Alternatives QueryExpander::word_forms(const std::vector<Token>& tokens, std::size_t word, bool wording) const {
    std::string number;
    Alternatives forms{{stems_of(tokens, word, 1)}};
    add_synonyms(synonyms(tokens, word, 1, &number), number, wording, forms);
    add_halves(tokens[word], forms);
    return forms;
}

// A key of several words takes the place of its words, and with them of their own forms: "missile
// programmes" (a related concept) would not find "missile programs" (programme = program).
QueryExpander::Alternatives QueryExpander::word_by_word(const std::vector<Token>& tokens, std::size_t first,
                                                        std::size_t length, bool wording) const {
    Alternatives combined{{}};
    for (std::size_t word = first; word < first + length; ++word) {
        combined = followed_by(combined, word_forms(tokens, word, wording), max_variants);
    }
    return combined;
}

// The alternatives for the stretch of tokens starting at first, the tokens' own
// stems first; length says how many tokens the stretch covers.
QueryExpander::Alternatives QueryExpander::segment(const std::vector<Token>& tokens, std::size_t first,
                                                   std::size_t& length, bool wording) const {
    length = multiword_key_length(tokens, first);
    if (length) {
        std::string number;
        const Alternatives* found = synonyms(tokens, first, length, &number);
        Alternatives alternatives = word_by_word(tokens, first, length, wording);
        add_synonyms(found, number, wording, alternatives);
        return alternatives;
    }
    if (first + 1 < tokens.size()) {
        std::string joined = joined_stem(tokens[first], tokens[first + 1]);
        if (!joined.empty()) {
            length = 2;
            return {{stems_of(tokens, first, 2)}, {{joined}, options_.synonym_weight}};
        }
    }
    length = 1;
    return word_forms(tokens, first, wording);
}

Xapian::Query QueryExpander::words_starting_with(const std::string& prefix, Xapian::termcount limit) const {
    std::vector<std::pair<Xapian::doccount, std::string>> words;
    read_latest(db_, [&] {
        words.clear();
        for (auto word = db_.allterms_begin(prefix); word != db_.allterms_end(prefix); ++word) {
            words.emplace_back(word.get_termfreq(), *word);
        }
        return words.size();
    });
    if (words.size() > limit) {
        std::nth_element(words.begin(), words.begin() + limit, words.end(),
                         [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
        words.resize(limit);
        std::sort(words.begin(), words.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    }
    std::vector<Xapian::Query> terms;
    for (const auto& word : words) terms.emplace_back(word.second);
    return Xapian::Query(Xapian::Query::OP_SYNONYM, terms.begin(), terms.end());
}

std::vector<Variant> QueryExpander::variants(const std::vector<Token>& tokens, bool lone_word, bool wording) const {
    std::vector<Variant> variants{{}};
    for (std::size_t first = 0, length = 0; first < tokens.size(); first += length) {
        variants = followed_by(variants, segment(tokens, first, length, wording), max_variants);
    }
    if (lone_word && tokens.size() == 1) add_wordnet_synonyms(tokens.front(), variants);
    return variants;
}

} // namespace plenary
