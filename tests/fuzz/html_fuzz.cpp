// libFuzzer target: any bytes as an HTML page (reader_fuzz.h says what is checked).
#include "reader_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return plenary::fuzz::fuzz_reader(data, size, plenary::loader::read_html);
}
