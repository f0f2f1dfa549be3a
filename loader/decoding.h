// A source file's bytes as UTF-8 text, whatever their encoding, with the way back to the bytes:
// UTF-8 (with or without a BOM), UTF-16 with a BOM, and legacy 8-bit text (ISO-8859-1,
// windows-1252, ...) found by ICU's charset detector and converted.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plenary::loader {

struct DecodedText {
    std::string text;               // valid UTF-8; control characters other than \t \n \r are spaces
    std::string encoding;           // "UTF-8", "UTF-16LE", "UTF-16BE", "ISO-8859-1", "windows-1252", ...
    bool guessed = false;           // chosen by the charset detector, not stated by a BOM or by valid UTF-8
    bool declared = false;          // the charset the source declares (an HTML page's <meta charset>)
    std::size_t invalid_bytes = 0;  // bytes that did not decode, now spaces
    std::optional<std::size_t> first_invalid;  // the offset in text of the first of them
    std::size_t control_chars = 0;

    // The source byte offset of text[text_offset] (text.size() maps to the source's size).
    std::uint64_t source_offset(std::size_t text_offset) const;

    // Empty when text offsets are source offsets (UTF-8 sources); else one entry per byte of
    // text plus one for its end.
    std::vector<std::uint64_t> source_offsets;
};

// Decodes bytes. A BOM, then valid UTF-8 (or UTF-8 with a few stray invalid bytes), win over
// declared_charset (a label the source gives for itself); bytes that are invalid in the
// charset it declares are read as if it declared none. Throws LoadError (plenary/communique.h) for binary data.
DecodedText decode_text(std::string_view bytes, std::string_view declared_charset = {});

} // namespace plenary::loader
