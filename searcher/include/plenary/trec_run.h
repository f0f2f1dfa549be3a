// TREC run lines, as trec_eval reads them: "qid Q0 docno rank score tag".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace plenary {

// One run line with a trailing newline. The score is written in the shortest form
// that reads back as the same double (trec_eval sorts by it, so rounding would
// create ties), independently of the locale.
std::string trec_run_line(std::string_view qid, std::string_view docno, std::size_t rank, double score,
                          std::string_view tag);

} // namespace plenary
