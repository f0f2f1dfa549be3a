// libFuzzer target: any bytes as a topics file (TSV or TREC); a malformed one
// throws TopicError, a good one gives topics with ids and queries.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "plenary/topics.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        for (const auto& topic : plenary::parse_topics(text, "fuzz.topics")) {
            if (topic.id.empty() || topic.query.empty() || topic.line == 0) std::abort();
        }
    } catch (const plenary::TopicError&) {
    }
    return 0;
}
