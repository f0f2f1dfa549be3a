#include "plenary/year_range.h"

#include <fmt/format.h>

#include <cctype>
#include <charconv>

#include "plenary/query_error.h"

namespace plenary {

namespace {

int parse_year(std::string_view text, std::size_t column) {
    int year = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
    if (text.empty() || text.size() > 4 || !std::isdigit(static_cast<unsigned char>(text.front())) ||
        error != std::errc() || end != text.data() + text.size()) {
        throw QueryError(column, fmt::format("'{}' is not a year (expected e.g. 2013 or 2004..2013)", text));
    }
    return year;
}

} // namespace

YearRange parse_year_range(std::string_view text) {
    auto dots = text.find("..");
    if (dots == std::string_view::npos) {
        int year = parse_year(text, 1);
        return {year, year};
    }
    YearRange range;
    if (dots > 0) range.from = parse_year(text.substr(0, dots), 1);
    if (dots + 2 < text.size()) range.to = parse_year(text.substr(dots + 2), dots + 3);
    if (!range.from && !range.to) throw QueryError(1, "'..' needs a year on at least one side");
    if (range.from && range.to && *range.from > *range.to) {
        throw QueryError(1, fmt::format("year range {}..{} is reversed (did you mean {}..{}?)", *range.from, *range.to,
                                        *range.to, *range.from));
    }
    return range;
}

} // namespace plenary
