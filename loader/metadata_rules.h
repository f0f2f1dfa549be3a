// The data behind metadata extraction (loader/metadata_rules/*.txt, compiled in): organisations
// and their names, ordinal words, the words that name a meeting and its place, country names.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace plenary::loader {

struct Organisation {
    std::string stored_name;         // what `org` holds: "MTCR"
    std::string full_name;           // for titles: "Missile Technology Control Regime"
    std::vector<std::string> names;  // every name a text may use, the stored one included
};

struct MetadataRules {
    std::vector<Organisation> organisations;
    std::map<std::string, int> ordinal_words;  // lowercase: "seventh" -> 7
    std::map<std::string, int> tens_words;     // lowercase: "twenty" -> 20
    std::vector<std::string> meeting_words;    // "Plenary", "Regular Meeting"
    std::vector<std::string> qualifiers;       // "annual"
    std::vector<std::string> place_cues;       // "took place in"
    std::set<std::string> countries;           // as written in the data
    std::string fingerprint;                   // identifies the data's content
};

// The built-in rules, parsed once. The data is part of the program: a malformed file is a
// programming error and throws std::logic_error naming the file and line.
const MetadataRules& metadata_rules();

// Whether a name is one word ("MTCR", "HCoC"): such names match as written, longer ones in any case.
bool is_one_word(std::string_view name);

} // namespace plenary::loader
