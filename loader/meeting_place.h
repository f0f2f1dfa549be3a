// Where a meeting was held: the city after a place cue ("held in", "took place in", "met in"),
// or from a dateline ("VIENNA, AUSTRIA, 5–6 DECEMBER 2019", "Budapest, 19 June 2009"); the
// country where the text writes it after the city ("Seoul, Republic of Korea").
#pragma once

#include "metadata_lead.h"

#include <optional>
#include <string>

namespace plenary::loader {

struct City {
    std::string name;  // as written, title-cased when written in capitals
    Mention mention;
};

// The place named after the first place cue of metadata_rules() that is followed by a name.
std::optional<City> find_city_after_cue(const Lead& lead);

// A heading or one of the first passages that is, or starts with, a place and a date: the
// place's last segment after a dash ("Plenary Meeting ... – Rome, Italy – 14-18 October 2013"),
// its parts separated by commas, the last one a country or the city.
struct Dateline {
    std::string city;
    std::string country;  // empty where the dateline names none
    std::string dates;
    Mention mention;
};
std::optional<Dateline> find_dateline(const Lead& lead);

// Whether text is a dateline and nothing more ("THE HAGUE, 2–4 MAY 2018", "April 11, 2011").
bool is_only_a_dateline(const std::string& text);

// The country of metadata_rules() written after the city and a comma anywhere in the lead
// ("Rome, Italy", "SEOUL, Republic of Korea"), as the rules write it; empty if none.
std::string find_country(const Lead& lead, const std::string& city);

} // namespace plenary::loader
