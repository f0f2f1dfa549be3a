// "Did you mean": a query's words that the index does not hold, replaced by the
// closest word of the index's own vocabulary (Xapian's spelling data, which the
// indexer fills with the folded words of the passages).
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <string_view>

#include "plenary/analyzer.h"

namespace plenary {

// The query with each unknown word (not in the index, no synonym, not a number,
// an operator or a field) replaced by its suggestion, or nothing when no word needs
// one. "proliferaton treaty" -> "proliferation treaty".
std::optional<std::string> spelling_suggestion(std::string_view query, const Xapian::Database& db, Analyzer& analyzer);

} // namespace plenary
