// Three shards served by three plenary-serve (xapian-tcpsrv) processes on loopback, searched
// through a stub: the same top 100 as one local index for every topic of the collection; a shard
// that is stopped, crashes during a batch run, or stops answering; updates through --writable.
#include <catch2/catch.hpp>

#include <signal.h>

#include <algorithm>
#include <memory>
#include <set>
#include <sstream>

#include "child_process.h"
#include "plenary/index_layout.h"
#include "served_shards.h"
#include "test_support.h"

using namespace plenary::testing;

namespace {

const fs::path topics = source_dir / "bench" / "collection" / "topics.tsv";
const fs::path blind_topics = source_dir / "bench" / "collection" / "blind" / "topics.tsv";

// The bundled corpus as one index and as a sharded index of three shards.
struct Indexes {
    TempDir root;
    fs::path plain = root / "plain";
    fs::path sharded = root / "sharded";
    Indexes() {
        for (const auto& [index, shards] : {std::pair{plain, ""}, {sharded, " --shards 3"}}) {
            auto built = run(tool("plenary-index") + " -q" + shards + " --index " + quote(index.string()) + " " + quote(corpus_dir.string()));
            if (built.status != 0) throw std::runtime_error(built.out);
        }
    }
};

const Indexes& indexes() {
    static const Indexes built;
    return built;
}

// The sharded index's three shards, each served by a plenary-serve of its own, and a stub listing
// them beside the catalog.
struct ServedIndex {
    TempDir logs;
    std::vector<std::unique_ptr<ServedShard>> shards;
    fs::path stub;
    explicit ServedIndex(const fs::path& index, const std::string& stub_name = "remote.stub", bool writable = false) {
        std::string lines;
        for (std::size_t number = 0; number < 3; ++number) {
            std::vector<std::string> arguments{"--index", (index / plenary::shard_folder_name(number)).string(), "--port", "0"};
            if (writable) arguments.push_back("--writable");
            shards.push_back(std::make_unique<ServedShard>(arguments, logs / ("serve-" + std::to_string(number) + ".log")));
            lines += "remote " + shards.back()->address() + "\n";
        }
        stub = index / stub_name;
        write_file(stub, lines);
    }
    ~ServedIndex() { fs::remove(stub); }
};

std::string search(const fs::path& index, const std::string& arguments, int* status = nullptr, std::string* errors = nullptr) {
    TempDir scratch;
    // In a subshell, so that its stderr goes to the file and not where run sends it.
    std::string command = tool("plenary-search") + " --index " + quote(index.string()) + " " + arguments;
    command += " 2>" + quote((scratch / "stderr").string());
    auto result = run("(" + command + ")", false);
    if (status) *status = result.status;
    if (errors) *errors = read_file(scratch / "stderr");
    return result.out;
}

struct RunLine {
    std::string qid, passage, rank;
    double score;
};

std::vector<RunLine> run_lines(const std::string& run) {
    std::vector<RunLine> lines;
    std::istringstream in(run);
    std::string qid, q0, passage, rank, tag;
    double score;
    while (in >> qid >> q0 >> passage >> rank >> score >> tag) lines.push_back({qid, passage, rank, score});
    return lines;
}

std::set<std::string> passages_of_shard(const fs::path& index, std::size_t number) {
    Xapian::Database shard((index / plenary::shard_folder_name(number)).string());
    std::set<std::string> ids;
    for (auto term = shard.allterms_begin("Q"); term != shard.allterms_end("Q"); ++term) ids.insert((*term).substr(1));
    return ids;
}

std::vector<std::string> json_passages(const std::string& lines) {
    std::vector<std::string> ids;
    const std::string key = "\"passage\":\"";
    for (auto at = lines.find(key); at != std::string::npos; at = lines.find(key, at + 1)) {
        auto begin = at + key.size();
        ids.push_back(lines.substr(begin, lines.find('"', begin) - begin));
    }
    return ids;
}

} // namespace

