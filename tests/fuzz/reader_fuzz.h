// The format readers' fuzz targets: any bytes, made valid UTF-8 as the loader's decoding makes
// them, go to a reader, which either refuses them with LoadError or gives a Document whose
// blocks have trimmed, collapsed text, spans and anchors that lie in the text and rise, a
// position, and a reason where they are headings or chrome.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "document.h"
#include "formats/readers.h"
#include "plenary/communique.h"
#include "utf8_text.h"

namespace plenary::fuzz {

inline void check_document(const loader::Document& document, std::string_view text) {
    bool has_body = false;
    for (const loader::DocumentBlock& block : document.blocks) {
        const std::string_view words = block.text;
        if (words.empty() || words.front() == ' ' || words.back() == ' ' || words.find("  ") != words.npos) std::abort();
        if (block.role != loader::BlockRole::body && block.reason.empty()) std::abort();
        if (block.reason.find('\n') != std::string_view::npos) std::abort();
        has_body = has_body || block.role == loader::BlockRole::body;
        if (!block.span || block.span->start >= block.span->end || block.span->end > text.size()) std::abort();
        if (block.position.line == 0 || block.position.column == 0) std::abort();
        for (std::size_t i = 0; i < block.anchors.size(); ++i) {
            const loader::OffsetAnchor& anchor = block.anchors[i];
            if (anchor.text_offset > words.size() || anchor.source_offset > text.size()) std::abort();
            if (anchor.source_offset < block.span->start || anchor.source_offset > block.span->end) std::abort();
            if (i > 0 && (anchor.text_offset <= block.anchors[i - 1].text_offset ||
                          anchor.source_offset <= block.anchors[i - 1].source_offset))
                std::abort();
        }
    }
    if (!has_body) std::abort();
}

template <typename Reader>
int fuzz_reader(const std::uint8_t* data, std::size_t size, Reader read) {
    loader::DecodedText text;
    text.text = loader::clean_utf8(std::string_view(reinterpret_cast<const char*>(data), size)).bytes;
    text.encoding = "UTF-8";
    try {
        check_document(read(text), text.text);
    } catch (const LoadError&) {
    }
    return 0;
}

} // namespace plenary::fuzz
