// Filter queries shared by query fields and command-line options.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>

#include "plenary/year_range.h"

namespace plenary {

// Tag names and communiqué ids are lowercase slugs: a value matches whatever its case.
std::string folded_id(std::string_view id);

Xapian::Query year_filter(const YearRange& range);
Xapian::Query tag_filter(std::string_view tag);
Xapian::Query doc_filter(std::string_view communique_id);
Xapian::Query passage_filter(std::string_view passage_id);

} // namespace plenary
