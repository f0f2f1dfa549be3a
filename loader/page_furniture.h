// Page furniture of text laid out in pages (a PDF, or text pasted from one): page numbers and
// the running heads and footers that repeat beside them. They belong to no paragraph.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text_lines.h"

namespace plenary::loader {

enum class PageNumberForm {
    none,
    bare,     // "3": a page number only where the text has several
    labelled, // "Page 3", "Page 3 of 7", "3 of 7", "3/7", "- 3 -"
};

PageNumberForm page_number_form(std::string_view line);

// A line with its digits as '#', its whitespace collapsed and ASCII lowercased, so that the
// same running head or footer on every page gives the same key.
std::string furniture_key(std::string_view line);

// For each line of text, why it is page furniture, or empty: page numbers, and short lines that
// repeat (digits aside) and, at one of their occurrences, hold a page number beside their text,
// lie next to a page number (blank lines aside), or lie right above or below another such line
// (a running head or footer of several lines).
std::vector<std::string> find_page_furniture(std::string_view text, const std::vector<TextLine>& lines);

} // namespace plenary::loader
