// The forms a stretch of query words may take in the text, from the index's own
// vocabulary: the synonym table the indexer wrote (acronyms and expansions, British
// and American spellings, related concepts, terms the text defines; see
// plenary/vocabulary.h), and compounds by rule: two words also match their joined form
// (non proliferation -> nonproliferation) and a word also matches its two halves as a
// phrase (nonproliferation -> non proliferation, as "non-proliferation" is indexed)
// where the index holds those terms. Each form weighs what the options give its kind.
#pragma once

#include <xapian.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "plenary/analyzer.h"
#include "plenary/query_options.h"

namespace plenary {

// A form of a stretch of query words, and what it weighs against the words as written (1).
struct Variant {
    std::vector<std::string> stems;
    double weight = 1;
    bool related = false;  // a related concept (concepts.txt, thesaurus.txt), not the same thing

    bool operator==(const Variant&) const = default;
};

class QueryExpander {
public:
    // Reads the index's synonym table as the queries need it, a key at a time, keeping the
    // kinds of forms the options weigh above 0 (synonym_weight, concept_weight, mined_vocabulary).
    QueryExpander(const Xapian::Database& db, Analyzer& analyzer, const QueryParserOptions& options);

    // The forms the tokens may take, theirs first, without duplicates; at most max_variants, and
    // for a lone word (a plain word of the query, not quoted) its WordNet synonyms after them.
    // Quotes ask for the wording: a quoted phrase (wording) takes the equivalent forms only, not
    // related concepts.
    std::vector<Variant> variants(const std::vector<Token>& tokens, bool lone_word = false, bool wording = false) const;

    // Whether the token is an acronym that is also a function word (US, IT, WHO), written in
    // capitals: then it is not a function word, and it expands.
    bool names_acronym(const Token& token) const;

    // How many tokens from first on form a synonym key of two or more words (the
    // longest such key), or 0.
    std::size_t multiword_key_length(const std::vector<Token>& tokens, std::size_t first) const;

    // The index's words starting with prefix, the `limit` most frequent of them if there are more,
    // as one OP_SYNONYM: what OP_WILDCARD matches in one database, expanded here once for the
    // whole index, because each shard of a sharded index would expand OP_WILDCARD against its
    // own words and rank differently from one database.
    Xapian::Query words_starting_with(const std::string& prefix, Xapian::termcount limit) const;

    static constexpr std::size_t max_variants = 64;

private:
    using Alternatives = std::vector<Variant>;

    // The synonyms of tokens [first, first + length) (numbers still as number_slot).
    const Alternatives* synonyms(const std::vector<Token>& tokens, std::size_t first, std::size_t length,
                                 std::string* number) const;
    // The key's alternatives (read once, then remembered), or null when it has none.
    const Alternatives* alternatives_of(const std::string& key) const;
    Alternatives read_synonyms(const std::string& key) const;
    std::size_t longest_key() const;
    Alternatives segment(const std::vector<Token>& tokens, std::size_t first, std::size_t& length, bool wording) const;
    // The forms of one word: itself, its synonyms, its two halves.
    Alternatives word_forms(const std::vector<Token>& tokens, std::size_t word, bool wording) const;
    // The forms of a stretch of words taken one word at a time, the words as written first.
    Alternatives word_by_word(const std::vector<Token>& tokens, std::size_t first, std::size_t length, bool wording) const;
    // Appends found's forms (numbers in place of number_slot) that into lacks, but a related
    // concept where the wording is asked for.
    void add_synonyms(const Alternatives* found, const std::string& number, bool wording, Alternatives& into) const;
    std::string joined_stem(const Token& left, const Token& right) const;
    bool has_term(const std::string& term) const;
    void add_halves(const Token& token, Alternatives& into) const;
    void add_wordnet_synonyms(const Token& token, Alternatives& into) const;

    // A handle on the searcher's database: reopening it when an indexer's commits
    // overtook our revision reopens the searcher's too.
    mutable Xapian::Database db_;
    Analyzer& analyzer_;
    QueryParserOptions options_;
    // Read lazily: a one-word query never needs the whole table, and a process runs one query.
    mutable std::map<std::string, Alternatives> synonyms_;  // keys read so far; empty: none
    mutable std::optional<std::size_t> longest_key_;          // in words, over every key
};

} // namespace plenary
