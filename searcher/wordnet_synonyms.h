// Other words for an English word, from Princeton WordNet 3.0 (Debian's wordnet-base, read
// through libwordnet): the words that share a synset with it in its commonest senses. A
// user's word and the text's word often differ ("talks" / "dialogue"); the vocabulary files
// link the field's own terms, WordNet links the language's.
#pragma once

#include <string>
#include <vector>

namespace plenary {

// The synonyms of a folded word (or of its base forms: "talks" is looked up as "talks" and
// "talk") in every part of speech, in the senses WordNet's tagged corpus saw (at least the
// first), as WordNet writes them with spaces for its underscores ("front man"); the word
// itself left out. Empty when WordNet lacks the word or its database cannot be opened.
// Safe to call from several threads (libwordnet is not: calls are serialized).
std::vector<std::string> wordnet_synonyms(const std::string& word);

} // namespace plenary
