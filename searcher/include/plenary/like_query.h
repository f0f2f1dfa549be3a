// Passages like a given one: the query made of a passage's distinctive words, which BM25 then
// ranks by the words a passage shares with it, and its pairs of neighbouring distinctive
// words as phrases, so that passages sharing its wording rank above those sharing its words.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string_view>

#include "plenary/analyzer.h"
#include "plenary/query_parser.h"

namespace plenary {

struct LikeOptions {
    std::size_t words = 30;      // the distinctive words kept, by tf × idf in the index
    double phrase_weight = 0.5;  // a shared pair of neighbouring words, against a shared word
};

// The query for passages like text: its body words that the index holds, without function
// words, the `words` with the highest tf × log(N / df), each asked as often as text has it;
// and every two of them that are neighbours in text (a function word between them allowed) as a
// phrase at phrase_weight. The plan highlights the kept words. Throws std::invalid_argument when
// text has no such word.
ParsedQuery like_query(std::string_view text, Analyzer& analyzer, const Xapian::Database& db, const LikeOptions& options = {});

} // namespace plenary
