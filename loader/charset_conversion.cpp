#include "charset_conversion.h"

#include <plenary/communique.h>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace plenary::loader {
namespace {

// The detector reads this much; a legacy file's charset shows in its first megabyte.
constexpr std::size_t detector_sample_bytes = 1 << 20;

struct ConverterCloser {
    void operator()(UConverter* converter) const { ucnv_close(converter); }
};
struct DetectorCloser {
    void operator()(UCharsetDetector* detector) const { ucsdet_close(detector); }
};

bool is_control(UChar32 c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
}

// ICU's substitutes for input it cannot convert: U+FFFD, or SUB (U+001A) for 8-bit charsets.
bool is_substitute(UChar32 c) { return c == 0xFFFD || c == 0x1A; }

void append(DecodedText& decoded, UChar32 c, std::uint64_t source) {
    if (is_substitute(c)) {
        if (decoded.invalid_bytes++ == 0) decoded.first_invalid = decoded.text.size();
        c = ' ';
    } else if (is_control(c)) {
        ++decoded.control_chars;
        c = ' ';
    }
    char bytes[U8_MAX_LENGTH];
    std::int32_t length = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<std::uint8_t*>(bytes), length, U8_MAX_LENGTH, c, error);
    if (error) return;
    decoded.text.append(bytes, static_cast<std::size_t>(length));
    decoded.source_offsets.insert(decoded.source_offsets.end(), static_cast<std::size_t>(length), source);
}

std::vector<UChar> to_utf16(std::string_view bytes, std::size_t skip, const char* charset,
                            std::vector<std::int32_t>& offsets) {
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(charset, &status));
    if (U_FAILURE(status)) throw LoadError(std::string("unknown encoding ") + charset);
    std::vector<UChar> units((bytes.size() - skip) * 2 + 16);
    offsets.assign(units.size(), 0);
    UChar* target = units.data();
    const char* source = bytes.data() + skip;
    ucnv_toUnicode(converter.get(), &target, units.data() + units.size(), &source, bytes.data() + bytes.size(),
                   offsets.data(), true, &status);
    if (U_FAILURE(status)) throw LoadError(std::string("cannot decode as ") + charset + ": " + u_errorName(status));
    units.resize(static_cast<std::size_t>(target - units.data()));
    return units;
}

bool is_8bit_charset(std::string_view name) {
    return name.starts_with("ISO-8859") || name.starts_with("windows-125") || name.starts_with("KOI8");
}

} // namespace

DecodedText convert_to_utf8(std::string_view bytes, std::size_t skip, const char* charset) {
    std::vector<std::int32_t> offsets;
    const std::vector<UChar> units = to_utf16(bytes, skip, charset, offsets);
    DecodedText decoded;
    decoded.encoding = charset;
    decoded.text.reserve(units.size());
    decoded.source_offsets.reserve(units.size() + 1);
    const auto count = static_cast<std::int32_t>(units.size());
    std::uint64_t source = skip;
    for (std::int32_t at = 0; at < count;) {
        const std::int32_t offset = offsets[static_cast<std::size_t>(at)];
        if (offset >= 0) source = skip + static_cast<std::uint64_t>(offset);  // -1: a unit ICU made up
        UChar32 c;
        U16_NEXT(units.data(), at, count, c);
        if (U_IS_SURROGATE(c)) c = 0xFFFD;  // an unpaired surrogate
        append(decoded, c, source);
    }
    decoded.source_offsets.push_back(bytes.size());
    return decoded;
}

std::string declared_charset_name(std::string_view label) {
    const std::string copy(label);
    const char* name = nullptr;
    for (const char* standard : {"MIME", "IANA"}) {
        UErrorCode status = U_ZERO_ERROR;
        name = ucnv_getStandardName(copy.c_str(), standard, &status);
        if (U_SUCCESS(status) && name) break;
        name = nullptr;
    }
    if (!name) return {};
    const std::string_view found(name);
    if (found == "ISO-8859-1" || found == "US-ASCII") return "windows-1252";
    if (found.starts_with("UTF-16") || found.starts_with("UTF-32")) return "UTF-8";
    return std::string(found);
}

std::string detect_8bit_charset(std::string_view bytes) {
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    const auto sample = static_cast<std::int32_t>(std::min(bytes.size(), detector_sample_bytes));
    ucsdet_setText(detector.get(), bytes.data(), sample, &status);
    std::int32_t found = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &found, &status);
    for (std::int32_t i = 0; U_SUCCESS(status) && i < found; ++i) {
        const char* name = ucsdet_getName(matches[i], &status);
        if (U_SUCCESS(status) && is_8bit_charset(name)) return name;
    }
    return "windows-1252";
}

} // namespace plenary::loader
