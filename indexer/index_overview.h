// plenary-index --status and --list: what an index holds, read without changing it.
#pragma once

#include <chrono>
#include <filesystem>
#include <ostream>

namespace plenary {

// One "name  value" line each: the index (a folder, or a sharded index's folder or stub), for a
// sharded index the number of shards, communiqués, passages, size on disk, last update, format,
// vocabulary and tag rules in use, "tags" with the tag names separated by spaces, and for a sharded
// index one line per shard ("shard 0", its location and passages; remote shards are asked, within
// remote_timeout). Throws runtime_error when there is no plenary index at location, and after the
// lines when a shard did not answer (its line says why).
void print_index_status(std::ostream& out, const std::filesystem::path& location, std::chrono::milliseconds remote_timeout);

// One tab-separated line per communiqué, by id: id, year, city, organisation, passages, file. A
// sharded index's catalog records them all: its shards are not asked.
void print_index_list(std::ostream& out, const std::filesystem::path& location);

} // namespace plenary
