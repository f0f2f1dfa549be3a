// libFuzzer target: any bytes read as a PDF. poppler either refuses them (damaged, encrypted,
// no text) with LoadError or the passages have a first page within the document and no bytes.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "plenary/communique.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        const plenary::Communique communique = plenary::parse_communique(bytes, "/fuzz/input.pdf");
        for (const plenary::Passage& passage : communique.passages) {
            if (passage.start || passage.end || passage.page == 0 || passage.text.empty()) std::abort();
        }
    } catch (const plenary::LoadError&) {
    }
    return 0;
}
