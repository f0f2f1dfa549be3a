// Which of the query's words a hit matched, for "2 of 3 words" and the JSON "matched" key.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "plenary/highlighter.h"
#include "plenary/query_parser.h"

namespace plenary {

// The words (as written) found in the passage's text, or, a word's own stems, in its
// communiqué's title, city, country, organisation and year words (the document's field terms).
std::vector<std::string> matched_words(const std::vector<WrittenWord>& words, const AnalyzedText& text,
                                       const Xapian::Document& document);

} // namespace plenary
