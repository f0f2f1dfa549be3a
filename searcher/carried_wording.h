// How closely a passage's wording is carried by another, when paragraphs are merged or split from
// one communiqué to the next.
#pragma once

#include <cstddef>
#include <string_view>

namespace plenary {

struct CarriedWording {
    double similarity = 0;         // of the shorter passage to the longer's run of sentences most like it
    std::size_t common_words = 0;  // the two passages' words in common, in order: how much is carried
};

// The shorter of two passages against the run of whole sentences of the longer that is most like
// it: a paragraph merged into a longer one, or split out of one, still carries its wording.
// Sochi 2021's one-sentence paragraph on space programmes is 0.52 similar to the sentence of
// Rome 2013's outreach paragraph that it rewrites, 0.19 to the whole paragraph. Never below the
// two passages' own similarity (the run of all the sentences).
CarriedWording carried_wording(std::string_view a, std::string_view b);

} // namespace plenary
