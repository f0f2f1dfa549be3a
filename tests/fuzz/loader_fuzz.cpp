// libFuzzer target: any bytes as a source file. The loader either rejects them with
// LoadError or returns passages whose byte offsets lie inside the input.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "plenary/communique.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        plenary::Communique communique = plenary::parse_communique(bytes, "/fuzz/input.txt");
        for (const auto& passage : communique.passages) {
            if (!passage.start || !passage.end || *passage.start >= *passage.end || *passage.end > size || passage.text.empty())
                std::abort();
        }
    } catch (const plenary::LoadError&) {
    }
    return 0;
}
