// What a statement says of its meeting besides place and date: the organisation that met, the
// meeting's ordinal ("27th", "twenty-seventh"), and whether it speaks of a meeting at all.
#pragma once

#include "metadata_lead.h"
#include "metadata_rules.h"

#include <optional>
#include <string>

namespace plenary::loader {

struct OrganisationMention {
    const Organisation* organisation = nullptr;
    Mention mention;
};

// The organisation of metadata_rules() named first in the lead.
std::optional<OrganisationMention> find_organisation(const Lead& lead);

struct Ordinal {
    int number = 0;
    Mention mention;
};

// The first ordinal of a meeting ("33rd Plenary", "Twenty-Fifth Plenary Meeting",
// "24th annual Plenary"); an ordinal of anything else ("25th anniversary", "forty-second
// Participating State") is none.
std::optional<Ordinal> find_plenary_ordinal(const Lead& lead);

// "27th" for 27, "33rd" for 33.
std::string ordinal_in_digits(int number);

// Whether the lead names a meeting ("Plenary", "Regular Meeting"), in any case.
bool names_a_meeting(const Lead& lead);

} // namespace plenary::loader
