// A fresh index built from shards filled in parallel: each shard is a database of its own
// (threads take the shards in turn; a shard small enough to stay in memory until its one commit
// costs less than merging flush after flush into a growing database), and the shards are merged
// with Xapian's compactor into a fresh database that is moved into the index folder with its
// version file last. Until that last rename the folder holds no database, as before the run, so
// a failed or killed build leaves no half-made index behind.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>

namespace plenary {

// Fills shard number shard_number (from 0) of a build.
using ShardFiller = std::function<void(Xapian::WritableDatabase& shard, std::size_t shard_number)>;

// Fills, once every shard is filled, one more database merged with them: what the build writes once
// rather than in every shard.
using BuildCloser = std::function<void(Xapian::WritableDatabase& db)>;

// How many shards the merge can open at once: raises the soft limit on open files
// to the hard one, and allows 8 descriptors per shard (Xapian opens 4 to 5 tables).
std::size_t max_open_shards();

// Builds the index in index_dir (fresh, locked by the caller) from the database base, if any, and
// `shards` shards, filled by that many threads, and the database close fills after them. Rethrows the
// first error of a shard; the folder then holds no database.
void bulk_build(const std::filesystem::path& index_dir, std::size_t shards, std::size_t threads, const ShardFiller& fill,
                const BuildCloser& close, const std::optional<std::filesystem::path>& base = std::nullopt);

} // namespace plenary
