#include "plenary/index_layout.h"

#include <fmt/format.h>

#include <system_error>

namespace plenary {

namespace fs = std::filesystem;

namespace {

useconds_t milliseconds(std::chrono::milliseconds timeout) { return static_cast<useconds_t>(timeout.count()); }

std::string reason(const Xapian::Error& error) {
    const char* system_error = error.get_error_string();
    return system_error && *system_error ? fmt::format("{} ({})", error.get_msg(), system_error) : error.get_msg();
}

} // namespace

IndexLayout index_layout(const fs::path& location) {
    std::error_code error;
    if (fs::is_regular_file(location, error)) return {location, fs::absolute(location).parent_path() / catalog_folder_name};
    fs::path stub = location / stub_file_name;
    if (fs::is_regular_file(stub, error)) return {stub, location / catalog_folder_name};
    return {{}, location};
}

std::vector<ShardLocation> read_index_stub(const IndexLayout& layout, const fs::path& location, std::string_view what,
                                           std::string_view advice) {
    try {
        return read_stub(layout.stub);
    } catch (const StubError& error) {
        std::error_code ignored;
        if (fs::is_directory(location, ignored)) throw;
        throw StubError(fmt::format("{} is a file, not {} nor a stub listing shards ({}): {}", location.string(), what,
                                    error.what(), advice));
    }
}

std::string shard_folder_name(std::size_t shard) { return fmt::format("shard-{}", shard); }

std::string shard_failure(const ShardLocation& shard, const fs::path& stub, const Xapian::Error& error) {
    std::string_view type = error.get_type();
    std::string_view state = type == "NetworkTimeoutError" ? "did not answer in time"
                             : type.starts_with("Network")  ? "is unreachable"
                                                            : "cannot be opened";
    return fmt::format("the shard {} (line {} of {}) {}: {}", shard.name(), shard.line, stub.string(), state, reason(error));
}

Xapian::Database open_shard(const ShardLocation& shard, const fs::path& stub, std::chrono::milliseconds timeout) {
    try {
        switch (shard.kind) {
        case ShardLocation::Kind::local: return Xapian::Database(shard.path.string());
        case ShardLocation::Kind::tcp:
            return Xapian::Remote::open(shard.host, shard.port, milliseconds(timeout), milliseconds(timeout));
        case ShardLocation::Kind::program: return Xapian::Remote::open(shard.program, shard.arguments, milliseconds(timeout));
        }
    } catch (const Xapian::Error& error) {
        throw ShardUnavailable(shard, shard_failure(shard, stub, error));
    }
    throw std::logic_error("unknown shard kind");
}

Xapian::WritableDatabase open_writable_shard(const ShardLocation& shard, const fs::path& stub,
                                             std::chrono::milliseconds timeout) {
    // Writes wait as long as a commit takes: the timeout bounds connecting only.
    try {
        switch (shard.kind) {
        case ShardLocation::Kind::local: return Xapian::WritableDatabase(shard.path.string(), Xapian::DB_OPEN);
        case ShardLocation::Kind::tcp: return Xapian::Remote::open_writable(shard.host, shard.port, 0, milliseconds(timeout));
        case ShardLocation::Kind::program: return Xapian::Remote::open_writable(shard.program, shard.arguments, 0);
        }
    } catch (const Xapian::Error& error) {
        throw ShardUnavailable(shard, shard_failure(shard, stub, error));
    }
    throw std::logic_error("unknown shard kind");
}

} // namespace plenary
