// plenary-index killed with SIGKILL at many moments of a run: every time, the index
// opens and answers exactly as before that run (or, killed in the instant between its
// commit and its exit, exactly as after it), and the next run completes the work.
#include <catch2/catch.hpp>

#include <xapian.h>

#include <chrono>
#include <map>
#include <thread>

#include "child_process.h"
#include "plenary/searcher.h"
#include "synthetic_corpus.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;
using namespace std::chrono_literals;

namespace {

// What a user sees of an index: its size and the answers to a few queries.
struct IndexState {
    Xapian::doccount passages = 0;
    std::map<std::string, std::vector<std::string>> answers;  // query -> passage ids in rank order
    bool operator==(const IndexState&) const = default;
};

const std::vector<std::string> probe_queries{
    "markerbase0", "markerbase7", "markerbig0", "markerbig29", "markerchanged", "export controls",
    "\"technology control regime\"", "year:1990..2004", "Vienna", "kasel OR trano"};

IndexState state_of(const fs::path& index) {
    IndexState state;
    state.passages = Xapian::Database(index.string()).get_doccount();
    Searcher searcher(index);
    SearchOptions options;
    options.limit = 20;
    options.with_text = false;
    for (const auto& query : probe_queries) {
        auto& ids = state.answers[query];
        for (const auto& hit : searcher.search(query, options).hits) ids.push_back(hit.passage.passage_id);
    }
    return state;
}

std::vector<std::string> index_arguments(const fs::path& index, const fs::path& corpus) {
    return {"--index", index.string(), "--prune", "--quiet", corpus.string()};
}

std::chrono::duration<double> time_full_run(const fs::path& index, const fs::path& corpus, const fs::path& log) {
    auto started = std::chrono::steady_clock::now();
    ChildProcess indexer(bin_dir / "plenary-index", index_arguments(index, corpus), log);
    REQUIRE(indexer.exit_status() == 0);
    return std::chrono::steady_clock::now() - started;
}

// Delays spread over a run of length run_time, denser near its end, where the commit is.
std::vector<std::chrono::duration<double>> kill_delays(std::chrono::duration<double> run_time) {
    std::vector<std::chrono::duration<double>> delays;
    for (int i = 0; i < 16; ++i) delays.push_back(run_time * (0.02 + 0.88 * i / 16));
    for (int i = 0; i < 8; ++i) delays.push_back(run_time * (0.90 + 0.10 * i / 8));
    return delays;
}

} // namespace

