// The communiqué vocabulary: groups of equivalent words and phrases (acronyms and
// their expansions, British and American spellings) and of related concepts, read from
// plain-text files a user can extend: analyzers/vocabulary/*.txt are built into the
// tools, and a folder of files in the same format can replace them.
//
// Format: one group per line, alternatives separated by '=' (equivalent forms) or by '~'
// (related concepts, weighed below the word written); '#' starts a comment line. <n>
// stands for one number, the same in every alternative of the group.
//     DPRK = North Korea = Democratic People's Republic of Korea
//     UNSCR <n> = Resolution <n>
//     talks ~ dialogue
// An acronym that is also a function word (US, IT, WHO) stands for its expansion only
// when written in capitals: its key is kept in capitals.
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

struct VocabularyGroup {
    enum class Kind {
        equivalent,  // '=': one thing written several ways
        related,     // '~': related concepts, weighed below the word written
        defined,     // defined in the indexed text ("Technical Experts Meeting (TEM)")
    };
    // The alternatives as synonym keys (see synonym_key); a key in capitals ("US") is an
    // acronym that is also a function word, and matches only a word written in capitals.
    std::vector<std::string> keys;
    Kind kind = Kind::equivalent;
};

struct Vocabulary {
    std::vector<VocabularyGroup> groups;
};

// The key a sequence of analyzed words is looked up by: the stems joined by single
// spaces, number_slot where a number stands.
std::string synonym_key(const std::vector<std::string>& stems);

// What a key's alternative searches for: the key, lowercase ("US" -> "us").
std::string key_form(std::string_view key);

// Appends from's groups to into's.
void append(Vocabulary& into, Vocabulary&& from);

// analyzers/vocabulary/*.txt, compiled in.
std::vector<EmbeddedFile> builtin_vocabulary_files();

// The files of analyzers/vocabulary/, as they were when the tools were built.
Vocabulary builtin_vocabulary(Analyzer& analyzer);

// Every *.txt file in dir, in name order. Throws VocabularyError.
Vocabulary load_vocabulary(const std::filesystem::path& dir, Analyzer& analyzer);

// One file's text; source names it in errors. Throws VocabularyError.
Vocabulary parse_vocabulary(std::string_view text, std::string_view source, Analyzer& analyzer);

} // namespace plenary
