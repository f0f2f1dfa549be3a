// The vocabulary files compiled into the tools (generated from analyzers/vocabulary/),
// so a build tree and an installed copy read the same data without a data path.
#pragma once

#include <string_view>
#include <vector>

namespace plenary::detail {

struct VocabularyFile {
    std::string_view name;
    std::string_view text;
};

extern const std::vector<VocabularyFile> builtin_vocabulary_files;

} // namespace plenary::detail
