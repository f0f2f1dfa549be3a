// "Did you mean": a query's words that the index does not hold, replaced by the
// closest word of the index's own vocabulary (Xapian's spelling data, which the
// indexer fills with the folded words of the passages).
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <string_view>

#include "plenary/analyzer.h"
#include "plenary/query_tree.h"

namespace plenary {

// The query's text with each unknown word of its words and phrases (not in the index,
// no synonym, not a number) replaced by its suggestion, or nothing when no word needs
// one; operators, field values and wildcards are left as written.
// "proliferaton treaty" -> "proliferation treaty".
std::optional<std::string> spelling_suggestion(const QueryTree& query, const Xapian::Database& db, Analyzer& analyzer);

} // namespace plenary
