// Xapian's stub database format, which lists the shards of a sharded index: one database a line,
// `auto PATH` (or `glass PATH`; relative to the stub's folder), `remote HOST:PORT` (xapian-tcpsrv,
// plenary-serve) or `remote :PROGRAM ARGS` (a program speaking the remote protocol on its standard
// input and output, such as `ssh HOST xapian-progsrv PATH`); blank lines and lines starting with
// '#' are skipped. Xapian itself opens the same files.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace plenary {

// A stub that cannot be read or holds a line of no known kind: "stub:line: reason".
class StubError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// One database listed in a stub.
struct ShardLocation {
    enum class Kind { local, tcp, program };
    Kind kind = Kind::local;
    std::filesystem::path path;  // local: resolved against the stub's folder
    std::string host;            // tcp
    unsigned port = 0;           // tcp
    std::string program;         // program, and the arguments it is given
    std::string arguments;
    std::size_t line = 0;        // 1-based, in the stub

    // How the stub names it, for messages: "/srv/index/shard-1", "127.0.0.1:7001",
    // "ssh db1 xapian-progsrv /srv/index/shard-1".
    std::string name() const;
    bool remote() const { return kind != Kind::local; }
};

// The databases stub lists, in order. Throws StubError for a stub that cannot be read, a line of
// no known kind, or a stub that lists no database.
std::vector<ShardLocation> read_stub(const std::filesystem::path& stub);

// Writes a stub listing local databases by their paths relative to the stub's folder, through a
// temporary file flushed to disk and renamed into place (a reader never sees half a stub).
void write_stub(const std::filesystem::path& stub, const std::vector<std::string>& relative_paths);

} // namespace plenary
