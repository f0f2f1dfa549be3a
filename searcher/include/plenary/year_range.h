// A year or a range of years, as the year: field and the --year option write them.
#pragma once

#include <optional>
#include <string_view>

namespace plenary {

struct YearRange {
    std::optional<int> from;
    std::optional<int> to;
};

// Parses "2013", "2004..2013", "2004.." or "..2013". Throws QueryError (column 1
// is the first character of text) for anything else, and for reversed ranges.
YearRange parse_year_range(std::string_view text);

} // namespace plenary
