// The databases a search reads, as one Xapian database: an index's one database, or a sharded
// index's catalog followed by its shards, local or remote (see plenary/index_layout.h). The
// catalog comes first, so its metadata answers for the whole index, and it holds no documents,
// so ranking statistics are the shards' alone: N shards rank as one database of the same passages.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <string>
#include <vector>

#include "plenary/index_layout.h"
#include "plenary/searcher.h"

namespace plenary {

class IndexReader {
public:
    // Opens the index at location (a folder or a stub). Throws MissingIndex, ShardUnavailable for a
    // shard that cannot be opened (unless options.allow_partial: it is left out and named in a
    // warning), StubError, or runtime_error for anything else that is not a plenary index.
    IndexReader(const std::filesystem::path& location, ShardOptions options);

    const Xapian::Database& db() const { return db_; }

    // After a Xapian::NetworkError: connects to every remote shard again. A shard that does not
    // answer is a ShardUnavailable error, or with allow_partial is left out of db() with a warning.
    void reconnect();

    // Throws ShardUnavailable for the first remote shard that does not answer a new connection.
    void check_reachable() const;

    // The remote shards searched.
    std::size_t remote_shards() const;

private:
    struct Shard {
        ShardLocation location;
        Xapian::Database db;
    };
    void open_shards(const std::vector<ShardLocation>& locations, std::size_t count);
    void leave_out(const ShardUnavailable& unavailable) const;
    void combine();

    IndexLayout layout_;
    ShardOptions options_;
    Xapian::Database catalog_;  // the one database of a folder index
    std::vector<Shard> shards_;
    Xapian::Database db_;
};

// "the index at DIR is damaged (reason): rebuild it with ..."
std::string damaged_index_message(const std::filesystem::path& dir, const Xapian::Error& error);

} // namespace plenary
