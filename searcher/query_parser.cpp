#include "plenary/query_parser.h"

#include "communique_names.h"
#include "query_compiler.h"
#include "query_expansion.h"

namespace plenary {

QueryParser::QueryParser(Analyzer& analyzer, QueryParserOptions options) : analyzer_(analyzer), options_(options) {}

QueryParser::QueryParser(Analyzer& analyzer, const Xapian::Database& db, QueryParserOptions options)
    : analyzer_(analyzer), options_(options), names_(std::make_shared<CommuniqueNames>(db)) {
    if (options.vocabulary) expander_ = std::make_shared<QueryExpander>(db, analyzer, options);
}

ParsedQuery QueryParser::parse(std::string_view text) const { return compile(parse_query_tree(text)); }

ParsedQuery QueryParser::compile(QueryTree tree) const {
    return compile_query(std::move(tree), CompileContext{analyzer_, options_, expander_.get(), names_.get(), {}});
}

} // namespace plenary
