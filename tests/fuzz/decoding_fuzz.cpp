// libFuzzer target: any bytes decoded. decode_text either refuses them with LoadError or gives
// valid UTF-8 whose every byte maps back to a source byte, in order.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <unicode/utf8.h>

#include "decoding.h"
#include "plenary/communique.h"

namespace {

bool valid_utf8(std::string_view text) {
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<std::int32_t>(text.size());
    for (std::int32_t at = 0; at < length;) {
        UChar32 c;
        U8_NEXT(bytes, at, length, c);
        if (c < 0) return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        const plenary::loader::DecodedText decoded = plenary::loader::decode_text(bytes);
        if (!valid_utf8(decoded.text)) std::abort();
        if (!decoded.source_offsets.empty() && decoded.source_offsets.size() != decoded.text.size() + 1) std::abort();
        std::uint64_t previous = 0;
        for (std::size_t at = 0; at <= decoded.text.size(); ++at) {
            const std::uint64_t source = decoded.source_offset(at);
            if (source < previous || source > size) std::abort();
            previous = source;
        }
    } catch (const plenary::LoadError&) {
    }
    return 0;
}
