// A Searcher over the bundled corpus, indexed once per test program.
#pragma once

#include "plenary/searcher.h"
#include "test_support.h"

namespace plenary::testing {

inline Searcher& bundled_searcher() {
    static Searcher instance(bundled_index_dir());
    return instance;
}

} // namespace plenary::testing
