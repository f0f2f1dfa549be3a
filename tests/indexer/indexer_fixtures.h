// What the indexer's unit tests share: a communiqué written by hand and rules to index it with.
#pragma once

#include "indexing_rules.h"
#include "plenary/communique.h"

namespace plenary::testing {

// Two passages of a plenary in Buenos Aires; the first is about brokering.
inline Communique sample_communique() {
    Communique communique;
    communique.id = "2011-buenos-aires";
    communique.file = "/corpus/2011-buenos-aires.txt";
    communique.metadata.title = "Plenary Meeting";
    communique.metadata.year = 2011;
    communique.metadata.plenary = 25;
    communique.metadata.city = "Buenos Aires";
    communique.metadata.country = "Argentina";
    communique.format = "text";
    communique.passages = {{1, 0, 42, 1, 1, 0, "The Partners discussed brokering controls."},
                           {2, 44, 80, 2, 1, 0, "They welcomed the DPRK delegation."}};
    return communique;
}

// A vocabulary of one group and a tag "dealers" for passages about brokering (no tags: empty rules).
inline IndexingRules sample_rules(const std::string& tag_rules = "[dealers]\nthreshold 1\n1 brokering\n") {
    Analyzer analyzer;
    return {Vocabulary{{{{"dprk", "north korea"}}}}, PassageTagger(tag_rules, "rules.conf", analyzer), "built-in", "rules.conf"};
}

} // namespace plenary::testing
