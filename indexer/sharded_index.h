// plenary-index on a sharded index (see plenary/index_layout.h): the first build of --shards N,
// and updates that write each communiqué's passages to its shard (shard_routing.h) and its
// records, the vocabulary and the spelling data to the catalog. Xapian commits databases one by
// one: the shards commit first and the catalog last, so until the catalog commits it records the
// previous run, and the next run rewrites whatever a killed run left in the shards.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <filesystem>
#include <vector>

#include "indexing_rules.h"
#include "plenary/index_layout.h"
#include "plenary/indexer.h"
#include "write_changes.h"

namespace plenary {

// Whether a run writes a sharded index: layout is one, or options.shards asks for a first build
// of one. Throws runtime_error when --shards contradicts the index (it is one database already,
// or has another number of shards).
bool writes_sharded(const IndexLayout& layout, const IndexOptions& options);

// The first build: options.shards shards filled on options.threads threads, their records merged
// into the catalog, and the stub written last into options.index_dir (before it, a killed build
// leaves no index behind).
IndexReport build_sharded(const std::vector<std::filesystem::path>& files, const IndexOptions& options,
                          const IndexingRules& rules);

// An update of the sharded index of layout, its shards local or remote (served writable).
IndexReport update_sharded(const SourcePaths& sources, const IndexOptions& options,
                           const IndexingRules& rules, const IndexLayout& layout);

// Records in shard that it is shard `number` of `count`, in plenary's format.
void mark_shard(Xapian::WritableDatabase& shard, std::size_t number, std::size_t count);

} // namespace plenary
