// plenary-search --like PASSAGE_ID|-: the passages like one of the index's, or like a text on stdin.
#pragma once

#include <string>

#include "plenary/searcher.h"

namespace plenary::cli {

// The query for passages like the one --like names ("-": the text on stdin), with options set to
// rank each communiqué's best passage first and, for a passage of the index, to leave out its
// own communiqué. Throws UsageError for an unknown passage id, an empty stdin, or a text without
// a word the index holds.
ParsedQuery like_query_of(Searcher& searcher, const std::string& like, SearchOptions& options);

// All of stdin; throws UsageError("no <what> on stdin") when it holds only whitespace.
std::string read_stdin(const std::string& what);

} // namespace plenary::cli
