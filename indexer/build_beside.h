// A run that writes much into an existing index, on every core: the new index is built as a first
// build is, in a hidden folder beside the index folder, and the two folders trade places in one
// atomic rename (renameat2 RENAME_EXCHANGE). A run that fails or is killed before that rename leaves
// the old index as it was (the next run removes the hidden folder); after it, the new index is whole.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "indexing_rules.h"
#include "plenary/indexer.h"
#include "write_changes.h"

namespace plenary {

// Whether a run on files may be done this way: a folder (not a symlink) that holds one database,
// and enough text for a build on all cores (see spans_all_cores).
bool builds_beside(const std::vector<std::filesystem::path>& files, const IndexOptions& options);

// --rebuild: the files' index, built beside and swapped in; nullopt, with nothing changed, where
// the file system cannot swap two folders (the caller then works in place).
std::optional<IndexReport> rebuild_beside(const std::vector<std::filesystem::path>& files, const IndexOptions& options,
                                          const IndexingRules& rules);

// An update that writes at least options.bulk_min_bytes of files: a copy of the index without the
// communiqués the run replaces or removes, merged with the run's files written in shards, swapped
// in; nullopt, with nothing changed, for a smaller update or where folders cannot be swapped.
std::optional<IndexReport> update_beside(const SourcePaths& sources, const IndexOptions& options, const IndexingRules& rules);

} // namespace plenary
