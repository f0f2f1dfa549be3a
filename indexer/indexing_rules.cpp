#include "indexing_rules.h"

namespace plenary {

IndexingRules load_indexing_rules(const IndexOptions& options) {
    Analyzer analyzer;
    Vocabulary vocabulary = options.vocabulary_dir.empty() ? builtin_vocabulary(analyzer)
                                                           : load_vocabulary(options.vocabulary_dir, analyzer);
    // Rules without a line tag nothing.
    PassageTagger tagger = options.no_tags ? PassageTagger("", "no tags", analyzer)
                                           : load_tag_rules(options.tag_rules_file, analyzer);
    std::string vocabulary_source = options.vocabulary_dir.empty() ? "built-in" : options.vocabulary_dir.string();
    std::string tag_rules_source = options.no_tags                       ? "none"
                                   : options.tag_rules_file.empty() ? "built-in"
                                                                    : options.tag_rules_file.string();
    return {std::move(vocabulary), std::move(tagger), std::move(vocabulary_source), std::move(tag_rules_source)};
}

} // namespace plenary
