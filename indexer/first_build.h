// A first build of enough text on every core: the plan's files are split into contiguous runs of
// about equal size, each run goes through the run's pipeline into a shard of its own, and the
// shards are merged (see bulk_build.h).
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "change_plan.h"
#include "indexing_rules.h"
#include "plenary/indexer.h"

namespace plenary {

// The threads of a first build: options.threads, or one per core.
std::size_t build_threads(const IndexOptions& options);

// Whether files hold enough text for a build on all cores: at least options.bulk_min_bytes in two
// files or more, with more than one thread.
bool spans_all_cores(const std::vector<std::filesystem::path>& files, const IndexOptions& options);

// Whether a run on files builds the index in options.index_dir this way: a first build that
// spans_all_cores.
bool builds_on_all_cores(const std::vector<std::filesystem::path>& files, const IndexOptions& options);

// Builds the index from files. Each shard writes the synonyms and its words' spellings;
// the merge adds them up.
IndexReport build_on_all_cores(const std::vector<std::filesystem::path>& files, const IndexOptions& options,
                               const IndexingRules& rules);

// Writes plan's files into shards on every core and merges them, after the database base if any,
// into a new index in index_dir (see bulk_build).
IndexReport build_in_shards(const std::vector<FileChange>& plan, const std::filesystem::path& index_dir,
                            const IndexOptions& options, const IndexingRules& rules,
                            const std::optional<std::filesystem::path>& base = std::nullopt);

} // namespace plenary
