// Batch runs: every topic of a topic file searched once, written as a TREC run or
// JSON lines, and timed for benchmarks.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "plenary/searcher.h"
#include "plenary/topics.h"

namespace plenary {

// Every topic's query parsed, in order. Throws TopicError "FILE:LINE: column C: reason" for
// the first topic whose query is malformed, so a batch fails before it writes anything.
std::vector<ParsedQuery> parse_topic_queries(const Searcher& searcher, const std::vector<Topic>& topics,
                                             const std::filesystem::path& file);

enum class RunFormat { trec, json };

struct RunOptions {
    SearchOptions search;
    RunFormat format = RunFormat::trec;
    std::string tag = "plenary";
};

// Searches every topic (queries[i] parsed from topics[i]) and writes its hits to out: TREC run lines, or the hit's
// JSON object with an added "qid" key. progress(done) is called after each topic.
// Returns the number of hits written.
std::size_t write_run(Searcher& searcher, const std::vector<Topic>& topics, const std::vector<ParsedQuery>& queries,
                      const RunOptions& options,
                      std::ostream& out, const std::function<void(std::size_t)>& progress = {});

struct TimingOptions {
    std::size_t warmup = 0;  // passes run first and not written
    std::size_t repeat = 1;  // passes written
};

// Runs every topic (warmup + repeat) times in two modes — "search" (ranked ids
// only) and "full" (with text and highlights) — and writes a line
// "qid<TAB>search|full<TAB>nanoseconds" per query of the written passes. Only the
// library call is timed, with a steady clock.
void write_timings(Searcher& searcher, const std::vector<Topic>& topics, const SearchOptions& search,
                   const TimingOptions& options, std::ostream& out);

} // namespace plenary
