// What the searcher needs of the vocabulary, written into the index: the synonym
// table (Xapian's own, keyed by stems) and the spelling dictionary for "did you mean".
#pragma once

#include <xapian.h>

#include <string>
#include <unordered_map>

#include "plenary/analyzer.h"
#include "plenary/vocabulary.h"

namespace plenary {

// Replaces the index's synonym table by the vocabulary's groups: every alternative
// of a group is a key whose synonyms are the group's other alternatives, marked by the
// group's kind (see schema::related_synonym_mark). Rewritten on every run, so an edited
// vocabulary takes effect without --rebuild.
void write_synonyms(Xapian::WritableDatabase& db, const Vocabulary& vocabulary);

// Counts the words of the passages indexed in a run and adds them to Xapian's
// spelling dictionary once at the end: one map update per word, one Xapian call
// per distinct word.
class SpellingRecorder {
public:
    void add(const Token& token);
    void add(const SpellingRecorder& other);
    void write(Xapian::WritableDatabase& db) const;

private:
    std::unordered_map<std::string, Xapian::termcount> counts_;
};

} // namespace plenary
