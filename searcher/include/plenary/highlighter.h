// Finds where a hit's text matched its query, from the analyzer's own offsets.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "plenary/analyzer.h"
#include "plenary/query_parser.h"

namespace plenary {

// [begin, end) byte offsets into the text.
using Highlight = std::pair<std::uint32_t, std::uint32_t>;

// Every word whose stem the plan looks for, every word starting with one of its
// prefixes, and every place a phrase of the plan occurs as a phrase (one highlight
// spanning it), sorted and merged where they touch or overlap.
std::vector<Highlight> find_highlights(std::string_view text, const MatchPlan& plan, Analyzer& analyzer);

} // namespace plenary
