// plenary-serve: a shard over Xapian's remote protocol, or a sharded index to its replicas.
#include <fmt/format.h>

#include <optional>
#include <string>

#include "plenary/cli.h"
#include "serve_modes.h"

namespace {

namespace po = plenary::cli::po;

constexpr std::string_view tool = "plenary-serve";

constexpr std::string_view usage =
    "--index SHARD --port P [options]\n"
    "       plenary-serve --replicate --index INDEX --port P [options]\n"
    "       plenary-serve --replica-of HOST:PORT --index REPLICA [options]\n\n"
    "Serves a shard of a sharded index (plenary-index --shards N) to plenary-search through\n"
    "xapian-tcpsrv, on 127.0.0.1 unless --interface says otherwise. The protocol has no\n"
    "authentication and no encryption: across an untrusted network, list the shard in the stub\n"
    "as `remote :ssh HOST xapian-progsrv PATH` instead. --port 0 picks a free port; the line\n"
    "`plenary-serve: serving ... on ADDRESS:PORT` says when it listens. SIGTERM stops it.";

struct Command {
    std::string index;
    unsigned port = 0;
    bool port_given = false;
    std::string interface = "127.0.0.1";
    bool writable = false;
    bool replicate = false;
    std::string replica_of;
    unsigned interval = 60;
    unsigned reader_time = 30;
    bool once = false;
};

po::options_description serve_options(Command& command) {
    po::options_description serving("Serving");
    serving.add_options()
        ("index", po::value(&command.index)->value_name("DIR"), "the shard (or with --replicate the index, "
         "with --replica-of the replica) folder")
        ("port", po::value(&command.port)->value_name("P"), "listen on port P (0: a free one)")
        ("interface", po::value(&command.interface)->value_name("ADDRESS")->default_value("127.0.0.1"),
         "listen on this address only (0.0.0.0: every IPv4 interface)")
        ("writable", po::bool_switch(&command.writable), "let plenary-index update the shard through this server");
    return serving;
}

po::options_description replication_options(Command& command) {
    po::options_description replication("Replicas");
    replication.add_options()
        ("replicate", po::bool_switch(&command.replicate), "serve the sharded index --index to replicas (xapian-replicate-server)")
        ("replica-of", po::value(&command.replica_of)->value_name("HOST:PORT"),
         "keep the replica --index in step with the index that plenary-serve --replicate serves at HOST:PORT")
        ("interval", po::value(&command.interval)->value_name("SECONDS")->default_value(60), "between two rounds of --replica-of")
        ("reader-time", po::value(&command.reader_time)->value_name("SECONDS")->default_value(30),
         "let searches this long finish before a replica applies a further change")
        ("once", po::bool_switch(&command.once), "with --replica-of: one round, then exit");
    return replication;
}

void check(const Command& command) {
    using plenary::cli::UsageError;
    if (command.index.empty()) throw UsageError("no --index given (see plenary-serve --help)");
    if (command.replicate && !command.replica_of.empty()) throw UsageError("--replicate and --replica-of exclude each other");
    if (command.replica_of.empty() && !command.port_given) throw UsageError("no --port given (see plenary-serve --help)");
    if (command.port > 65535) throw UsageError(fmt::format("--port must be at most 65535 (not {})", command.port));
    if (command.writable && (command.replicate || !command.replica_of.empty())) {
        throw UsageError("--writable serves a shard: it goes with neither --replicate nor --replica-of");
    }
}

plenary::serve::ReplicaSettings replica_settings(const Command& command) {
    auto colon = command.replica_of.rfind(':');
    unsigned port = 0;
    try {
        if (colon != std::string::npos && colon > 0) port = std::stoul(command.replica_of.substr(colon + 1));
    } catch (const std::exception&) {
    }
    if (port == 0 || port > 65535) throw plenary::cli::UsageError(fmt::format("--replica-of {}: not HOST:PORT", command.replica_of));
    return {command.replica_of.substr(0, colon), port, command.index, std::chrono::seconds(command.interval),
            command.reader_time, command.once};
}

int serve_main(int argc, char** argv) {
    Command command;
    po::options_description visible;
    visible.add(serve_options(command)).add(replication_options(command)).add(plenary::cli::general_options());
    std::vector<std::string> arguments;
    po::variables_map values;
    if (!plenary::cli::parse(argc, argv, tool, usage, visible, arguments, values)) return 0;
    if (!arguments.empty()) throw plenary::cli::UsageError(fmt::format("unexpected argument {}", arguments.front()));
    command.port_given = values.count("port") > 0;
    check(command);
    if (!command.replica_of.empty()) return plenary::serve::keep_replica(replica_settings(command));
    plenary::serve::ServerSettings settings{command.index, command.port, command.interface, command.writable};
    return command.replicate ? plenary::serve::serve_replication(settings) : plenary::serve::serve_shard(settings);
}

} // namespace

int main(int argc, char** argv) {
    return plenary::cli::run(tool, [&] { return serve_main(argc, argv); });
}
