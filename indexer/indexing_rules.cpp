#include "indexing_rules.h"

namespace plenary {

IndexingRules load_indexing_rules(const IndexOptions& options) {
    Analyzer analyzer;
    Vocabulary vocabulary = options.vocabulary_dir.empty() ? builtin_vocabulary(analyzer)
                                                           : load_vocabulary(options.vocabulary_dir, analyzer);
    // Rules without a line tag nothing.
    PassageTagger tagger = options.no_tags ? PassageTagger("", "no tags", analyzer)
                                           : load_tag_rules(options.tag_rules_file, analyzer);
    return {std::move(vocabulary), std::move(tagger)};
}

} // namespace plenary
