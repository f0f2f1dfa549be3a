// What a communiqué says about its meeting. The loader reads it from the text, a sidecar
// "<file>.meta.json" overrides it, and the index stores it with the communiqué's record.
#pragma once

#include <optional>
#include <string>

namespace plenary {

struct CommuniqueMetadata {
    std::string org;             // the organisation that met: "MTCR", "NSG", "Wassenaar Arrangement"
    std::string title;
    std::optional<int> year;
    std::optional<int> plenary;  // ordinal number of the plenary meeting (27 for "27th")
    std::string city;
    std::string country;
    std::string dates;           // meeting dates as the text writes them
    std::string chair;
};

// Calls visit(key, field) for every field, with the key that names it in JSON (the sidecar and
// the stored record): a new field is one member above and one line here.
template <typename Metadata, typename Visit>  // Metadata: CommuniqueMetadata, const or not
void for_each_field(Metadata& metadata, Visit&& visit) {
    visit("org", metadata.org);
    visit("title", metadata.title);
    visit("year", metadata.year);
    visit("plenary", metadata.plenary);
    visit("city", metadata.city);
    visit("country", metadata.country);
    visit("dates", metadata.dates);
    visit("chair", metadata.chair);
}

} // namespace plenary
