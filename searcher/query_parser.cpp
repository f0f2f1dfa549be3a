#include "plenary/query_parser.h"

#include "communique_names.h"
#include "query_compiler.h"
#include "query_expansion.h"

namespace plenary {

QueryParser::QueryParser(Analyzer& analyzer, QueryParserOptions options) : analyzer_(analyzer), options_(options) {}

QueryParser::QueryParser(Analyzer& analyzer, const Xapian::Database& db, QueryParserOptions options)
    : analyzer_(analyzer), options_(options), names_(std::make_shared<CommuniqueNames>(db)), db_(&db) {
    if (options.vocabulary) expander_ = std::make_shared<QueryExpander>(db, analyzer, options);
}

ParsedQuery QueryParser::parse(std::string_view text) const { return compile(parse_query_tree(text)); }

ParsedQuery QueryParser::compile(QueryTree tree) const {
    auto context = [&](const QueryParserOptions& options) {
        return CompileContext{analyzer_, options, expander_.get(), names_.get(), db_, {}};
    };
    if (options_.phrase_boost <= 0 && options_.proximity_boost <= 0) return compile_query(std::move(tree), context(options_));
    QueryParserOptions no_evidence = options_;
    no_evidence.phrase_boost = no_evidence.proximity_boost = 0;
    Xapian::Query without_proximity = compile_query(tree, context(no_evidence)).query;
    ParsedQuery parsed = compile_query(std::move(tree), context(options_));
    if (without_proximity.serialise() != parsed.query.serialise()) parsed.without_proximity = without_proximity;
    return parsed;
}

} // namespace plenary
