// plenary-search's batch mode: --topics FILE with --run-tag, and --timings FILE
// --warmup N --repeat N for benchmarks.
#pragma once

#include <cstddef>
#include <string>

#include "plenary/cli.h"
#include "plenary/searcher.h"

namespace plenary::cli {

struct BatchSettings {
    std::string topics;       // empty: not in batch mode
    std::string run_tag = "plenary";
    std::string timings;      // empty: no timings
    std::size_t warmup = 0;
    std::size_t repeat = 1;
};

inline constexpr std::size_t batch_default_limit = 1000;

po::options_description batch_options(BatchSettings& settings);

// Throws UsageError for timing options given without --topics or --timings.
void check_batch_settings(const BatchSettings& settings, const po::variables_map& values);

// Runs every topic and writes the run (TREC, or JSON lines when json) to stdout,
// then the timings if asked. Returns the exit status: 0 when some topic had a hit.
int run_batch(Searcher& searcher, const BatchSettings& settings, const SearchOptions& options, bool json);

} // namespace plenary::cli
