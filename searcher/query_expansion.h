// The forms a stretch of query words may take in the text, from the index's own
// vocabulary: the synonym table the indexer wrote (acronyms and expansions, British
// and American spellings; see plenary/vocabulary.h), and compounds by rule: two
// words also match their joined form (non proliferation -> nonproliferation) and a
// word also matches its two halves as a phrase (nonproliferation -> non proliferation,
// as "non-proliferation" is indexed) where the index holds those terms.
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

#include "plenary/analyzer.h"

namespace plenary {

class QueryExpander {
public:
    // Reads the index's synonym table once.
    QueryExpander(const Xapian::Database& db, Analyzer& analyzer);

    // The stem sequences the tokens may take, theirs first, without duplicates; at
    // most max_variants.
    std::vector<std::vector<std::string>> variants(const std::vector<Token>& tokens) const;

    // How many tokens from first on form a synonym key of two or more words (the
    // longest such key), or 0.
    std::size_t multiword_key_length(const std::vector<Token>& tokens, std::size_t first) const;

    static constexpr std::size_t max_variants = 64;

private:
    using Alternatives = std::vector<std::vector<std::string>>;

    // The synonyms of tokens [first, first + length), numbers put in place.
    const std::vector<std::string>* synonyms(const std::vector<Token>& tokens, std::size_t first, std::size_t length,
                                             std::string* number) const;
    Alternatives segment(const std::vector<Token>& tokens, std::size_t first, std::size_t& length) const;
    std::string joined_stem(const Token& left, const Token& right) const;
    bool has_term(const std::string& term) const;
    void add_halves(const Token& token, Alternatives& into) const;

    // A handle on the searcher's database: reopening it when an indexer's commits
    // overtook our revision reopens the searcher's too.
    mutable Xapian::Database db_;
    Analyzer& analyzer_;
    std::map<std::string, std::vector<std::string>> synonyms_;
    std::size_t longest_key_ = 0;  // in words
};

} // namespace plenary
