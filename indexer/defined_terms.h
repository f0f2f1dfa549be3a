// Vocabulary mined from the text at index time: terms a communiqué defines in parentheses,
// either way round ("Technical Experts Meeting (TEM)", "TEM (Technical Experts Meeting)"),
// found by Schwartz and Hearst's algorithm (2003): the short form's letters, in order, in the
// words next to it, its first letter starting a word. The index stores each communiqué's
// definitions and links them in its synonym table as one more vocabulary.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "plenary/analyzer.h"
#include "plenary/vocabulary.h"

namespace plenary {

struct Definition {
    std::string short_form;  // "TEM"
    std::string long_form;   // "Technical Experts Meeting"

    bool operator==(const Definition&) const = default;
};

// The definitions in a text, in order, each once.
std::vector<Definition> find_definitions(std::string_view text);

// Definitions as vocabulary lines ("TEM = Technical Experts Meeting"), one per line.
std::string vocabulary_lines(const std::vector<Definition>& definitions);

// The definitions every communiqué of the index stores, as groups of the defined kind; a line
// that does not parse is left out.
Vocabulary defined_vocabulary(const Xapian::Database& db, Analyzer& analyzer);

// The metadata key of a communiqué's definitions.
std::string definitions_key(const std::string& communique_id);

} // namespace plenary
