// plenary-index keeping an index true to its folders, and telling what it holds: files renamed or
// deleted are removed (--keep-missing keeps them), Ctrl-C cleans up, --status and --list, a file
// given as --index, Latin-1 text; the same for a sharded index (--shards N) where it applies.
#include <catch2/catch.hpp>

#include <signal.h>
#include <unistd.h>

#include <thread>

#include "child_process.h"
#include "synthetic_corpus.h"
#include "terminal_session.h"

using namespace plenary::testing;
using namespace std::chrono_literals;

namespace {

std::string index_tool(const fs::path& index) { return tool("plenary-index") + " --index " + quote(index.string()); }
std::string search_tool(const fs::path& index) { return tool("plenary-search") + " --index " + quote(index.string()); }

// Whether the index folder holds a first build's work folder (.bulk-PID, or .shards-PID for --shards).
bool has_work_folder(const fs::path& index, std::string_view prefix = ".bulk-") {
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(index, error)) {
        if (entry.path().filename().string().starts_with(prefix)) return true;
    }
    return false;
}

// Whether process pid has file open.
bool has_open(pid_t pid, const fs::path& file) {
    std::error_code error;
    for (const auto& fd : fs::directory_iterator("/proc/" + std::to_string(pid) + "/fd", error)) {
        if (fs::read_symlink(fd.path(), error) == file) return true;
    }
    return false;
}

// plenary-index started on folder, interrupted with SIGINT once ready(pid) holds.
int interrupted_run(const fs::path& index, const fs::path& folder, const fs::path& log,
                    const std::function<bool(pid_t)>& ready, const std::vector<std::string>& options = {}) {
    std::vector<std::string> arguments{"--index", index.string(), folder.string()};
    arguments.insert(arguments.begin(), options.begin(), options.end());
    ChildProcess indexer(bin_dir / "plenary-index", arguments, log);
    while (indexer.running() && !ready(indexer.pid())) std::this_thread::sleep_for(1ms);
    INFO(read_file(log));
    REQUIRE(indexer.running());
    kill(indexer.pid(), SIGINT);
    return indexer.wait();
}

} // namespace

TEST_CASE("re-indexing a folder removes the communiqués of files renamed or deleted, and names them", "[cli][incremental]") {
    TempDir folder;
    TempDir index;
    write_file(folder / "a.txt", read_file(corpus_dir / "2013-rome-27th-plenary.txt"));
    REQUIRE(run(index_tool(index.path()) + " " + quote(folder.path().string())).status == 0);
    fs::rename(folder / "a.txt", folder / "b.txt");
    auto renamed = run("cd " + quote(folder.path().string()) + " && " + index_tool(index.path()) + " .");
    CHECK(renamed.status == 0);
    CHECK(renamed.out.find("1 removed") != std::string::npos);
    CHECK(renamed.out.find("removed 1: a.txt\n") != std::string::npos);
    CHECK(run(search_tool(index.path()) + " 'passage:a#1'").status == 1);
    CHECK(run(search_tool(index.path()) + " 'passage:b#1'").status == 0);

    fs::rename(folder / "b.txt", folder / "c.txt");
    auto kept = run(index_tool(index.path()) + " --keep-missing " + quote(folder.path().string()));
    CHECK(kept.out.find("0 removed") != std::string::npos);
    CHECK(run(search_tool(index.path()) + " 'passage:b#1'").status == 0);

    // A file named on its own, of a type a folder's walk skips, stays while it exists.
    write_file(folder / "notes.log", "Partners discussed zanzibarian export controls.\n");
    REQUIRE(run(index_tool(index.path()) + " " + quote((folder / "notes.log").string())).status == 0);
    CHECK(run(index_tool(index.path()) + " " + quote(folder.path().string())).out.find("removed 1: ") != std::string::npos);
    CHECK(run(search_tool(index.path()) + " zanzibarian").status == 0);
}

