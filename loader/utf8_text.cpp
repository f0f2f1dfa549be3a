#include "utf8_text.h"

#include <algorithm>
#include <cstdint>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace plenary::loader {
namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Length of the valid UTF-8 sequence starting at text[at], or 0 if it is invalid
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
std::size_t valid_sequence_length(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char second_min = 0x80, second_max = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) second_min = 0xA0;
        if (lead == 0xED) second_max = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) second_min = 0x90;
        if (lead == 0xF4) second_max = 0x8F;
    } else {
        return 0;
    }
    if (at + length > text.size()) return 0;
    if (byte(at + 1) < second_min || byte(at + 1) > second_max) return 0;
    for (std::size_t i = 2; i < length; ++i)
        if (!is_continuation(byte(at + i))) return 0;
    return length;
}

bool is_c0_control(unsigned char byte) {
    return (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7F;
}

bool is_c1_control(std::string_view text, std::size_t at) {
    return static_cast<unsigned char>(text[at]) == 0xC2 &&
           static_cast<unsigned char>(text[at + 1]) <= 0x9F;
}

UChar32 first_code_point(std::string_view text) {
    if (text.empty()) return U_SENTINEL;
    std::int32_t offset = 0;
    UChar32 c;
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), offset,
            static_cast<std::int32_t>(std::min<std::size_t>(text.size(), 4)), c);
    return c;
}

} // namespace

CleanText clean_utf8(std::string_view raw) {
    CleanText clean;
    clean.bytes.assign(raw);
    std::string& out = clean.bytes;
    std::size_t at = 0;
    while (at < out.size()) {
        const std::size_t length = valid_sequence_length(out, at);
        if (length == 0) {
            out[at] = ' ';
            if (clean.invalid_bytes++ == 0) clean.first_invalid = at;
            ++at;
            continue;
        }
        if (length == 1 && is_c0_control(static_cast<unsigned char>(out[at]))) {
            out[at] = ' ';
            ++clean.control_chars;
        } else if (length == 2 && is_c1_control(out, at)) {
            out[at] = out[at + 1] = ' ';
            ++clean.control_chars;
        }
        at += length;
    }
    return clean;
}

std::size_t whitespace_length_at(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) {
        return i < text.size() ? static_cast<unsigned char>(text[i]) : 0;
    };
    const unsigned char lead = byte(at);
    if (lead == ' ' || (lead >= '\t' && lead <= '\r')) return 1;
    if (lead == 0xC2 && byte(at + 1) == 0xA0) return 2;  // no-break space
    if (lead == 0xE2 && byte(at + 1) == 0x80) {
        const unsigned char third = byte(at + 2);
        // en quad .. hair space, line and paragraph separators, narrow no-break space
        if ((third >= 0x80 && third <= 0x8A) || third == 0xA8 || third == 0xA9 || third == 0xAF) return 3;
    }
    if (lead == 0xE2 && byte(at + 1) == 0x81 && byte(at + 2) == 0x9F) return 3;  // math space
    if (lead == 0xE3 && byte(at + 1) == 0x80 && byte(at + 2) == 0x80) return 3;  // ideographic space
    if (lead == 0xEF && byte(at + 1) == 0xBB && byte(at + 2) == 0xBF) return 3;  // byte order mark
    return 0;
}

std::string_view trim_whitespace(std::string_view text) {
    std::size_t begin = 0;
    while (begin < text.size()) {
        const std::size_t length = whitespace_length_at(text, begin);
        if (length == 0) break;
        begin += length;
    }
    // Scan forward so multi-byte spaces are recognised; remember the end of the last non-space.
    std::size_t end = begin;
    std::size_t at = begin;
    while (at < text.size()) {
        const std::size_t length = whitespace_length_at(text, at);
        if (length == 0) end = ++at;
        else at += length;
    }
    return text.substr(begin, end - begin);
}

std::size_t count_words(std::string_view text) {
    std::size_t words = 0;
    bool in_word = false;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t length = whitespace_length_at(text, at);
        if (length == 0) {
            if (!in_word) ++words;
            in_word = true;
            ++at;
        } else {
            in_word = false;
            at += length;
        }
    }
    return words;
}

std::string collapse_whitespace(std::string_view text) {
    std::string collapsed;
    collapsed.reserve(text.size());
    bool pending_space = false;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t length = whitespace_length_at(text, at);
        if (length != 0) {
            pending_space = !collapsed.empty();
            at += length;
            continue;
        }
        if (pending_space) collapsed.push_back(' ');
        pending_space = false;
        collapsed.push_back(text[at++]);
    }
    return collapsed;
}

bool starts_lowercase(std::string_view text) { return u_islower(first_code_point(text)); }

bool starts_uppercase(std::string_view text) {
    const UChar32 c = first_code_point(text);
    return u_isupper(c) || u_istitle(c);
}

} // namespace plenary::loader
