// libFuzzer target: any bytes as a query. The parser either builds a query, whose
// tree's nodes each lie inside the query and hold the bytes their spans give, or
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
        plenary::for_each_node(parsed.tree.root, [&](const plenary::QueryNode& node) {
            const auto& span = node.span;
            if (span.begin > span.end || span.end > size) std::abort();
            if (!node.children.empty()) return;
            const auto& text = node.text_span;
            if (text.begin < span.begin || text.end > span.end || query.substr(text.begin, text.end - text.begin) != node.text) {
                std::abort();
            }
        });
    } catch (const plenary::QueryError& error) {
        if (error.column() < 1 || error.column() > size + 1) std::abort();
    }
    try {
        (void)plenary::parse_year_range(query);
    } catch (const plenary::QueryError&) {
    }
    return 0;
}
