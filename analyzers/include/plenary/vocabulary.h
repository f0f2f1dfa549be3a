// The communiqué vocabulary: groups of equivalent words and phrases (acronyms and
// their expansions, British and American spellings), read from plain-text files a
// user can extend: analyzers/vocabulary/*.txt are built into the tools, and a folder
// of files in the same format can replace them.
//
// Format: one group per line, alternatives separated by '='; '#' starts a comment
// line. <n> stands for one number, the same in every alternative of the group.
//     DPRK = North Korea = Democratic People's Republic of Korea
//     UNSCR <n> = Resolution <n>
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "plenary/analyzer.h"
#include "plenary/embedded_files.h"

namespace plenary {

// Where a number stands in an alternative.
inline constexpr std::string_view number_slot = "<n>";

// A vocabulary file that cannot be used; what() is "FILE:LINE: reason".
class VocabularyError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct Vocabulary {
    // Each group lists its alternatives as synonym keys (see synonym_key).
    std::vector<std::vector<std::string>> groups;
};

// The key a sequence of analyzed words is looked up by: the stems joined by single
// spaces, number_slot where a number stands.
std::string synonym_key(const std::vector<std::string>& stems);

// analyzers/vocabulary/*.txt, compiled in.
std::vector<EmbeddedFile> builtin_vocabulary_files();

// The files of analyzers/vocabulary/, as they were when the tools were built.
Vocabulary builtin_vocabulary(Analyzer& analyzer);

// Every *.txt file in dir, in name order. Throws VocabularyError.
Vocabulary load_vocabulary(const std::filesystem::path& dir, Analyzer& analyzer);

// One file's text; source names it in errors. Throws VocabularyError.
Vocabulary parse_vocabulary(std::string_view text, std::string_view source, Analyzer& analyzer);

} // namespace plenary
