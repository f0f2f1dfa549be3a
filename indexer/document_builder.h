// A communiqué's passages as Xapian documents: positional body stems, the communiqué's field words,
// boolean filter terms, value slots for ranges, facets and order, tags from the run's rules, and
// the stored record.
#pragma once

#include <xapian.h>

#include <functional>
#include <string>
#include <vector>

#include "plenary/analyzer.h"
#include "plenary/communique.h"
#include "plenary/passage_tagger.h"
#include "vocabulary_writer.h"

namespace plenary {

class DocumentBuilder {
public:
    explicit DocumentBuilder(const PassageTagger& tagger) : tagger_(tagger) {}

    // Hands add the document of every passage, in order.
    void build(const Communique& communique, const std::function<void(const Xapian::Document&)>& add);

    // The words of every passage built so far, for the spelling dictionary.
    const SpellingRecorder& spelling() const { return spelling_; }

private:
    Xapian::Document passage_document(const Communique& communique, const Passage& passage,
                                      const std::vector<std::string>& field_terms);
    std::vector<AnalyzedWord> add_body(Xapian::Document& document, const std::string& text);
    void add_communique_terms(Xapian::Document& document, const Communique& communique);

    Analyzer analyzer_;
    const PassageTagger& tagger_;
    SpellingRecorder spelling_;
};

std::string passage_id(const Communique& communique, const Passage& passage);

// Identifies the tag rules, the metadata rules and the layout the passages' derived fields (tags,
// field terms, value slots) come from; stored in the index so that a change makes plenary-index
// re-read every file it knows.
std::string analysis_fingerprint(const PassageTagger& tagger);

} // namespace plenary