TEST_CASE("three remote shards return the top 100 of one local index for every topic of both collections",
          "[shards][remote]") {
    ServedIndex served(indexes().sharded);
    int status = -1;
    // The default ranking, strict matching, plain BM25 with any word and a narrow proximity
    // window (its passages named by the sort keys the shards send), on both collections.
    for (const auto& collection : {topics, blind_topics}) {
        for (std::string matching : {"", " --match all", " --match any --no-proximity", " --proximity-depth 5"}) {
            INFO(collection << " matching:" << matching);
            const std::string batch = "--topics " + quote(collection.string()) + " --limit 100" + matching;
            auto expected = run_lines(search(indexes().plain, batch));
            auto found = run_lines(search(served.stub, batch, &status));
            CHECK(status == 0);
            REQUIRE(expected.size() >= 10);  // strict matching finds little for the blind collection's verbose topics
            REQUIRE(found.size() == expected.size());
            for (std::size_t i = 0; i < expected.size(); ++i) {
                INFO("topic " << expected[i].qid << " rank " << expected[i].rank);
                CHECK(found[i].qid == expected[i].qid);
                CHECK(found[i].passage == expected[i].passage);
                CHECK(found[i].rank == expected[i].rank);
                CHECK(found[i].score == Approx(expected[i].score).margin(1e-9));
            }
        }
    }
    // Hits print the same records, text and highlights; facets, suggestions and tags come from the catalog.
    for (const char* query : {"'\"intangible technology transfer\"'", "--facets export controls", "DPRK", "tag:outreach Iran"}) {
        INFO(query);
        CHECK(search(served.stub, std::string("--json ") + query) == search(indexes().plain, std::string("--json ") + query));
    }
    std::string plain_errors, remote_errors;
    search(indexes().plain, "proliferaton", nullptr, &plain_errors);
    search(served.stub, "proliferaton", &status, &remote_errors);
    CHECK(remote_errors == "did you mean: proliferation?\n");
    CHECK(remote_errors == plain_errors);
    CHECK(search(served.stub, "tag:outreah missile", &status, &remote_errors).empty());
    CHECK(status == 2);
    CHECK_THAT(remote_errors, Catch::Contains("did you mean outreach?"));
}

TEST_CASE("a stopped shard is one line naming it, --allow-partial searches the others and says which is missing",
          "[shards][remote][faults]") {
    ServedIndex served(indexes().sharded);
    const std::string address = served.shards[1]->address();
    CHECK(served.shards[1]->stop() == 0);

    int status = -1;
    std::string errors;
    CHECK(search(served.stub, "export controls", &status, &errors).empty());
    CHECK(status == 2);
    CHECK(errors == "plenary-search: the shard " + address + " (line 2 of " + served.stub.string() +
                        ") is unreachable: Couldn't connect (Connection refused)\n");

    auto all = json_passages(search(indexes().plain, "--json -n 1000 export controls"));
    auto partial = json_passages(search(served.stub, "--allow-partial --json -n 1000 export controls", &status, &errors));
    CHECK(status == 0);
    CHECK_THAT(errors, Catch::StartsWith("plenary-search: warning: the shard " + address + " (line 2 of") &&
                           Catch::EndsWith("results leave out its passages\n"));
    auto missing = passages_of_shard(indexes().sharded, 1);
    std::vector<std::string> expected;
    for (const auto& id : all) {
        if (!missing.count(id)) expected.push_back(id);
    }
    REQUIRE_FALSE(expected.empty());
    REQUIRE(expected.size() < all.size());
    std::sort(expected.begin(), expected.end());
    std::sort(partial.begin(), partial.end());
    CHECK(partial == expected);

    // --status still describes the index, names the shard that does not answer, and fails.
    auto described = run(tool("plenary-index") + " --status --index " + quote(served.stub.string()));
    CHECK(described.status == 2);
    CHECK_THAT(described.out, Catch::Contains("communiqués  5\n") && Catch::Contains("(1 of 3 shards unavailable)") &&
                               Catch::Contains("shard 1      unavailable: the shard " + address + " (line 2 of") &&
                               Catch::EndsWith("plenary-index: 1 of the 3 shards listed in " + served.stub.string() + " did not answer\n"));
}

