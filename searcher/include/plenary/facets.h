// Facets: how the passages matching a query spread over tags, years and cities, counted by
// Xapian match spies over every match (not only the hits shown).
#pragma once

#include <xapian.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

namespace plenary {

struct FacetCount {
    std::string value;
    Xapian::doccount count = 0;
};

// Each list sorted by count, highest first, then by value.
struct Facets {
    Xapian::doccount matches = 0;
    std::vector<FacetCount> tag;
    std::vector<FacetCount> year;
    std::vector<FacetCount> city;
};

// Counts every passage that query matches in db by tag, year and city, in a match of its own
// ranked by relevance alone: Xapian 1.4 counts some of a remote shard's matches twice when the
// match is sorted by relevance, then by value, as the search's is.
Facets count_facets(const Xapian::Database& db, const Xapian::Query& query);

// {"type":"summary","matches":N,"facets":{"tag":{...},"year":{...},"city":{...}}}
nlohmann::ordered_json facets_json(const Facets& facets);

// A short block for people: a line per facet, "value count" pairs wrapped to width.
void print_facets(std::ostream& out, const Facets& facets, std::size_t width);

// A bar per year, in year order, as long as its count of matching passages (the highest count
// filling the width), for a terminal.
void print_year_bars(std::ostream& out, const Facets& facets, std::size_t width);

} // namespace plenary
