// A first build on every core: the files are split into contiguous runs of about
// equal size, each run is indexed into its own shard database (threads take the
// runs in turn; a shard small enough to stay in memory until its one commit costs
// less than merging flush after flush into a growing database), and the shards are merged with Xapian's compactor into a fresh database that is
// moved into the index folder with its version file last. Until that last rename
// the folder holds no database, as before the run, so a failed or killed first build
// leaves no half-made index behind.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <filesystem>
#include <functional>
#include <vector>

namespace plenary {

// Fills one shard with the given files; shard 0 is the one to receive run-wide metadata.
using ShardFiller = std::function<void(Xapian::WritableDatabase& shard, const std::vector<std::filesystem::path>& files,
                                       std::size_t shard_number)>;

// How many shards the merge can open at once: raises the soft limit on open files
// to the hard one, and allows 8 descriptors per shard (Xapian opens 4 to 5 tables).
std::size_t max_open_shards();

// Splits files (in order) into at most `shards` contiguous runs of about equal bytes.
std::vector<std::vector<std::filesystem::path>> split_by_size(const std::vector<std::filesystem::path>& files,
                                                              std::size_t shards);

// Builds the index in index_dir (fresh, locked by the caller) from the runs, one
// shard per run, filled by that many threads. Rethrows the first error of a shard;
// the folder then holds no database.
void bulk_build(const std::filesystem::path& index_dir, const std::vector<std::vector<std::filesystem::path>>& runs,
                std::size_t threads, const ShardFiller& fill);

} // namespace plenary
