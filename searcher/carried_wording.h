// How closely a passage's wording is carried by another, when paragraphs are merged or split from
// one communiqué to the next.
#pragma once

#include <string_view>

namespace plenary {

// The similarity (WordDiff::similarity) of the shorter of two passages to the run of whole
// sentences of the longer that is most like it: a paragraph merged into a longer one, or split out
// of one, still carries its wording. Sochi 2021's one-sentence paragraph on space programmes is
// 0.52 similar to the sentence of Rome 2013's outreach paragraph that it rewrites, 0.19 to the
// whole paragraph. Never below the two passages' own similarity (the run of all the sentences).
double carried_similarity(std::string_view a, std::string_view b);

} // namespace plenary
