// How hits are shown: JSON Lines for scripts, wrapped and highlighted passages for
// a terminal, one record per line for pipes.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <ostream>
#include <string>

#include "plenary/searcher.h"

namespace plenary {

// The contract's JSON object of a hit (rank, score, passage, doc, file, start,
// end, title, year, city, plenary, org, tags, text, highlights).
nlohmann::ordered_json hit_json(const Hit& hit);

struct TerminalStyle {
    bool color = false;
    std::size_t width = 80;
    bool full = false;  // whole passages instead of a window around the matches
};

// A heading with the communiqué, id, tags and score, then the passage wrapped to
// the width with its matches highlighted.
void print_hit(std::ostream& out, const Hit& hit, const TerminalStyle& style);

// One line: passage id, score, year, city and text, tab-separated.
void print_hit_line(std::ostream& out, const Hit& hit, bool color);

// "3 of exactly 3 matching passages", or "10 of between 12 and 40 ...".
std::string match_count(const SearchResults& results);

// "27th"
std::string ordinal(int number);

} // namespace plenary
