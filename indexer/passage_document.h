// One passage as a Xapian document: positional body terms, boolean filter terms,
// the year value and the stored record.
#pragma once

#include <xapian.h>

#include "plenary/analyzer.h"
#include "plenary/communique.h"
#include "vocabulary_writer.h"

namespace plenary {

// Words of the communiqué's title, city, country and year, indexed with every passage
// so that "Sochi outreach" finds Sochi's outreach passage. Computed once per communiqué.
std::vector<std::string> communique_field_terms(const Communique& communique, Analyzer& analyzer);

// Records the passage's words in spelling when given.
Xapian::Document passage_document(const Communique& communique, const Passage& passage,
                                  const std::vector<std::string>& field_terms, Analyzer& analyzer,
                                  SpellingRecorder* spelling = nullptr);

std::string passage_id(const Communique& communique, const Passage& passage);

// Identifies the data files and layout the passages' derived fields (tags, value slots) come
// from; stored in the index so that a change makes plenary-index re-read every file.
std::string analysis_fingerprint();

} // namespace plenary
