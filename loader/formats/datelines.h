// Datelines: the line under a statement's title that gives its place and date.
#pragma once

#include "document.h"

#include <string_view>
#include <vector>

namespace plenary::loader {

// A short line (at most 12 words) that does not end a sentence and gives a date: a month's
// name and a number ("Budapest, 19 June 2009", "VIENNA, AUSTRIA, 5–6 DECEMBER 2019") or a
// numeric date ("2009-06-19"). It heads a statement; it is not one of its paragraphs.
bool is_dateline(std::string_view text);

// Turns the datelines among the body blocks before the first paragraph into headings.
void mark_datelines(std::vector<DocumentBlock>::iterator begin, std::vector<DocumentBlock>::iterator end);

} // namespace plenary::loader
