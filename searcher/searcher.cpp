#include "plenary/searcher.h"

#include <fmt/format.h>

#include <system_error>

#include "communique_grouping.h"
#include "feedback.h"
#include "index_reader.h"
#include "field_values.h"
#include "known_tags.h"
#include "matched_words.h"
#include "plenary/database.h"
#include "plenary/spelling_suggestion.h"
#include "query_filters.h"
#include "ranked_hits.h"

namespace plenary {

namespace fs = std::filesystem;

Searcher::Searcher(const fs::path& index_dir, RankingOptions ranking, ShardOptions shards)
    : index_dir_(index_dir), reader_(std::make_unique<IndexReader>(index_dir, std::move(shards))), db_(reader_->db()),
      ranking_(ranking), parser_(std::in_place, analyzer_, db_, ranking.query) {}

Searcher::~Searcher() = default;

void Searcher::forget_communiques() {
    communiques_.clear();
    field_terms_.clear();
}

// Runs read; when a remote shard failed meanwhile, connects to the remote shards again (failing
// with the one that does not answer, or leaving it out, see IndexReader::reconnect) and runs read
// again, once more than there are remote shards at most.
template <typename Read>
auto Searcher::with_answering_shards(Read&& read) -> decltype(read()) {
    for (std::size_t attempt = 0;; ++attempt) {
        try {
            return read();
        } catch (const Xapian::NetworkError&) {
            if (attempt >= reader_->remote_shards()) throw;
            reader_->reconnect();
            db_ = reader_->db();
            forget_communiques();
            parser_.emplace(analyzer_, db_, ranking_.query);
        }
    }
}

ParsedQuery Searcher::parse(std::string_view query) const {
    try {
        return parser_->parse(query);
    } catch (const Xapian::NetworkError&) {
        reader_->check_reachable();
        throw;
    }
}

std::optional<std::string> Searcher::suggestion(const QueryTree& query) {
    return with_answering_shards([&] { return read_latest(db_, [&] { return spelling_suggestion(query, db_, analyzer_); }); });
}

std::optional<std::string> Searcher::suggestion(std::string_view query) { return suggestion(parse_query_tree(query)); }

SearchResults Searcher::search(std::string_view query, const SearchOptions& options) {
    return with_answering_shards([&] { return search(parser_->parse(query), options); });
}

SearchResults Searcher::search(const ParsedQuery& parsed, const SearchOptions& options) {
    return with_answering_shards([&] { return search_once(parsed, options); });
}

ParsedQuery Searcher::like(std::string_view text, const LikeOptions& options) {
    return with_answering_shards([&] { return read_latest(db_, [&] { return like_query(text, analyzer_, db_, options); }); });
}

SearchResults Searcher::search_once(const ParsedQuery& parsed, const SearchOptions& options) {
    auto filtered = [&](Xapian::Query query) {
        if (query.empty()) return query;
        if (!options.excluded_communique.empty()) {
            query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, doc_filter(options.excluded_communique));
        }
        if (!options.tags.empty()) {
            std::vector<Xapian::Query> tags;
            for (const auto& tag : options.tags) tags.push_back(tag_filter(tag));
            query = Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(Xapian::Query::OP_OR, tags.begin(), tags.end()));
        }
        if (options.years) query = Xapian::Query(Xapian::Query::OP_FILTER, query, year_filter(*options.years));
        return query;
    };
    RankedQuery query{filtered(parsed.query), filtered(parsed.without_proximity), parsed.all_words};

    try {
        return read_latest(db_, [&] { return run_query(query, parsed, options); }, [&] { forget_communiques(); });
    } catch (const Xapian::DatabaseModifiedError&) {
        throw std::runtime_error(fmt::format("the index at {} kept changing during {} attempts to search it; try again",
                                             index_dir_.string(), max_read_attempts));
    } catch (const Xapian::DatabaseError& error) {
        throw std::runtime_error(damaged_index_message(index_dir_, error));
    }
}

SearchResults Searcher::run_query(RankedQuery query, const ParsedQuery& parsed, const SearchOptions& options) {
    check_known_tags(db_, options.tags);
    if (options.years) check_years_held(db_, *options.years);
    Xapian::Enquire enquire(db_);
    enquire.set_weighting_scheme(Xapian::BM25Weight(ranking_.bm25_k1, 0, 1, ranking_.bm25_b, 0.5));
    enquire.set_sort_by_relevance_then_value(schema::sort_slot, false);
    const std::size_t depth = options.one_per_communique_first ? std::max(options.limit, options.grouping_depth) : options.limit;
    if (ranking_.feedback.passages > 0 && !parsed.words.empty()) {
        rank_by(enquire, db_, query.query, query.all_words);
        query = {with_feedback(enquire, db_, query.query, parsed.plan, ranking_.feedback), {}, query.all_words};
    }
    RankedHits ranked = ranked_hits(enquire, db_, query, static_cast<Xapian::doccount>(depth), ranking_.proximity_depth);

    SearchResults results;
    results.matches = ranked.matches;
    if (options.facets) results.facets = count_facets(db_, query.query);
    std::vector<RankedItem> items = hit_order(ranked.items, options.one_per_communique_first);
    for (std::size_t i = 0; i < items.size() && i < options.limit; ++i) {
        results.hits.push_back(make_hit(items[i], parsed, options));
        results.hits.back().rank = i + 1;
    }
    return results;
}

Hit Searcher::make_hit(const RankedItem& ranked, const ParsedQuery& parsed, const SearchOptions& options) {
    Hit hit;
    hit.score = ranked.score;
    Xapian::Document document = ranked.item.get_document();
    hit.passage = schema::decode_passage(document.get_data());
    hit.communique = communique(hit.passage.communique_id);
    if (!options.with_text) {
        hit.passage.text.clear();
        return hit;
    }
    AnalyzedText text(hit.passage.text, analyzer_);
    hit.highlights = text.highlights(parsed.plan);
    hit.matched = matched_words(parsed.words, text, field_terms_of(hit.passage.communique_id, document));
    if (!parsed.all_words.empty()) hit.query_words = parsed.words.size();
    return hit;
}

const std::set<std::string>& Searcher::field_terms_of(const std::string& communique_id, const Xapian::Document& passage) {
    auto cached = field_terms_.find(communique_id);
    if (cached == field_terms_.end()) cached = field_terms_.emplace(communique_id, field_terms(passage)).first;
    return cached->second;
}

std::shared_ptr<const schema::CommuniqueRecord> Searcher::communique(const std::string& id) {
    auto& cached = communiques_[id];
    if (!cached) {
        std::string json = db_.get_metadata(std::string(schema::communique_key_prefix) + id);
        auto record = std::make_shared<schema::CommuniqueRecord>();
        if (json.empty()) record->id = id; else *record = schema::decode_communique(json);
        cached = std::move(record);
    }
    return cached;
}

} // namespace plenary
