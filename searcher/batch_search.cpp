#include "plenary/batch_search.h"

#include <fmt/format.h>

#include <chrono>

#include "plenary/hit_output.h"
#include "plenary/trec_run.h"

namespace plenary {

std::vector<ParsedQuery> parse_topic_queries(const Searcher& searcher, const std::vector<Topic>& topics,
                                             const std::filesystem::path& file) {
    std::vector<ParsedQuery> queries;
    for (const auto& topic : topics) {
        try {
            queries.push_back(searcher.parse(topic.query));
        } catch (const QueryError& error) {
            throw TopicError(file, topic.line, fmt::format("topic {}: {}", topic.id, error.what()));
        }
    }
    return queries;
}

std::size_t write_run(Searcher& searcher, const std::vector<Topic>& topics, const std::vector<ParsedQuery>& queries,
                      const RunOptions& options,
                      std::ostream& out, const std::function<void(std::size_t)>& progress) {
    std::size_t written = 0;
    for (std::size_t i = 0; i < topics.size(); ++i) {
        const Topic& topic = topics[i];
        SearchResults results = searcher.search(queries[i], options.search);
        for (const auto& hit : results.hits) {
            if (options.format == RunFormat::json) {
                nlohmann::ordered_json object = hit_json(hit);
                object["qid"] = topic.id;
                out << object.dump() << '\n';
            } else {
                out << trec_run_line(topic.id, hit.passage.passage_id, hit.rank, hit.score, options.tag);
            }
        }
        written += results.hits.size();
        if (progress) progress(i + 1);
    }
    return written;
}

namespace {

struct TimedMode {
    std::string_view name;
    SearchOptions options;
};

std::int64_t time_search(Searcher& searcher, const Topic& topic, const SearchOptions& options) {
    auto start = std::chrono::steady_clock::now();
    SearchResults results = searcher.search(topic.query, options);
    auto stop = std::chrono::steady_clock::now();
    return std::chrono::duration_cast<std::chrono::nanoseconds>(stop - start).count();
}

} // namespace

void write_timings(Searcher& searcher, const std::vector<Topic>& topics, const SearchOptions& search,
                   const TimingOptions& options, std::ostream& out) {
    TimedMode ids_only{"search", search};
    ids_only.options.with_text = false;
    TimedMode full{"full", search};
    full.options.with_text = true;
    for (std::size_t pass = 0; pass < options.warmup + options.repeat; ++pass) {
        bool written = pass >= options.warmup;
        for (const auto& topic : topics) {
            for (const auto& mode : {ids_only, full}) {
                std::int64_t nanoseconds = time_search(searcher, topic, mode.options);
                if (written) out << fmt::format("{}\t{}\t{}\n", topic.id, mode.name, nanoseconds);
            }
        }
    }
}

} // namespace plenary
