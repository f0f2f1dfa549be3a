// plenary-serve as an operator runs it: usage errors, a folder that is not a shard, a clean stop
// that leaves no server behind, and replicas that answer as the master after an update.
#include <catch2/catch.hpp>

#include <signal.h>

#include <algorithm>

#include "plenary/index_layout.h"
#include "served_shards.h"
#include "test_support.h"

using namespace plenary::testing;

namespace {

std::string search(const fs::path& index, const std::string& query) {
    return run(tool("plenary-search") + " --json -n 100 --index " + quote(index.string()) + " " + query, false).out;
}

bool process_exists(pid_t pid) { return kill(pid, 0) == 0 || errno != ESRCH; }

} // namespace

TEST_CASE("plenary-serve refuses what it cannot serve, in one line", "[serve][cli]") {
    TempDir index;
    REQUIRE(run(tool("plenary-index") + " -q --shards 2 --index " + quote(index.path().string()) + " " + quote(corpus_dir.string())).status == 0);
    struct Case {
        std::string arguments;
        std::string message;
    };
    const std::string shard = quote((index / "shard-0").string());
    for (const auto& [arguments, message] : std::vector<Case>{
             {"--port 0", "no --index given"},
             {"--index " + shard, "no --port given"},
             {"--index " + shard + " --port 70000", "--port must be at most 65535"},
             {"--index " + quote(index.path().string()) + " --port 0", "is a sharded index: serve each of its shards"},
             {"--index " + quote((index / "catalog").string()) + " --port 0", "is not a shard of a plenary index"},
             {"--index " + quote((index / "missing").string()) + " --port 0", "cannot be served"},
             {"--replicate --index " + shard + " --port 0", "is not the folder of a sharded index"},
             {"--replica-of nowhere --index " + shard, "--replica-of nowhere: not HOST:PORT"},
             {"--writable --replicate --index " + shard + " --port 0", "--writable serves a shard"},
         }) {
        INFO(arguments);
        auto result = run(tool("plenary-serve") + " " + arguments);
        CHECK(result.status == 2);
        CHECK_THAT(result.out, Catch::StartsWith("plenary-serve: ") && Catch::Contains(message));
        CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 1);
    }
}

TEST_CASE("SIGTERM stops plenary-serve, its server and the server's connections", "[serve]") {
    TempDir index, logs;
    REQUIRE(run(tool("plenary-index") + " -q --shards 1 --index " + quote(index.path().string()) + " " + quote(corpus_dir.string())).status == 0);
    ServedShard served({"--index", (index / "shard-0").string(), "--port", "0"}, logs / "serve.log");
    CHECK_THAT(served.output(), Catch::Contains("serving " + (index / "shard-0").string() + " on 127.0.0.1:"));
    pid_t server = std::stoi(read_file("/proc/" + std::to_string(served.pid()) + "/task/" + std::to_string(served.pid()) + "/children"));
    write_file(index / "remote.stub", "remote " + served.address() + "\n");
    CHECK(run(tool("plenary-search") + " --index " + quote((index / "remote.stub").string()) + " missile").status == 0);
    CHECK(served.stop() == 0);
    CHECK_FALSE(process_exists(server));
    auto after = run(tool("plenary-search") + " --index " + quote((index / "remote.stub").string()) + " missile");
    CHECK(after.status == 2);
    CHECK_THAT(after.out, Catch::Contains("Connection refused"));
}

TEST_CASE("a replica answers as the master, after an update too", "[serve][replicas]") {
    TempDir source, master, replica, logs;
    for (const auto& entry : fs::directory_iterator(corpus_dir)) {
        if (entry.path().extension() == ".txt") fs::copy(entry.path(), source / entry.path().filename().string());
    }
    auto index = [&] { return run(tool("plenary-index") + " -q --index " + quote(master.path().string()) + " " + quote(source.path().string())); };
    REQUIRE(run(tool("plenary-index") + " -q --shards 2 --index " + quote(master.path().string()) + " " + quote(source.path().string())).status == 0);
    ServedShard server({"--replicate", "--index", master.path().string(), "--port", "0"}, logs / "replicate.log");
    auto update_replica = [&] {
        return run(tool("plenary-serve") + " --replica-of " + server.address() + " --index " + quote(replica.path().string()) +
                   " --once --reader-time 0");
    };

    auto first = update_replica();
    REQUIRE(first.status == 0);
    CHECK_THAT(first.out, Catch::Contains("is in step with " + server.address()));
    for (const char* query : {"'export controls'", "DPRK", "'\"intangible technology transfer\"'"}) {
        CHECK(search(replica.path(), query) == search(master.path(), query));
    }

    fs::path changed = *fs::directory_iterator(source.path());
    write_file(changed, read_file(changed) + "\n\nPartners also discussed the zebrafish export notice.\n");
    REQUIRE(index().status == 0);
    CHECK(search(replica.path(), "zebrafish").empty());
    REQUIRE(update_replica().status == 0);
    CHECK_THAT(search(replica.path(), "zebrafish"), Catch::Contains("zebrafish"));
    for (const char* query : {"'export controls'", "zebrafish", "DPRK"}) {
        CHECK(search(replica.path(), query) == search(master.path(), query));
    }
}
