// The topics of the project's two test collections, bench/collection and its blind one.
#pragma once

#include <vector>

#include "plenary/topics.h"
#include "test_support.h"

namespace plenary::testing {

// The first collection's topics, then the blind collection's.
inline std::vector<Topic> every_topic() {
    auto topics = read_topics(source_dir / "bench" / "collection" / "topics.tsv");
    auto blind = read_topics(source_dir / "bench" / "collection" / "blind" / "topics.tsv");
    topics.insert(topics.end(), blind.begin(), blind.end());
    return topics;
}

} // namespace plenary::testing
