// libFuzzer target: any text read as plain text. Every block's span and anchors lie inside the
// decoded text, in order, and every passage's bytes, line and column lie inside the input.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "decoding.h"
#include "formats/readers.h"
#include "plenary/communique.h"

namespace {

void check_blocks(const plenary::loader::Document& document, std::size_t text_size) {
    for (const plenary::loader::DocumentBlock& block : document.blocks) {
        if (!block.span || block.span->start > block.span->end || block.span->end > text_size) std::abort();
        std::uint64_t previous = 0;
        for (const plenary::loader::OffsetAnchor& anchor : block.anchors) {
            if (anchor.text_offset > block.text.size() || anchor.source_offset < previous || anchor.source_offset > text_size)
                std::abort();
            previous = anchor.source_offset;
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        const plenary::loader::DecodedText decoded = plenary::loader::decode_text(bytes);
        check_blocks(plenary::loader::read_plain_text(decoded), decoded.text.size());
        const plenary::Communique communique = plenary::parse_communique(bytes, "/fuzz/input.txt");
        for (const plenary::Passage& passage : communique.passages) {
            if (!passage.start || !passage.end || *passage.start >= *passage.end || *passage.end > size) std::abort();
            if (passage.line == 0 || passage.column == 0 || passage.text.empty()) std::abort();
        }
    } catch (const plenary::LoadError&) {
    }
    return 0;
}
