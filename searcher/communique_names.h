// The words that name a communiqué's context, its city and its year, as the index holds
// them, so that a query word naming them ("Rome export controls", "2004 brokering") counts
// once for every passage of that communiqué (through its fields) rather than again in the
// one passage whose text repeats it, the opening paragraph ("... held its Plenary in Rome").
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

#include "plenary/analyzer.h"

namespace plenary {

class CommuniqueNames {
public:
    // Reads the index's city and year filter terms once.
    explicit CommuniqueNames(const Xapian::Database& db);

    // The filter terms of the communiqués whose city or year the token names (a city of
    // several words is named by each of them); empty when it names none.
    Xapian::Query named_by(const Token& token) const;

private:
    std::map<std::string, std::vector<std::string>> filters_by_word_;
};

} // namespace plenary
