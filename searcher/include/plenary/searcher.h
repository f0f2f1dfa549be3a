// Ranked passage search over a plenary index.
#pragma once

#include <xapian.h>

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "plenary/analyzer.h"
#include "plenary/facets.h"
#include "plenary/highlighter.h"
#include "plenary/index_schema.h"
#include "plenary/like_query.h"
#include "plenary/query_parser.h"
#include "plenary/year_range.h"

namespace plenary {

struct RankingOptions {
    // Anserini's BM25 defaults for short texts such as passages (Xapian's own are
    // 1.2 and 0.75); on the bundled collection the measures barely move across
    // k1 0.6-1.6 and b 0.3-0.9 (see README, Evaluation).
    double bm25_k1 = 0.9;
    double bm25_b = 0.4;
    QueryParserOptions query;
    FeedbackOptions feedback;
    // Proximity evidence (QueryParserOptions::phrase_boost, proximity_boost) reorders the first
    // passages of the ranking without it, this many; 0: it weighs in every matching passage.
    Xapian::doccount proximity_depth = 100;
};

struct SearchOptions {
    std::size_t limit = 10;
    std::vector<std::string> tags;  // a hit carries at least one of them
    std::optional<YearRange> years;
    bool with_text = true;          // false: ids and scores only, no text or highlights
    bool facets = false;            // count every match by tag, year and city
    // The best passage of each communiqué first, in rank order, then the others (among the first
    // grouping_depth matches at least): passages like one, one per communiqué.
    bool one_per_communique_first = false;
    std::size_t grouping_depth = 1000;
    std::string excluded_communique;  // no passage of this communiqué (its id) is a hit
};

struct Hit {
    std::size_t rank = 0;           // 1-based
    double score = 0;
    schema::PassageRecord passage;  // text is empty without SearchOptions::with_text
    std::shared_ptr<const schema::CommuniqueRecord> communique;  // shared with the Searcher's cache
    std::vector<Highlight> highlights;
    std::vector<std::string> matched;  // the query's words it matched, as written (with the text)
    // Best match: how many words the query has, of which a hit matched `matched`; 0 otherwise.
    std::size_t query_words = 0;

    bool partial() const { return matched.size() < query_words; }
};

struct SearchResults {
    std::vector<Hit> hits;
    Xapian::doccount matches = 0;  // every matching passage, counted exactly
    std::optional<Facets> facets;        // with SearchOptions::facets; the bounds are then exact
};

// The passages around a hit in its communiqué, in reading order.
struct PassageContext {
    std::vector<schema::PassageRecord> before;
    std::vector<schema::PassageRecord> after;
};

// How the shards of a sharded index are searched (see plenary/index_layout.h).
struct ShardOptions {
    std::chrono::milliseconds remote_timeout{10'000};  // a remote shard that has not answered by then is down
    bool allow_partial = false;  // search the shards that answer, with a warning each, instead of failing
    std::function<void(const std::string&)> warn;      // told which shard is left out and why
};

// Thrown when there is no index where one was expected; says how to build one.
class MissingIndex : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class IndexReader;
struct RankedQuery;
struct RankedItem;

class Searcher {
public:
    // Opens the index (a folder, or a stub listing shards) read-only. Throws MissingIndex,
    // ShardUnavailable naming a shard that cannot be opened (unless shards.allow_partial), or a
    // runtime_error for anything that is not a plenary index of this version.
    explicit Searcher(const std::filesystem::path& index_dir, RankingOptions ranking = {}, ShardOptions shards = {});
    ~Searcher();

    // Throws QueryError for malformed queries, runtime_error for a tag the index does not
    // know (naming the closest known tag). While an indexer commits, searches see
    // the last committed state (the index is reopened and the search retried). A remote shard
    // that stops answering is a ShardUnavailable error, or with ShardOptions::allow_partial is
    // left out (with a warning) and the search runs again.
    SearchResults search(std::string_view query, const SearchOptions& options);

    // Same, for a query already parsed.
    SearchResults search(const ParsedQuery& query, const SearchOptions& options);

    // Throws QueryError for malformed queries.
    ParsedQuery parse(std::string_view query) const;

    // The query with its misspelt words corrected from the index's vocabulary, or
    // nothing (see spelling_suggestion.h).
    std::optional<std::string> suggestion(const QueryTree& query);

    // Same, for a query not parsed yet. Throws QueryError for malformed queries.
    std::optional<std::string> suggestion(std::string_view query);

    // Up to `count` passages before and after the passage (fewer at the communiqué's ends).
    PassageContext context(const schema::PassageRecord& passage, std::size_t count);

    // The passage with this id, or nothing.
    std::optional<schema::PassageRecord> passage(const std::string& id);

    // Every passage of the communiqué, in reading order.
    std::vector<schema::PassageRecord> passages_of(const schema::CommuniqueRecord& communique);

    // Every communiqué of the index, in time order: year (none first), plenary number, id.
    std::vector<std::shared_ptr<const schema::CommuniqueRecord>> communiques();

    // The query for passages like text (see like_query.h). Throws std::invalid_argument when
    // text has no word to search for.
    ParsedQuery like(std::string_view text, const LikeOptions& options = {});

private:
    template <typename Read>
    auto with_answering_shards(Read&& read) -> decltype(read());
    SearchResults search_once(const ParsedQuery& parsed, const SearchOptions& options);
    SearchResults run_query(RankedQuery query, const ParsedQuery& parsed, const SearchOptions& options);
    Hit make_hit(const RankedItem& ranked, const ParsedQuery& parsed, const SearchOptions& options);
    std::shared_ptr<const schema::CommuniqueRecord> communique(const std::string& id);
    const std::set<std::string>& field_terms_of(const std::string& communique_id, const Xapian::Document& passage);
    void forget_communiques();  // the index changed or a shard was left out

    std::filesystem::path index_dir_;
    std::unique_ptr<IndexReader> reader_;
    Xapian::Database db_;  // reader_'s
    RankingOptions ranking_;
    Analyzer analyzer_;
    std::optional<QueryParser> parser_;  // made again when a shard is left out
    std::unordered_map<std::string, std::shared_ptr<const schema::CommuniqueRecord>> communiques_;
    std::unordered_map<std::string, std::set<std::string>> field_terms_;  // see matched_words.h
};

} // namespace plenary
