// How a parsed query is turned into a Xapian query: match mode, weights and windows.
#pragma once

#include <xapian.h>

namespace plenary {

// How words that are not joined by an operator combine.
enum class MatchMode {
    all,  // every word must match (the default: interactive queries narrow as words are added)
    any,  // a passage needs one of the words, and ranks higher the more it has ("+word" still must match)
};

struct QueryParserOptions {
    double field_weight = 0.5;       // weight of title/city/country words against body words
    Xapian::termcount near_window = 10;
    MatchMode match = MatchMode::all;
    // Free-text words that appear in the passage as in the query (in order, allowing
    // the function words between them) or within proximity_window words of each
    // other add these multiples of their weights; 0 turns the evidence off.
    double phrase_boost = 0.1;
    double proximity_boost = 0.05;
    Xapian::termcount proximity_window = 8;
    // Weight of a word's equivalent forms from the vocabulary (acronyms, spellings,
    // compounds) against the form written.
    double synonym_weight = 1.0;
};

} // namespace plenary
