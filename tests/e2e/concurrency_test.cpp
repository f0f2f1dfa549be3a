// Two processes on one index: a second indexer fails at once naming the first, and
// searches running while an indexer commits always answer.
#include <catch2/catch.hpp>

#include <xapian.h>

#include <chrono>
#include <thread>

#include "child_process.h"
#include "plenary/indexer.h"
#include "plenary/searcher.h"
#include "synthetic_corpus.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;
using namespace std::chrono_literals;

namespace {

// Waits (bounded) until the running indexer has written its pid into the lock file.
bool lock_taken_by(const fs::path& index, pid_t pid) {
    for (int i = 0; i < 3000; ++i) {
        if (read_file(index / "plenary-index.lock") == std::to_string(pid) + "\n") return true;
        std::this_thread::sleep_for(10ms);
    }
    return false;
}

SearchOptions ids_only() {
    SearchOptions options;
    options.limit = 1000;
    options.with_text = false;
    return options;
}

} // namespace

TEST_CASE("a second indexer on the same index fails at once, naming the first one's pid", "[concurrency]") {
    TempDir dir;
    write_synthetic_corpus(dir / "corpus", "big", 30, 30'000);
    ChildProcess first(bin_dir / "plenary-index", {"--index", (dir / "index").string(), (dir / "corpus").string()}, dir / "first.log");
    REQUIRE(lock_taken_by(dir / "index", first.pid()));

    auto second = run(tool("plenary-index") + " --index " + quote((dir / "index").string()) + " " + quote(corpus_dir.string()));
    bool first_still_running = first.running();
    CHECK(second.status == 2);
    CHECK(second.out == "plenary-index: the index at " + (dir / "index").string() +
                            " is locked by another plenary-index (pid " + std::to_string(first.pid()) + ")\n");
    // The second one did not wait for the first to finish.
    CHECK(first_still_running);

    CHECK(first.exit_status() == 0);
    auto after = run(tool("plenary-index") + " --index " + quote((dir / "index").string()) + " " + quote(corpus_dir.string()));
    CHECK(after.status == 0);
}

TEST_CASE("a search whose revision was overwritten by later commits reopens and answers", "[concurrency]") {
    TempDir dir;
    auto corpus = dir / "corpus";
    auto files = write_synthetic_corpus(corpus, "set", 20, 10'000);
    IndexOptions options;
    options.index_dir = dir / "index";
    update_index({corpus}, options);

    Searcher searcher(options.index_dir);
    Xapian::Database stale(options.index_dir.string());
    // Three full rewrites: the blocks of the revision both readers opened are reused.
    options.rebuild = true;
    for (int round = 0; round < 3; ++round) {
        write_file(files[0], read_file(files[0]) + "\n\nPartners welcomed round" + std::to_string(round) + " of talks.\n");
        update_index({corpus}, options);
    }
    Xapian::Enquire enquire(stale);
    enquire.set_query(Xapian::Query("markerset7"));
    CHECK_THROWS_AS(enquire.get_mset(0, 10).size(), Xapian::DatabaseModifiedError);

    auto results = searcher.search("round2 OR markerset7", ids_only());
    REQUIRE(results.hits.size() == 2);
}

TEST_CASE("searches while an indexer commits again and again all answer", "[concurrency]") {
    TempDir dir;
    auto corpus = dir / "corpus";
    auto files = write_synthetic_corpus(corpus, "set", 20, 10'000);
    auto index = dir / "index";
    REQUIRE(run(tool("plenary-index") + " -q --index " + quote(index.string()) + " " + quote(corpus.string())).status == 0);

    // A shell loop of indexer runs, each changing a file and rewriting the index.
    std::string loop = "for round in 1 2 3 4 5 6 7 8 9 10; do printf '\\n\\nPartners held round%s.\\n' $round >> " +
                       quote(files[1].string()) + " && " + tool("plenary-index") + " -q --rebuild --index " +
                       quote(index.string()) + " " + quote(corpus.string()) + " || exit 1; done";
    fs::path script = dir / "loop.sh";
    write_file(script, loop);
    ChildProcess indexer("/bin/sh", {script.string()}, dir / "indexer.log");

    int searches = 0;
    int failures = 0;
    std::string last_failure;
    while (indexer.running()) {
        auto result = run(tool("plenary-search") + " --index " + quote(index.string()) + " -n 50 'markerset1 OR markerset9 OR kasel'");
        ++searches;
        if (result.status != 0) {
            ++failures;
            last_failure = result.out;
        }
        Searcher searcher(index);
        auto hits = searcher.search("markerset1 OR markerset9", ids_only()).hits;
        if (hits.size() != 2) ++failures;
    }
    INFO(searches << " searches, last failure: " << last_failure);
    CHECK(indexer.exit_status() == 0);
    CHECK(searches > 10);
    CHECK(failures == 0);
}
