// libFuzzer target: any bytes as a query. The parser either builds a query or
// throws QueryError with a column inside the query (or just after its end).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "plenary/analyzer.h"
#include "plenary/query_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static plenary::Analyzer analyzer;
    static plenary::QueryParser parser(analyzer);
    std::string_view query(reinterpret_cast<const char*>(data), size);
    try {
        auto parsed = parser.parse(query);
        (void)parsed.query.get_description();
    } catch (const plenary::QueryError& error) {
        if (error.column() < 1 || error.column() > size + 1) std::abort();
    }
    try {
        (void)plenary::parse_year_range(query);
    } catch (const plenary::QueryError&) {
    }
    return 0;
}