TEST_CASE("a shard that crashes during a batch run stops it with one line naming the shard", "[shards][remote][faults]") {
    ServedIndex served(indexes().sharded);
    TempDir scratch;
    // Ten hits a topic: the timings reach their file a buffer at a time, which a thousand hits
    // a topic over three remote shards takes half a minute to fill on a loaded machine.
    auto crash_during_batch = [&](const std::string& extra) {
        std::vector<std::string> arguments{"--index", served.stub.string(), "--topics", topics.string(), "--timings",
                                           (scratch / "timings").string(), "--repeat", "1000000", "--limit", "10", "--remote-timeout", "5"};
        if (!extra.empty()) arguments.push_back(extra);
        auto batch = std::make_unique<ChildProcess>(bin_dir / "plenary-search", arguments, scratch / "output");
        auto timed = [&] { return fs::exists(scratch / "timings") ? fs::file_size(scratch / "timings") : 0; };
        for (int wait = 0; wait < 3000 && timed() == 0 && batch->running(); ++wait) std::this_thread::sleep_for(std::chrono::milliseconds(10));
        INFO("the batch's output: " << read_file(scratch / "output"));
        REQUIRE(timed() > 0);  // the batch is timing its topics: the crash comes during the run
        return batch;
    };

    auto batch = crash_during_batch("");
    const std::string address = served.shards[2]->address();
    served.shards[2]->crash_server();
    for (int wait = 0; wait < 6000 && batch->running(); ++wait) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    REQUIRE_FALSE(batch->running());
    CHECK(batch->exit_status() == 2);
    std::string output = read_file(scratch / "output");
    std::string last_line = output.substr(output.rfind('\n', output.size() - 2) + 1);
    CHECK_THAT(last_line, Catch::StartsWith("plenary-search: the shard " + address + " (line 3 of " + served.stub.string() + ")"));
}

TEST_CASE("with --allow-partial a batch run goes on without the crashed shard, with a warning", "[shards][remote][faults]") {
    ServedIndex served(indexes().sharded);
    TempDir scratch;
    std::vector<std::string> arguments{"--index", served.stub.string(), "--topics", topics.string(), "--timings",
                                       (scratch / "timings").string(), "--repeat", "1000000", "--limit", "10", "--allow-partial"};
    ChildProcess batch(bin_dir / "plenary-search", arguments, scratch / "output");
    auto timed = [&] { return fs::exists(scratch / "timings") ? fs::file_size(scratch / "timings") : 0; };
    for (int wait = 0; wait < 3000 && timed() == 0 && batch.running(); ++wait) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    REQUIRE(timed() > 0);
    const std::string address = served.shards[0]->address();
    served.shards[0]->crash_server();
    const std::string warning = "plenary-search: warning: the shard " + address + " (line 1 of";
    for (int wait = 0; wait < 6000 && read_file(scratch / "output").find(warning) == std::string::npos && batch.running(); ++wait) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    CHECK_THAT(read_file(scratch / "output"), Catch::Contains(warning));
    auto after_warning = timed();
    for (int wait = 0; wait < 6000 && timed() == after_warning && batch.running(); ++wait) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    CHECK(batch.running());
    CHECK(timed() > after_warning);  // still searching the two other shards
}

TEST_CASE("a shard that does not answer within --remote-timeout is named", "[shards][remote][faults]") {
    ServedIndex served(indexes().sharded);
    std::string children = read_file("/proc/" + std::to_string(served.shards[0]->pid()) + "/task/" +
                                     std::to_string(served.shards[0]->pid()) + "/children");
    pid_t server = std::stoi(children);
    kill(-server, SIGSTOP);
    int status = -1;
    std::string errors;
    search(served.stub, "--remote-timeout 0.5 missile", &status, &errors);
    kill(-server, SIGCONT);
    CHECK(status == 2);
    CHECK_THAT(errors, Catch::StartsWith("plenary-search: the shard " + served.shards[0]->address() + " (line 1 of") &&
                           Catch::Contains("did not answer in time"));
    search(served.stub, "--remote-timeout -1 missile", &status, &errors);
    CHECK(status == 2);
    CHECK_THAT(errors, Catch::Contains("--remote-timeout must be between 0 and 86400 seconds"));
}

TEST_CASE("plenary-index updates shards served with --writable through the stub", "[shards][remote]") {
    TempDir source, index;
    for (const auto& entry : fs::directory_iterator(corpus_dir)) {
        if (entry.path().extension() == ".txt") fs::copy(entry.path(), source / entry.path().filename().string());
    }
    REQUIRE(run(tool("plenary-index") + " -q --shards 3 --index " + quote(index.path().string()) + " " + quote(source.path().string())).status == 0);
    ServedIndex served(index.path(), "writable.stub", true);
    fs::path changed = *fs::directory_iterator(source.path());
    write_file(changed, read_file(changed) + "\n\nPartners also discussed the zebrafish export notice.\n");
    auto updated = run(tool("plenary-index") + " --index " + quote(served.stub.string()) + " " + quote(source.path().string()));
    CHECK(updated.status == 0);
    CHECK_THAT(updated.out, Catch::Contains("1 changed"));
    int status = -1;
    CHECK_THAT(search(served.stub, "zebrafish", &status), Catch::Contains("zebrafish"));
    CHECK(status == 0);
}
