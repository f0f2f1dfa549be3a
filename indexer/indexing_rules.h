// What a run derives from data files besides the communiqués: the synonyms (the vocabulary) and
// the passages' tags (the tag rules). Loaded once per run from its options and shared by its threads.
#pragma once

#include "plenary/indexer.h"
#include "plenary/passage_tagger.h"
#include "plenary/vocabulary.h"

namespace plenary {

struct IndexingRules {
    Vocabulary vocabulary;
    PassageTagger tagger;
    std::string vocabulary_source;  // "built-in" or the folder
    std::string tag_rules_source;   // "built-in", the file, or "none"
};

// The vocabulary of options.vocabulary_dir, else the built-in one; the tag rules of
// options.tag_rules_file, else the built-in ones, or none with options.no_tags. Throws
// VocabularyError, TagRulesError, or runtime_error for a file that cannot be read.
IndexingRules load_indexing_rules(const IndexOptions& options);

} // namespace plenary
