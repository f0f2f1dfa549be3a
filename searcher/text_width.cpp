#include "text_width.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace plenary {

namespace {

std::size_t columns_of(UChar32 c) {
    if (c < 0x300) return c < 0x20 ? 0 : 1;  // Latin, fast
    auto category = static_cast<UCharCategory>(u_charType(c));
    if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR) return 0;
    auto width = static_cast<UEastAsianWidth>(u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH));
    return width == U_EA_WIDE || width == U_EA_FULLWIDTH ? 2 : 1;
}

} // namespace

std::size_t display_width(std::string_view text) {
    std::size_t columns = 0;
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(text.data(), i, length, c);
        columns += c < 0 ? 1 : columns_of(c);
    }
    return columns;
}

std::uint32_t code_points_before(std::string_view text, std::uint32_t bytes) {
    auto end = text.begin() + std::min<std::size_t>(bytes, text.size());
    return static_cast<std::uint32_t>(
        std::count_if(text.begin(), end, [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

} // namespace plenary
