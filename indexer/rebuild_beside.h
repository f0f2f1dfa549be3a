// --rebuild of an existing index on every core: the new index is built as a first build is, in a
// hidden folder beside the index folder, and the two folders trade places in one atomic rename
// (renameat2 RENAME_EXCHANGE). A run that fails or is killed before that rename leaves the old index
// as it was (the next run removes the hidden folder); after it, the new index is whole.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "indexing_rules.h"
#include "plenary/indexer.h"

namespace plenary {

// Whether a run on files rebuilds this way: --rebuild of a folder (not a symlink) that holds a
// database, with enough text for a build on all cores (see builds_on_all_cores).
bool rebuilds_beside(const std::vector<std::filesystem::path>& files, const IndexOptions& options);

// Builds the index beside options.index_dir and swaps it in; nullopt, with nothing changed, where
// the file system cannot swap two folders (the caller then rebuilds in place).
std::optional<IndexReport> rebuild_beside(const std::vector<std::filesystem::path>& files, const IndexOptions& options,
                                          const IndexingRules& rules);

} // namespace plenary
