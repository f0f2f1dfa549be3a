// The metadata a communiqué's text states about its meeting: title, plenary ordinal,
// city, country, dates, year and chair. Texts that are not plenary communiqués get a
// title and nothing else.
#pragma once

#include <plenary/communique.h>

#include <string>
#include <vector>

namespace plenary::loader {

// title_lines: the heading lines before the body (whitespace collapsed), possibly none.
// Looks for the meeting in the headings and the first passages.
CommuniqueMetadata extract_metadata(const std::vector<std::string>& title_lines, const std::vector<Passage>& passages);

} // namespace plenary::loader
