// The built-in tag rules (indexer/tag_rules.conf), loaded once per test program.
#pragma once

#include "plenary/passage_tagger.h"

namespace plenary::testing {

inline const PassageTagger& builtin_tagger() {
    static const PassageTagger tagger = [] {
        Analyzer analyzer;
        return load_tag_rules({}, analyzer);
    }();
    return tagger;
}

} // namespace plenary::testing
