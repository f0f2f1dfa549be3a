// The metadata a communiqué's text states about its meeting: title, plenary ordinal,
// city, country, dates, year and chair. Texts that are not plenary communiqués get a
// title and nothing else.
#pragma once

#include <plenary/communique.h>

#include <optional>
#include <string>
#include <vector>

namespace plenary::loader {

struct Metadata {
    std::string title;
    std::optional<int> year;
    std::optional<int> plenary;
    std::string city;
    std::string country;
    std::string dates;
    std::string chair;
};

// title_lines: the heading lines before the body (whitespace collapsed), possibly none.
// Looks for the meeting in the headings and the first passages.
Metadata extract_metadata(const std::vector<std::string>& title_lines, const std::vector<Passage>& passages);

} // namespace plenary::loader
