// A Searcher over the bundled corpus, indexed once per test program through the indexer
// library (unit tests do not run the tools).
#pragma once

#include "plenary/indexer.h"
#include "plenary/searcher.h"
#include "test_support.h"

namespace plenary::testing {

inline Searcher& bundled_searcher() {
    static TempDir index;
    static Searcher instance = [] {
        IndexOptions options;
        options.index_dir = index.path();
        update_index({corpus_dir}, options);
        return Searcher(index.path());
    }();
    return instance;
}

// Every hit of a query (up to 1000: more than the bundled corpus has passages).
inline SearchResults search_all(Searcher& searcher, const std::string& query) {
    SearchOptions options;
    options.limit = 1000;
    return searcher.search(query, options);
}

} // namespace plenary::testing
