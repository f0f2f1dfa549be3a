// libFuzzer target: any bytes as a qrels file and as a run file; malformed ones
// throw InputError.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "plenary/eval/trec_files.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        (void)plenary::eval::parse_qrels(text, "fuzz.qrels");
    } catch (const plenary::eval::InputError&) {
    }
    try {
        for (const auto& [qid, retrieved] : plenary::eval::parse_run(text, "fuzz.run").topics) {
            if (qid.empty() || retrieved.empty()) std::abort();
        }
    } catch (const plenary::eval::InputError&) {
    }
    return 0;
}
