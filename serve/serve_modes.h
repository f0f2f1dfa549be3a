// What plenary-serve does, one function per mode: serve a shard (xapian-tcpsrv), serve a sharded
// index to its replicas (xapian-replicate-server), or keep a replica in step (xapian-replicate).
// Each runs until it is asked to stop (SIGTERM, SIGINT, SIGHUP), and returns the exit status.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>

namespace plenary::serve {

struct ServerSettings {
    std::filesystem::path index;        // a shard, or (replication) a sharded index's folder
    unsigned port = 0;                  // 0: a free one, announced on stdout
    std::string interface = "127.0.0.1";
    bool writable = false;              // the shard takes updates from plenary-index
};

struct ReplicaSettings {
    std::string master_host;
    unsigned master_port = 0;
    std::filesystem::path replica;      // the replica's folder: a sharded index, as the master's
    std::chrono::seconds interval{60};  // between two rounds
    unsigned reader_seconds = 30;       // xapian-replicate --reader-time
    bool once = false;                  // one round, then exit
};

// Serves one shard over Xapian's remote protocol. Throws runtime_error for a folder that is not a
// shard of a plenary index.
int serve_shard(const ServerSettings& settings);

// Serves every database of a sharded index (its shards and its catalog) to xapian-replicate.
int serve_replication(const ServerSettings& settings);

// Copies the master's catalog and shards into settings.replica, then again every interval; the
// replica is searched like the master's folder (plenary-search --index REPLICA).
int keep_replica(const ReplicaSettings& settings);

} // namespace plenary::serve
