// libFuzzer target: any bytes through the analyzer. Every token's offsets lie inside
// the input, in order, and positions increase.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "plenary/analyzer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static plenary::Analyzer analyzer;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    std::uint32_t last_end = 0;
    std::int64_t last_position = -1;
    analyzer.analyze(text, [&](const plenary::Token& token) {
        if (token.begin >= token.end || token.end > size || token.begin < last_end) std::abort();
        if (static_cast<std::int64_t>(token.position) <= last_position || token.term.empty()) std::abort();
        last_end = token.end;
        last_position = token.position;
    });
    return 0;
}
