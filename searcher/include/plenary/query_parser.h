// A query parsed (query_tree.h) and compiled into a Xapian query whose words went
// through the same analyzer as the indexed text:
//   words            best match: passages with all of them first, then passages with some
//                    (function words and question words only count when nothing else is given)
//   "a phrase"       consecutive words, matched through their stems
//   trans*           words starting with "trans", and the word "trans" itself (its stem)
//   fields           filters; several values of one field are alternatives
#pragma once

#include <xapian.h>

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "plenary/analyzer.h"
#include "plenary/query_options.h"
#include "plenary/query_tree.h"

namespace plenary {

// What a hit's text is searched for when highlighting: the surface words whose stems
// matched, whole phrases where they matched as phrases, and prefixes.
struct MatchPlan {
    std::set<std::string> stems;
    std::vector<std::vector<std::string>> phrases;
    std::vector<std::string> prefixes;
    bool field_words = false;  // a word may also match the communiqué's fields (a hit still needs the body)
};

// A part of the query a hit is said to match or not: a word, a phrase, a group, as written.
struct WrittenWord {
    std::string text;  // as written in the query
    MatchPlan plan;    // how to find it in a hit
};

struct ParsedQuery {
    QueryTree tree;
    Xapian::Query query;
    MatchPlan plan;
    // The parts of the query a hit may match: the items of a query of several, or the query.
    std::vector<WrittenWord> words;
    // Best match with more than one word: all the words together. A passage that matches it
    // ranks above every passage that does not (Searcher); empty otherwise.
    Xapian::Query all_words;
    // The query without its proximity evidence (phrase_boost and proximity_boost at 0): the
    // ranking whose first passages the evidence reorders (RankingOptions::proximity_depth);
    // empty when the query has none.
    Xapian::Query without_proximity;
};

class CommuniqueNames;
class QueryExpander;

class QueryParser {
public:
    // Words are searched as written (after analysis), without the vocabulary.
    explicit QueryParser(Analyzer& analyzer, QueryParserOptions options = {});

    // Words, phrases and runs of plain words also match their equivalent forms: the
    // index's synonyms (acronyms, spellings) and compounds (see query_expansion.h), unless
    // options.vocabulary is off; words that name a communiqué's city or year weigh as its
    // context (see QueryParserOptions::communique_context). A field value no passage has
    // (org:wa, tag:outreah) is a QueryError naming the values db holds. db must outlive the parser.
    QueryParser(Analyzer& analyzer, const Xapian::Database& db, QueryParserOptions options = {});

    // Throws QueryError for malformed queries.
    ParsedQuery parse(std::string_view text) const;

    // Throws QueryError for a tree without a searchable word, and for operands that
    // analysis leaves empty.
    ParsedQuery compile(QueryTree tree) const;

private:
    Analyzer& analyzer_;
    QueryParserOptions options_;
    std::shared_ptr<const QueryExpander> expander_;
    std::shared_ptr<const CommuniqueNames> names_;
    const Xapian::Database* db_ = nullptr;  // field values are checked against it
};

} // namespace plenary
