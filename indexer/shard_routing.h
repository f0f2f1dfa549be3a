// Which shard of a sharded index holds a communiqué's passages.
#pragma once

#include <cstddef>
#include <string_view>

#include "plenary/strings.h"

namespace plenary {

// A stable hash of the communiqué's id (FNV-1a, the same on every machine and in every run), so a
// communiqué stays in its shard and an update touches only the shards of the files it changes.
inline std::size_t shard_of(std::string_view communique_id, std::size_t shards) {
    return shards <= 1 ? 0 : static_cast<std::size_t>(fnv1a(communique_id) % shards);
}

} // namespace plenary
