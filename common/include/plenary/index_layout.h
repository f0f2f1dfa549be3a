// Where an index's databases are. An index is one Xapian database in a folder, or a sharded
// index: a stub file listing shard databases (local or remote; see stub_file.h) and, in the
// stub's folder, a local catalog database. The shards hold the passage documents; the catalog
// holds everything else the index knows (communiqué and source records, tag names, format,
// synonyms, spelling), because Xapian's remote backend serves no synonyms or spelling data.
// plenary-index --shards N writes a folder holding the stub as XAPIANDB (so Xapian's own tools
// open the folder as the shards), the shards shard-0 ... shard-N-1 and the catalog.
#pragma once

#include <xapian.h>

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "plenary/stub_file.h"

namespace plenary {

inline constexpr std::string_view stub_file_name = "XAPIANDB";
inline constexpr std::string_view catalog_folder_name = "catalog";

// Metadata of a sharded index: the catalog and every shard record the number of shards, and
// every shard its own number (from 0), so that a stub that lists a shard twice, or misses one,
// is told.
inline constexpr std::string_view shard_count_key = "plenary:shards";
inline constexpr std::string_view shard_number_key = "plenary:shard";

struct IndexLayout {
    std::filesystem::path stub;     // empty: one database at `database`
    std::filesystem::path database; // the one database, or the catalog beside the stub
    bool sharded() const { return !stub.empty(); }
};

// The layout of the index at location: a stub file; a folder holding a stub (XAPIANDB); or
// a folder holding one database (or nothing yet).
IndexLayout index_layout(const std::filesystem::path& location);

// The databases the stub of a sharded layout lists (read_stub). location is the index a user
// named: when it is itself the stub and holds no stub, the StubError says "LOCATION is a file, not
// {what} nor a stub listing shards (reason): {advice}".
std::vector<ShardLocation> read_index_stub(const IndexLayout& layout, const std::filesystem::path& location,
                                           std::string_view what, std::string_view advice);

// "shard-3"
std::string shard_folder_name(std::size_t shard);

// A shard that is down, unreachable or not what the stub says; the message names it.
class ShardUnavailable : public std::runtime_error {
public:
    ShardUnavailable(const ShardLocation& shard, const std::string& message)
        : std::runtime_error(message), shard_(shard) {}
    const ShardLocation& shard() const { return shard_; }

private:
    ShardLocation shard_;
};

// "the shard 127.0.0.1:7001 (line 2 of /srv/front/remote.stub) is unreachable: Couldn't connect (Connection refused)"
std::string shard_failure(const ShardLocation& shard, const std::filesystem::path& stub, const Xapian::Error& error);

// Opens a listed shard for reading; a remote one fails after timeout without an answer. Throws
// ShardUnavailable.
Xapian::Database open_shard(const ShardLocation& shard, const std::filesystem::path& stub,
                            std::chrono::milliseconds timeout);

// Opens a listed shard for writing (a remote one must be served with plenary-serve --writable).
// Throws ShardUnavailable.
Xapian::WritableDatabase open_writable_shard(const ShardLocation& shard, const std::filesystem::path& stub,
                                             std::chrono::milliseconds timeout);

} // namespace plenary