TEST_CASE("a folder that cannot be read is reported, and its communiqués are kept, not removed", "[cli][incremental][bad-input]") {
    // Permissions bind a user other than root: as root, the tool runs as nobody.
    const std::string as_user = geteuid() == 0 ? "setpriv --reuid=nobody --regid=nogroup --clear-groups " : "";
    TempDir dir;
    const fs::path locked = dir / "corpus" / "locked";
    fs::create_directories(locked);
    fs::create_directories(dir / "corpus" / "open");
    write_file(locked / "ottawa.txt", read_file(corpus_dir / "2001-ottawa-16th-plenary.txt"));
    write_file(dir / "corpus" / "open" / "seoul.txt", read_file(corpus_dir / "2004-seoul-19th-plenary.txt"));
    for (const auto& entry : fs::recursive_directory_iterator(dir.path())) fs::permissions(entry.path(), fs::perms::all);
    fs::permissions(dir.path(), fs::perms::all);
    const std::string index = as_user + tool("plenary-index") + " --index " + quote((dir / "index").string()) + " ";
    REQUIRE(run(index + quote((dir / "corpus").string())).status == 0);

    fs::permissions(locked, fs::perms::none);
    auto again = run(index + quote((dir / "corpus").string()));
    auto alone = run(index + quote(locked.string()));
    auto listed = run(index + "--list");
    fs::permissions(locked, fs::perms::all);
    CHECK(again.status == 3);
    CHECK(again.out.find("skipped " + locked.string() + ": cannot read folder: Permission denied") != std::string::npos);
    CHECK(again.out.find("1 file: 0 new, 0 changed, 1 unchanged, 1 failed, 0 removed") != std::string::npos);
    CHECK(alone.status == 3);
    CHECK(listed.out.find("ottawa") != std::string::npos);  // out of reach, not deleted
}

