#include "serve_modes.h"

#include <xapian.h>

#include <fmt/format.h>

#include <cstdlib>
#include <iostream>
#include <stdexcept>
#include <vector>

#include "plenary/index_layout.h"
#include "plenary/index_schema.h"
#include "server_process.h"

namespace plenary::serve {

namespace fs = std::filesystem;

namespace {

// Checked before a server is started, so a wrong --index is one clear line, not the server's.
void check_shard(const fs::path& shard) {
    if (index_layout(shard).sharded()) {
        throw std::runtime_error(fmt::format("{} is a sharded index: serve each of its shards ({}) with a plenary-serve "
                                             "of its own", shard.string(), (shard / shard_folder_name(0)).string()));
    }
    std::string number;
    try {
        number = Xapian::Database(shard.string()).get_metadata(std::string(shard_number_key));
    } catch (const Xapian::Error& error) {
        throw std::runtime_error(fmt::format("{} cannot be served: {}", shard.string(), error.get_msg()));
    }
    if (number.empty()) {
        throw std::runtime_error(fmt::format("{} is not a shard of a plenary index (plenary-index --shards N writes them)",
                                             shard.string()));
    }
}

void check_sharded_index(const fs::path& index) {
    IndexLayout layout = index_layout(index);
    if (!layout.sharded() || layout.stub.parent_path() != index) {
        throw std::runtime_error(fmt::format("{} is not the folder of a sharded index: --replicate serves an index built "
                                             "with plenary-index --shards N", index.string()));
    }
}

// Runs the server on settings.port, or on a free port (another process may take it between the
// probe and the server's bind: then on another one).
int serve(const std::vector<std::string>& command, const ServerSettings& settings, const std::string& what) {
    constexpr int attempts = 5;
    for (int attempt = 1;; ++attempt) {
        unsigned port = settings.port != 0 ? settings.port : free_port(settings.interface);
        std::vector<std::string> argv = command;
        argv.insert(argv.begin() + 1, {"--port", std::to_string(port), "--interface", settings.interface});
        auto announce = [&] {
            std::cout << fmt::format("plenary-serve: serving {} on {}:{}", what, settings.interface, port) << std::endl;
        };
        ServerOutcome outcome = run_server(argv, port, announce);
        if (outcome.end == ServerEnd::stopped) return 0;
        if (outcome.end == ServerEnd::failed_to_start && settings.port == 0 && attempt < attempts) continue;
        throw std::runtime_error(fmt::format("{} {} on {}:{} (exit status {})", argv[0],
                                             outcome.end == ServerEnd::exited ? "stopped serving" : "could not serve",
                                             settings.interface, port, outcome.status));
    }
}

// One database of the master into the replica; false when xapian-replicate failed.
bool replicate(const ReplicaSettings& settings, const std::string& name) {
    int status = run_to_end({"xapian-replicate", "--host", settings.master_host, "--port", std::to_string(settings.master_port),
                             "--master", name, "--reader-time", std::to_string(settings.reader_seconds), "--one-shot",
                             "--quiet", (settings.replica / name).string()});
    if (status == 0 || stop_requested()) return true;
    std::string message = fmt::format("xapian-replicate could not copy {} from {}:{} (exit status {})", name,
                                      settings.master_host, settings.master_port, status);
    if (settings.once) throw std::runtime_error(message);
    std::cerr << "plenary-serve: warning: " << message << "; trying again in " << settings.interval.count() << " s" << std::endl;
    return false;
}

// The catalog first: it says how many shards there are.
bool replicate_round(const ReplicaSettings& settings) {
    if (!replicate(settings, std::string(catalog_folder_name)) || stop_requested()) return false;
    std::string count = Xapian::Database((settings.replica / catalog_folder_name).string()).get_metadata(std::string(shard_count_key));
    if (count.empty()) {
        throw std::runtime_error(fmt::format("{}:{} serves no sharded plenary index", settings.master_host, settings.master_port));
    }
    std::vector<std::string> shards;
    for (std::size_t shard = 0; shard < std::stoul(count); ++shard) shards.push_back(shard_folder_name(shard));
    for (const auto& shard : shards) {
        if (!replicate(settings, shard) || stop_requested()) return false;
    }
    write_stub(settings.replica / stub_file_name, shards);
    return true;
}

} // namespace

int serve_shard(const ServerSettings& settings) {
    check_shard(settings.index);
    std::vector<std::string> command{"xapian-tcpsrv"};
    if (settings.writable) {
        command.push_back("--writable");
        setenv("XAPIAN_MAX_CHANGESETS", "10", 0);  // so that replicas of the shard receive changes, not copies
    }
    command.push_back(settings.index.string());
    return serve(command, settings, fs::absolute(settings.index).lexically_normal().string());
}

int serve_replication(const ServerSettings& settings) {
    check_sharded_index(settings.index);
    return serve({"xapian-replicate-server", settings.index.string()}, settings,
                 fmt::format("replication of {}", fs::absolute(settings.index).lexically_normal().string()));
}

int keep_replica(const ReplicaSettings& settings) {
    fs::create_directories(settings.replica);
    for (;;) {
        bool done = replicate_round(settings);
        if (done && settings.once) {
            std::cout << fmt::format("plenary-serve: {} is in step with {}:{}", settings.replica.string(), settings.master_host,
                                     settings.master_port) << std::endl;
            return 0;
        }
        if (stop_requested() || wait_or_stop(settings.interval)) return 0;
    }
}

} // namespace plenary::serve
