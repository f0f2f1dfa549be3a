// The bundled corpus indexed once per test program through the indexer library (unit tests
// do not run the tools), and a Searcher over it.
#pragma once

#include "plenary/indexer.h"
#include "plenary/formula_trace.h"
#include "plenary/searcher.h"
#include "test_support.h"

namespace plenary::testing {

// The bundled corpus indexed with the default options.
inline const TempDir& bundled_index() {
    static TempDir index;
    static const bool built = [] {
        IndexOptions options;
        options.index_dir = index.path();
        update_index({corpus_dir}, options);
        return true;
    }();
    (void)built;
    return index;
}

inline Searcher& bundled_searcher() {
    static Searcher instance(bundled_index().path());
    return instance;
}

// The same without WordNet's synonyms (plenary-trace's ranking): a word matches only the
// forms the index's vocabulary gives it.
inline Searcher& wording_searcher() {
    static Searcher instance(bundled_index().path(), wording_ranking());
    return instance;
}

// Every hit of a query (up to 1000: more than the bundled corpus has passages).
inline SearchResults search_all(Searcher& searcher, const std::string& query) {
    SearchOptions options;
    options.limit = 1000;
    return searcher.search(query, options);
}

} // namespace plenary::testing