TEST_CASE("Ctrl-C stops a first build and an update, leaving no work files and the index as it was", "[cli][signals]") {
    TempDir corpus;
    TempDir logs;
    TempDir index;
    write_synthetic_corpus(corpus.path(), "big", 16, 500'000);  // a first build of 8 MB runs in parallel shards
    int status = interrupted_run(index.path(), corpus.path(), logs / "first", [&](pid_t) { return has_work_folder(index.path()); });
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGINT);
    CHECK(read_file(logs / "first").find("plenary-index: interrupted: the index is as it was before this run") != std::string::npos);
    CHECK(!has_work_folder(index.path()));
    CHECK(run(search_tool(index.path()) + " markerbig0").status == 2);  // still no index

    REQUIRE(run(index_tool(index.path()) + " -q " + quote(corpus.path().string())).status == 0);
    auto before = run(index_tool(index.path()) + " --status").out;
    write_synthetic_corpus(corpus.path(), "big", 16, 500'000, 2);  // every file changed
    // An update this large is written beside the index: once that folder exists, it is writing.
    const std::string beside = "." + index.path().filename().string() + ".rebuild-";
    auto writing_beside = [&] {
        for (const auto& entry : fs::directory_iterator(index.path().parent_path()))
            if (entry.path().filename().string().starts_with(beside)) return true;
        return false;
    };
    status = interrupted_run(index.path(), corpus.path(), logs / "update", [&](pid_t) { return writing_beside(); });
    CHECK(WIFSIGNALED(status));
    auto after = run(index_tool(index.path()) + " --status").out;
    auto without_update_line = [](const std::string& status_text) { return status_text.substr(0, status_text.find("\nsize")); };
    CHECK(without_update_line(after) == without_update_line(before));
    CHECK(run(search_tool(index.path()) + " markerbig0").status == 0);
}

TEST_CASE("re-indexing a folder removes the communiqués of files deleted from a sharded index, and names them",
          "[cli][incremental][shards]") {
    TempDir folder, index;
    for (const auto& entry : fs::directory_iterator(corpus_dir)) {
        if (entry.path().extension() == ".txt") fs::copy(entry.path(), folder / entry.path().filename());
    }
    REQUIRE(run(index_tool(index.path()) + " -q --shards 3 " + quote(folder.path().string())).status == 0);
    const std::string rome = "2013-rome-27th-plenary";
    REQUIRE(run(search_tool(index.path()) + " 'passage:" + rome + "#1'").status == 0);

    fs::remove(folder / (rome + ".txt"));
    auto removed = run("cd " + quote(folder.path().string()) + " && " + index_tool(index.path()) + " .");
    CHECK(removed.status == 0);
    CHECK(removed.out.find("1 removed") != std::string::npos);
    CHECK(removed.out.find("removed 1: " + rome + ".txt\n") != std::string::npos);
    CHECK(run(search_tool(index.path()) + " 'passage:" + rome + "#1'").status == 1);
    CHECK(run(search_tool(index.path()) + " 'export controls'").status == 0);
    auto status = run(index_tool(index.path()) + " --status", false).out;
    CHECK(status.find("communiqués  4\n") != std::string::npos);
    CHECK(status.find("passages     50\n") != std::string::npos);  // 61 less Rome's 11, in the shards
    CHECK(lines_of(run(index_tool(index.path()) + " --list", false).out).size() == 4);

    fs::remove(folder / "2004-seoul-19th-plenary.txt");
    auto kept = run(index_tool(index.path()) + " --keep-missing " + quote(folder.path().string()));
    CHECK(kept.out.find("0 removed") != std::string::npos);
    CHECK(run(search_tool(index.path()) + " 'passage:2004-seoul-19th-plenary#1'").status == 0);
}

TEST_CASE("Ctrl-C stops a sharded first build and update, leaving no work files and the index as it was",
          "[cli][signals][shards]") {
    TempDir corpus, logs, index;
    write_synthetic_corpus(corpus.path(), "big", 16, 500'000);
    int status = interrupted_run(index.path(), corpus.path(), logs / "first",
                                 [&](pid_t) { return has_work_folder(index.path(), ".shards-"); }, {"--shards", "2"});
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGINT);
    CHECK(read_file(logs / "first").find("plenary-index: interrupted: the index is as it was before this run") != std::string::npos);
    CHECK_FALSE(has_work_folder(index.path(), ".shards-"));
    CHECK_FALSE(has_work_folder(index.path(), "shard-"));
    CHECK_FALSE(fs::exists(index / "XAPIANDB"));

    REQUIRE(run(index_tool(index.path()) + " -q --shards 2 " + quote(corpus.path().string())).status == 0);
    auto before = run(index_tool(index.path()) + " --status").out;
    write_synthetic_corpus(corpus.path(), "big", 16, 500'000, 2);  // every file changed
    // Once it has the last shard's tables open, it is writing the update.
    status = interrupted_run(index.path(), corpus.path(), logs / "update",
                             [&](pid_t pid) { return has_open(pid, index / "shard-1" / "postlist.glass"); });
    CHECK(WIFSIGNALED(status));
    auto after = run(index_tool(index.path()) + " --status").out;
    auto without_size_and_update = [](const std::string& text) { return text.substr(0, text.find("\nsize")); };
    CHECK(without_size_and_update(after) == without_size_and_update(before));
    CHECK(after.substr(after.find("\ntags")) == before.substr(before.find("\ntags")));  // each shard's passages
    CHECK(run(search_tool(index.path()) + " markerbig0").status == 0);
}

TEST_CASE("status and list describe the index", "[cli][status]") {
    TempDir index;
    REQUIRE(run(index_tool(index.path()) + " -q " + quote(corpus_dir.string())).status == 0);
    auto status = run(index_tool(index.path()) + " --status", false);
    REQUIRE(status.status == 0);
    CHECK(status.out.find("communiqués  5\n") != std::string::npos);
    CHECK(status.out.find("passages     61\n") != std::string::npos);
    CHECK(status.out.find("vocabulary   built-in\n") != std::string::npos);
    CHECK(status.out.find("tag rules    built-in (8 tags)\n") != std::string::npos);
    CHECK(status.out.find("\nupdated      20") != std::string::npos);
    CHECK(status.out.find("\ntags         ") != std::string::npos);
    CHECK(status.out.find(" outreach") != std::string::npos);

    auto list = lines_of(run(index_tool(index.path()) + " --list", false).out);
    REQUIRE(list.size() == 5);
    CHECK(list[3] == "2013-rome-27th-plenary\t2013\tRome\tMTCR\t11\t" + (corpus_dir / "2013-rome-27th-plenary.txt").string());

    REQUIRE(run(index_tool(index.path()) + " -q --no-tags " + quote(corpus_dir.string())).status == 0);
    CHECK(run(index_tool(index.path()) + " --status", false).out.find("tag rules    none (0 tags)") != std::string::npos);
    TempDir empty;
    auto missing = run(index_tool(empty / "none") + " --status");
    CHECK(missing.status == 2);
    CHECK(missing.out.find("no index at") != std::string::npos);
    CHECK(run(index_tool(index.path()) + " --status --list").status == 2);
}

TEST_CASE("a regular file given as --index is named as such, with no advice that fails", "[cli][bad-input]") {
    TempDir dir;
    write_file(dir / "notes.txt", "not an index\n");
    auto search = run(search_tool(dir / "notes.txt") + " missile");
    CHECK(search.status == 2);
    CHECK(search.out.find("is a file, not an index folder") != std::string::npos);
    CHECK(search.out.find("build one with") == std::string::npos);
    auto index = run(index_tool(dir / "notes.txt") + " " + quote(corpus_dir.string()));
    CHECK(index.status == 2);
    CHECK(index.out.find("is a file, not a folder") != std::string::npos);
    CHECK(read_file(dir / "notes.txt") == "not an index\n");
}

TEST_CASE("a Latin-1 file is read as Latin-1", "[cli][encoding]") {
    TempDir folder;
    TempDir index;
    write_file(folder / "bogota.txt", "The Plenary in Bogot\xe1 welcomed the Morit\xe1n report on export controls.\n");
    REQUIRE(run(index_tool(index.path()) + " " + quote(folder.path().string())).status == 0);
    auto hits = json_lines(run(search_tool(index.path()) + " --json Moritán", false).out);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0]["text"] == "The Plenary in Bogotá welcomed the Moritán report on export controls.");
}
