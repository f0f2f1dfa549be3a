// plenary's query language, parsed into a Xapian query whose words went through the
// same analyzer as the indexed text:
//   words            all must match (stopwords only count when nothing else is given)
//   "a phrase"       consecutive words, matched through their stems
//   a OR b, a AND b, a NOT b, +a, -b, ( ... ), a NEAR b, a NEAR/5 b
//   trans*           words starting with "trans"
//   tag:T  year:Y  year:A..B  year:A..  year:..B  city:C  city:"Buenos Aires"  doc:ID
#pragma once

#include <xapian.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "plenary/analyzer.h"

namespace plenary {

// A malformed query. column is 1-based, in bytes of the query text.
class QueryError : public std::runtime_error {
public:
    QueryError(std::size_t column, const std::string& reason);
    std::size_t column() const { return column_; }
    const std::string& reason() const { return reason_; }

private:
    std::size_t column_;
    std::string reason_;
};

// What a hit's text is searched for when highlighting: the surface words whose stems
// matched, whole phrases where they matched as phrases, and prefixes.
struct MatchPlan {
    std::set<std::string> stems;
    std::vector<std::vector<std::string>> phrases;
    std::vector<std::string> prefixes;
};

struct ParsedQuery {
    Xapian::Query query;
    MatchPlan plan;
};

struct YearRange {
    std::optional<int> from;
    std::optional<int> to;
};

// Parses "2013", "2004..2013", "2004.." or "..2013". Throws QueryError (column 1
// is the first character of text) for anything else, and for reversed ranges.
YearRange parse_year_range(std::string_view text);

// How words that are not joined by an operator combine.
enum class MatchMode {
    all,  // every word must match (the default: interactive queries narrow as words are added)
    any,  // a passage needs one of the words, and ranks higher the more it has ("+word" still must match)
};

struct QueryParserOptions {
    double field_weight = 0.5;       // weight of title/city/country words against body words
    Xapian::termcount near_window = 10;
    MatchMode match = MatchMode::all;
    // Free-text words that appear in the passage as in the query (in order, allowing
    // the function words between them) or within proximity_window words of each
    // other add these multiples of their weights; 0 turns the evidence off.
    double phrase_boost = 0.1;
    double proximity_boost = 0.05;
    Xapian::termcount proximity_window = 8;
    // Weight of a word's equivalent forms from the vocabulary (acronyms, spellings,
    // compounds) against the form written.
    double synonym_weight = 1.0;
};

class QueryExpander;

class QueryParser {
public:
    // Words are searched as written (after analysis), without the vocabulary.
    explicit QueryParser(Analyzer& analyzer, QueryParserOptions options = {});

    // Words, phrases and runs of plain words also match their equivalent forms: the
    // index's synonyms (acronyms, spellings) and compounds (see query_expansion.h).
    // db must outlive the parser.
    QueryParser(Analyzer& analyzer, const Xapian::Database& db, QueryParserOptions options = {});

    // Throws QueryError for malformed queries.
    ParsedQuery parse(std::string_view text) const;

private:
    Analyzer& analyzer_;
    QueryParserOptions options_;
    std::shared_ptr<const QueryExpander> expander_;
};

// Filter queries shared by query fields and command-line options.
Xapian::Query year_filter(const YearRange& range);
Xapian::Query tag_filter(std::string_view tag);

} // namespace plenary
