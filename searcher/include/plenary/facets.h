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

// Spies on every document an Enquire matches. Keep it alive until the MSet is computed, and
// ask get_mset to check at least the database's document count so that counts are exact.
class FacetSpies {
public:
    explicit FacetSpies(Xapian::Enquire& enquire);
    ~FacetSpies();
    FacetSpies(const FacetSpies&) = delete;
    FacetSpies& operator=(const FacetSpies&) = delete;

    Facets facets(Xapian::doccount matches) const;

private:
    struct Spies;
    std::unique_ptr<Spies> spies_;
};

// {"type":"summary","matches":N,"facets":{"tag":{...},"year":{...},"city":{...}}}
nlohmann::ordered_json facets_json(const Facets& facets);

// A short block for people: a line per facet, "value count" pairs wrapped to width.
void print_facets(std::ostream& out, const Facets& facets, std::size_t width);

} // namespace plenary
