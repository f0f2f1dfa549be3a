// Topic files for batch runs: TSV (qid<TAB>query per line) or TREC topic files
// (<top> <num> Number: 401 <title> ... </top>), told apart by their first tag.
#pragma once

#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace plenary {

struct Topic {
    std::string id;
    std::string query;
    std::size_t line = 0;  // 1-based line of the topic in its file (TREC: of its title)
};

// A malformed topic file; what() is "FILE:LINE: reason".
class TopicError : public std::runtime_error {
public:
    TopicError(const std::filesystem::path& file, std::size_t line, const std::string& reason);
};

// Reads the topics of text (the contents of file, named in errors). Blank lines and
// lines starting with '#' are skipped in TSV. Throws TopicError for a line without
// a tab, an empty id or query, an id with spaces, a repeated id, and for a TREC
// topic without <num> or <title>.
std::vector<Topic> parse_topics(std::string_view text, const std::filesystem::path& file);

// Reads and parses file; throws std::runtime_error when it cannot be read.
std::vector<Topic> read_topics(const std::filesystem::path& file);

} // namespace plenary
