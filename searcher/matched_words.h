// Which of the query's words a hit matched, for "2 of 3 words" and the JSON "matched" key.
#pragma once

#include <xapian.h>

#include <set>
#include <string>
#include <vector>

#include "plenary/highlighter.h"
#include "plenary/query_parser.h"

namespace plenary {

// The title, city, country, organisation and year words of the document's communiqué (its terms
// under schema::field_word_prefixes), the same in each of its passages: read once a communiqué.
std::set<std::string> field_terms(const Xapian::Document& document);

// The words (as written) found in the passage's text, or, a word's own stems, in its
// communiqué's field terms.
std::vector<std::string> matched_words(const std::vector<WrittenWord>& words, const AnalyzedText& text,
                                       const std::set<std::string>& field_terms);

} // namespace plenary
