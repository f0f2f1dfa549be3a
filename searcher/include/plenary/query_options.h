// How a parsed query is turned into a Xapian query: match mode, weights and windows.
#pragma once

#include <xapian.h>

#include <cstddef>

namespace plenary {

// How words that are not joined by an operator combine.
enum class MatchMode {
    best,  // any word is enough; passages with all the words rank first, the others by
           // their words' weights plus coordination_weight for each word they match
    any,   // a passage needs one of the words and ranks by their weights (plain BM25 OR)
    all,   // every word must match
};

struct QueryParserOptions {
    double field_weight = 0.5;       // weight of title/city/country words against body words
    Xapian::termcount near_window = 10;
    MatchMode match = MatchMode::best;
    // What each query word a passage matches adds to its score in MatchMode::best, so that
    // of two passages with the same words' weights the one with more of the words ranks higher.
    double coordination_weight = 1.0;
    // Free-text words that appear in the passage as in the query (in order, allowing
    // the function words between them) or within proximity_window words of each
    // other add these multiples of their weights; 0 turns the evidence off.
    double phrase_boost = 0.1;
    double proximity_boost = 0.05;
    Xapian::termcount proximity_window = 8;
    // Weight of a word's equivalent forms from the vocabulary (acronyms, spellings,
    // compounds) against the form written.
    double synonym_weight = 1.0;
    // Weight of a word's related concepts (the vocabulary's "~" groups) against the form written;
    // 0 leaves them out.
    double concept_weight = 0.25;
    // Weight of a word's synonyms from WordNet (see wordnet_synonyms.h) that the index holds,
    // against the form written, as for related concepts; 0 leaves them out.
    double wordnet_weight = 0.25;
    bool vocabulary = true;          // false: words match only as written, without the index's synonyms
    bool mined_vocabulary = true;    // false: leave out the equivalences mined from the indexed text
    // A word naming a communiqué's city or year counts in each of its passages through the
    // communiqué's fields, not again where the passage's text repeats it; false: it counts
    // wherever written, so the opening paragraph that names the city ranks above the subject.
    bool communique_context = true;
    bool question_words = true;      // false: "say", "tell"... count as content words
};

// Pseudo-relevance feedback (see feedback.h): the words that set the first `passages` hits
// apart, at most `words` of them, added at `weight` times their expansion weights (the
// heaviest 1). Off by default: it did not win on the collection it was not tuned on.
struct FeedbackOptions {
    std::size_t passages = 0;  // 0: off
    std::size_t words = 10;
    double weight = 0.25;
};

} // namespace plenary