TEST_CASE("an update killed at any moment leaves the index as it was, and the next run completes it", "[crash]") {
    TempDir dir;
    auto corpus = dir / "corpus";
    auto index = dir / "index";
    auto log = dir / "indexer.log";
    auto base_files = write_synthetic_corpus(corpus, "base", 10, 8'000, 1);
    ChildProcess first(bin_dir / "plenary-index", index_arguments(index, corpus), log);
    REQUIRE(first.exit_status() == 0);
    const IndexState before = state_of(index);
    REQUIRE(before.answers.at("markerbase7").size() == 1);
    REQUIRE(before.answers.at("markerbig0").empty());

    // The update: 30 new files, one changed, one removed (--prune).
    write_synthetic_corpus(corpus, "big", 30, 30'000, 2);
    write_file(base_files[3], read_file(base_files[3]) + "\n\nPartners noted the markerchanged annex.\n");
    fs::remove(base_files[5]);

    auto pristine = dir / "pristine";
    fs::copy(index, pristine, fs::copy_options::recursive);
    auto run_time = time_full_run(index, corpus, log);
    const IndexState after = state_of(index);
    REQUIRE(after.answers.at("markerbig29").size() == 1);
    REQUIRE(after.answers.at("markerchanged").size() == 1);
    REQUIRE(after.passages != before.passages);
    fs::remove_all(index);
    fs::copy(pristine, index, fs::copy_options::recursive);

    int killed = 0;
    for (auto delay : kill_delays(run_time)) {
        ChildProcess indexer(bin_dir / "plenary-index", index_arguments(index, corpus), log);
        std::this_thread::sleep_for(delay);
        indexer.kill_now();
        if (!indexer.killed()) {
            // It finished first (the machine was faster this time): start again from before.
            REQUIRE(indexer.exit_status() == 0);
            fs::remove_all(index);
            fs::copy(pristine, index, fs::copy_options::recursive);
            continue;
        }
        ++killed;
        INFO("killed after " << delay.count() << " s of a " << run_time.count() << " s run");
        auto state = state_of(index);
        if (state == after) {
            // Killed after its commit: the run was done. Start again from before.
            fs::remove_all(index);
            fs::copy(pristine, index, fs::copy_options::recursive);
            continue;
        }
        REQUIRE(state == before);
    }
    CHECK(killed >= 12);

    ChildProcess last(bin_dir / "plenary-index", index_arguments(index, corpus), log);
    CHECK(last.exit_status() == 0);
    CHECK(state_of(index) == after);
}

namespace {

// Before a first run there is no index: a search says how to build one.
bool no_index_yet(const fs::path& index) {
    auto result = run(tool("plenary-search") + " --index " + quote(index.string()) + " missile");
    return result.status == 2 &&
           (result.out.find("no index at") != std::string::npos || result.out.find("is not a plenary index") != std::string::npos);
}

void kill_first_runs(const fs::path& corpus, const std::string& threads, int kills, const fs::path& dir) {
    auto log = dir / "indexer.log";
    auto reference = dir / ("reference-" + threads);
    auto arguments = [&](const fs::path& index) {
        return std::vector<std::string>{"--index", index.string(), "--threads", threads, "--quiet", corpus.string()};
    };
    auto started = std::chrono::steady_clock::now();
    ChildProcess complete_run(bin_dir / "plenary-index", arguments(reference), log);
    REQUIRE(complete_run.exit_status() == 0);
    std::chrono::duration<double> run_time = std::chrono::steady_clock::now() - started;
    const IndexState complete = state_of(reference);

    auto index = dir / ("index-" + threads);
    int killed = 0;
    for (int i = 0; i < kills; ++i) {
        ChildProcess indexer(bin_dir / "plenary-index", arguments(index), log);
        std::this_thread::sleep_for(run_time * i / kills);
        indexer.kill_now();
        if (!indexer.killed()) break;
        ++killed;
        INFO("killed after " << (run_time * i / kills).count() << " s of a " << run_time.count() << " s run");
        if (no_index_yet(index)) continue;
        // Killed after its commit: the run was done. Start again from no index.
        CHECK(state_of(index) == complete);
        fs::remove_all(index);
    }
    CHECK(killed >= kills / 2);
    ChildProcess next(bin_dir / "plenary-index", arguments(index), log);
    int status = next.exit_status();
    INFO(read_file(log));
    REQUIRE(status == 0);
    CHECK(state_of(index) == complete);
}

} // namespace

TEST_CASE("first runs killed at any moment leave no index, and the next run builds it", "[crash]") {
    TempDir dir;
    SECTION("one thread") {
        write_synthetic_corpus(dir / "corpus", "big", 10, 20'000, 3);
        kill_first_runs(dir / "corpus", "1", 16, dir.path());
    }
    SECTION("shards built in parallel and merged") {
        // Just over the size from which plenary-index builds in parallel shards.
        write_synthetic_corpus(dir / "corpus", "big", 100, 41'000, 3);
        kill_first_runs(dir / "corpus", "2", 6, dir.path());
    }
}

TEST_CASE("tables left without a version file by a run killed while Xapian created them are rebuilt over", "[crash]") {
    TempDir dir;
    auto index = dir / "index";
    REQUIRE(run(tool("plenary-index") + " -q --index " + quote(index.string()) + " " + quote(corpus_dir.string())).status == 0);
    const IndexState complete = state_of(index);
    fs::remove(index / "iamglass");
    write_file(index / "v.tmp", "");
    CHECK(no_index_yet(index));
    REQUIRE(run(tool("plenary-index") + " -q --index " + quote(index.string()) + " " + quote(corpus_dir.string())).status == 0);
    CHECK(state_of(index) == complete);
}

TEST_CASE("a --rebuild on several threads killed at any moment leaves the old index, and the next run swaps in the new one",
          "[crash]") {
    TempDir dir;
    auto corpus = dir / "corpus";
    auto index = dir / "index";
    auto log = dir / "indexer.log";
    // Just over the size from which plenary-index rebuilds in parallel shards beside the index.
    auto files = write_synthetic_corpus(corpus, "big", 100, 41'000, 3);
    auto arguments = std::vector<std::string>{"--index", index.string(), "--threads", "2", "--rebuild", "--quiet", corpus.string()};
    ChildProcess first(bin_dir / "plenary-index", arguments, log);
    REQUIRE(first.exit_status() == 0);
    const IndexState before = state_of(index);
    const std::string original = read_file(files[7]);
    const std::string changed = original + "\n\nPartners noted the markerchanged annex.\n";
    write_file(files[7], changed);

    auto started = std::chrono::steady_clock::now();
    ChildProcess complete_run(bin_dir / "plenary-index", arguments, log);
    REQUIRE(complete_run.exit_status() == 0);
    std::chrono::duration<double> run_time = std::chrono::steady_clock::now() - started;
    const IndexState after = state_of(index);
    REQUIRE(after.answers.at("markerchanged").size() == 1);
    REQUIRE_FALSE(after == before);

    // The old index again, then the change that the killed runs rebuild with.
    write_file(files[7], original);
    REQUIRE(ChildProcess(bin_dir / "plenary-index", arguments, log).exit_status() == 0);
    REQUIRE(state_of(index) == before);
    write_file(files[7], changed);
    int killed = 0;
    // Kills spread over the first three quarters of the measured run: on a loaded machine a run
    // may end sooner than the one measured, and a kill after its swap kills nothing.
    for (int i = 0; i < 8; ++i) {
        ChildProcess indexer(bin_dir / "plenary-index", arguments, log);
        std::this_thread::sleep_for(run_time * (0.05 + 0.7 * i / 8));
        indexer.kill_now();
        if (!indexer.killed()) break;
        ++killed;
        INFO("killed after " << (run_time * (0.05 + 0.7 * i / 8)).count() << " s of a " << run_time.count() << " s run");
        auto state = state_of(index);
        if (state == after) break;  // killed after its swap: the run was done
        REQUIRE(state == before);
    }
    CHECK(killed >= 4);
    ChildProcess last(bin_dir / "plenary-index", arguments, log);
    REQUIRE(last.exit_status() == 0);
    CHECK(state_of(index) == after);
    for (const auto& entry : fs::directory_iterator(dir.path())) CHECK_FALSE(entry.path().filename().string().starts_with(".index.rebuild-"));
}
