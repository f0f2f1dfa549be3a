// The two inputs of an evaluation as trec_eval reads them: qrels ("qid iter docno
// grade") and runs ("qid Q0 docno rank score tag").
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace plenary::eval {

// A malformed line or file; what() is "FILE:LINE: reason" (or "FILE: reason").
class InputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// qid → docno → grade. Grades > 0 are relevant (trec_eval's default relevance
// level 1) and are nDCG's gains; a negative grade marks a pooled but unjudged doc.
using Qrels = std::map<std::string, std::map<std::string, int>>;

struct Retrieved {
    std::string docno;
    double score = 0;
};

struct Run {
    std::string tag;  // the run's tag (last column of its first line), else the file name
    // qid → retrieved docs in trec_eval's order: score descending, ties by docno
    // descending (byte order); the rank column is ignored as trec_eval ignores it.
    std::map<std::string, std::vector<Retrieved>> topics;
};

// Parse text read from file (named in errors). Throw InputError for a line with
// the wrong number of fields, a grade that is not an integer, a score that is not
// a number, a rank that is not an integer, or a docno given twice for a topic.
Qrels parse_qrels(std::string_view text, const std::filesystem::path& file);
Run parse_run(std::string_view text, const std::filesystem::path& file);

// Read and parse file; InputError when it cannot be read.
Qrels read_qrels(const std::filesystem::path& file);
Run read_run(const std::filesystem::path& file);

} // namespace plenary::eval
