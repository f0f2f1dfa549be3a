// "Did you mean": a query's words that the index does not hold, replaced by the
// closest word of the index's own vocabulary (Xapian's spelling data, which the
// indexer fills with the folded words of the passages), and a city: value by the
// closest city of the index.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <string_view>

#include "plenary/analyzer.h"
#include "plenary/query_tree.h"

namespace plenary {

// The query's text with each unknown word of its words and phrases (not in the index, no
// synonym, not a number, not a function or question word) replaced by the indexed word it is
// one edit from (two for words of 8 letters or more) that the index holds at least twice, and
// each city: value that names no city replaced by the nearest city of the index; nothing when
// no word needs a correction. Operators, other field values and wildcards are left as written.
// "proliferaton treaty" -> "proliferation treaty", "city:sochy" -> "city:sochi".
std::optional<std::string> spelling_suggestion(const QueryTree& query, const Xapian::Database& db, Analyzer& analyzer);

} // namespace plenary
