#include "plenary/trec_run.h"

#include <fmt/format.h>

namespace plenary {

std::string trec_run_line(std::string_view qid, std::string_view docno, std::size_t rank, double score,
                          std::string_view tag) {
    // fmt's formatting ignores the C and C++ locales unless asked ('L').
    return fmt::format("{} Q0 {} {} {} {}\n", qid, docno, rank, score, tag);
}

} // namespace plenary
