// A meeting's dates as statements write them ("6-8 October 2004", "2–4 MAY 2018", "5 and 6
// December 2019", "from 14 to 18 October 2013", "April 11, 2011", "8 and 9 June") and its year.
#pragma once

#include <filesystem>
#include <optional>
#include <regex>
#include <string>

namespace plenary::loader {

// Matches one date or range of dates; the year may be missing.
const std::regex& dates_regex();

// A date as it should be stored: "from" kept only before a range that says "to"
// ("from 14 to 18 October 2013", but "6-8 October 2004" for "from 6-8 October 2004").
std::string dates_as_written(const std::string& match);

// Whether text starts with the name of a month ("December 2019").
bool starts_with_month(const std::string& text);

// The last year in dates ("September 25-28, 2001" -> 2001), if any.
std::optional<int> year_in(const std::string& dates);

// The year a file name starts with ("1790_george_washington_n.txt", "2016-ag-statement.md").
std::optional<int> year_of_file_name(const std::filesystem::path& file);

// The last month of dates and the year: "October 2021" for "4th to 8th October 2021".
std::string month_and_year(const std::string& dates, std::optional<int> year);

} // namespace plenary::loader
