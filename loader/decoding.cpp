#include "decoding.h"

#include <plenary/communique.h>

#include "charset_conversion.h"
#include "utf8_text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <optional>

namespace plenary::loader {
namespace {

constexpr std::size_t binary_probe_bytes = 8192;
// Legacy 8-bit text is taken to be in a Latin script: mostly ASCII.
constexpr double legacy_min_ascii_share = 0.5;
// Of its other characters, this share must read as letters of words or typographic marks.
constexpr double legacy_min_plausible_share = 0.8;
constexpr std::size_t word_min_letters = 3;

struct ByteOrderMark {
    std::string_view bytes;
    const char* encoding;
};

constexpr ByteOrderMark utf16_marks[]{{"\xFF\xFE", "UTF-16LE"}, {"\xFE\xFF", "UTF-16BE"}};

void reject_binary_prefix(std::string_view bytes) {
    if (bytes.substr(0, binary_probe_bytes).find('\0') != std::string_view::npos)
        throw LoadError("binary file (NUL bytes)");
}

// Random bytes are about half invalid UTF-8 and control characters; text is almost none.
void reject_mostly_invalid(const DecodedText& decoded) {
    if ((decoded.invalid_bytes + decoded.control_chars) * 10 > decoded.text.size() * 3)
        throw LoadError("binary file (mostly invalid UTF-8)");
}

DecodedText decode_utf8(std::string_view bytes) {
    CleanText clean = clean_utf8(bytes);  // a BOM stays: the loader reads it as whitespace
    DecodedText decoded;
    decoded.text = std::move(clean.bytes);
    decoded.encoding = "UTF-8";
    decoded.invalid_bytes = clean.invalid_bytes;
    decoded.first_invalid = clean.first_invalid;
    decoded.control_chars = clean.control_chars;
    return decoded;
}

std::size_t multibyte_characters(std::string_view clean_utf8_text) {
    return static_cast<std::size_t>(std::count_if(clean_utf8_text.begin(), clean_utf8_text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) == 0xC0;
    }));
}

// A non-ASCII character of real 8-bit text is a letter in a word (with ASCII letters, or
// of several letters) or a typographic mark; misread bytes of another encoding are not.
bool plausible_character(std::string_view text, std::size_t at, std::size_t length) {
    UChar32 c;
    std::int32_t offset = static_cast<std::int32_t>(at);
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), offset, static_cast<std::int32_t>(text.size()), c);
    if (!u_isalpha(c)) return u_ispunct(c) || u_charType(c) == U_CURRENCY_SYMBOL || c == 0xA0 || c == 0xB0;
    std::size_t begin = at, end = at + length, letters = 0;
    bool ascii_letter = false;
    while (begin > 0 && (u_isalpha(static_cast<unsigned char>(text[begin - 1])) || text[begin - 1] & 0x80)) --begin;
    while (end < text.size() && (u_isalpha(static_cast<unsigned char>(text[end])) || text[end] & 0x80)) ++end;
    for (std::size_t i = begin; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) ascii_letter = true;
        if ((byte & 0xC0) != 0x80) ++letters;
    }
    return ascii_letter || letters >= word_min_letters;
}

bool plausible_8bit_text(std::string_view bytes, const DecodedText& decoded) {
    const auto ascii = static_cast<std::size_t>(
        std::count_if(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }));
    if (static_cast<double>(ascii) < legacy_min_ascii_share * static_cast<double>(bytes.size())) return false;
    std::size_t others = 0, plausible = 0;
    const std::string_view text = decoded.text;
    for (std::size_t at = 0; at < text.size();) {
        const auto lead = static_cast<unsigned char>(text[at]);
        const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        if (lead >= 0x80) {
            ++others;
            if (plausible_character(text, at, length)) ++plausible;
        }
        at += length;
    }
    return static_cast<double>(plausible) >= legacy_min_plausible_share * static_cast<double>(others);
}

// The bytes in the charset the source declares, when it names one other than UTF-8 that ICU
// knows and they are valid in it.
std::optional<DecodedText> decode_as_declared(std::string_view bytes, std::string_view label) {
    const std::string charset = declared_charset_name(label);
    if (charset.empty() || charset == "UTF-8") return std::nullopt;
    DecodedText declared = convert_to_utf8(bytes, 0, charset.c_str());
    if (declared.invalid_bytes > 0) return std::nullopt;
    declared.declared = true;
    return declared;
}

// Bytes that are not UTF-8: the charset the source declares if they are valid in it, else a
// legacy 8-bit charset if they read as text in it, else UTF-8 with its invalid bytes as spaces
// (a damaged UTF-8 file, or binary data).
DecodedText decode_not_utf8(std::string_view bytes, DecodedText utf8, std::string_view declared_charset) {
    if (multibyte_characters(utf8.text) > utf8.invalid_bytes) return utf8;
    if (std::optional<DecodedText> declared = decode_as_declared(bytes, declared_charset)) return std::move(*declared);
    const std::string charset = detect_8bit_charset(bytes);
    DecodedText legacy = convert_to_utf8(bytes, 0, charset.c_str());
    if (legacy.invalid_bytes > 0 || !plausible_8bit_text(bytes, legacy)) return utf8;
    legacy.guessed = true;
    return legacy;
}

} // namespace

std::uint64_t DecodedText::source_offset(std::size_t text_offset) const {
    if (source_offsets.empty()) return text_offset;
    return source_offsets[std::min(text_offset, source_offsets.size() - 1)];
}

DecodedText decode_text(std::string_view bytes, std::string_view declared_charset) {
    for (const ByteOrderMark& mark : utf16_marks) {
        if (!bytes.starts_with(mark.bytes)) continue;
        DecodedText decoded = convert_to_utf8(bytes, mark.bytes.size(), mark.encoding);
        reject_mostly_invalid(decoded);
        return decoded;
    }
    reject_binary_prefix(bytes);
    DecodedText decoded = decode_utf8(bytes);
    if (decoded.invalid_bytes > 0) decoded = decode_not_utf8(bytes, std::move(decoded), declared_charset);
    reject_mostly_invalid(decoded);
    return decoded;
}

} // namespace plenary::loader
