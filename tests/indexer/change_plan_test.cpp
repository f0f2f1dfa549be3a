// The change plan: which files a run reads (new, changed, re-read for changed rules) and skips
// (unchanged) against what the index knows, the ids it gives them, and the known files that are gone.
#include <catch2/catch.hpp>

#include <xapian.h>

#include "change_plan.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

using Kind = FileChange::Kind;

KnownSources known(std::initializer_list<schema::SourceRecord> records) {
    KnownSources sources;
    for (const auto& record : records) sources.emplace(record.file, record);
    return sources;
}

schema::SourceRecord recorded(const fs::path& file, const std::string& id) {
    schema::SourceRecord record = source_state(file);
    record.communique_id = id;
    return record;
}

std::vector<Kind> kinds(const std::vector<FileChange>& plan) {
    std::vector<Kind> out;
    for (const auto& change : plan) out.push_back(change.kind);
    return out;
}

} // namespace

TEST_CASE("a file's state is its size and the modification times of the file and its sidecar", "[indexer][plan]") {
    TempDir dir;
    write_file(dir / "a.txt", "The Partners met.\n");
    auto state = source_state(dir / "a.txt");
    CHECK(state.file == (dir / "a.txt").string());
    CHECK(state.size == 18);
    CHECK(state.mtime_ns != 0);
    CHECK(state.sidecar_mtime_ns == 0);
    CHECK(state.communique_id.empty());
    write_file(dir / "a.txt.meta.json", "{}");
    CHECK(source_state(dir / "a.txt").sidecar_mtime_ns != 0);
    CHECK(source_state(dir / "gone.txt").size == 0);
}

TEST_CASE("files are new, changed or unchanged against the known sources", "[indexer][plan]") {
    TempDir dir;
    for (const char* name : {"same.txt", "grown.txt", "sidecar.txt", "new.txt"}) write_file(dir / name, "The Partners met.\n");
    auto sources = known({recorded(dir / "same.txt", "same"), recorded(dir / "grown.txt", "grown"),
                          recorded(dir / "sidecar.txt", "sidecar")});
    write_file(dir / "grown.txt", "The Partners met again.\n");
    write_file(dir / "sidecar.txt.meta.json", R"({"year": 2020})");
    std::vector<fs::path> files{dir / "same.txt", dir / "grown.txt", dir / "sidecar.txt", dir / "new.txt"};

    auto plan = plan_changes(files, sources, false);
    CHECK(kinds(plan) == std::vector<Kind>{Kind::unchanged, Kind::changed, Kind::changed, Kind::added});
    CHECK(plan[1].source.communique_id == "grown");
    CHECK(plan[1].source.size == 24);
    CHECK(plan[3].source.communique_id == "new");
    CHECK(kinds(plan_changes(files, sources, true)) ==
          std::vector<Kind>{Kind::changed, Kind::changed, Kind::changed, Kind::added});
}

TEST_CASE("re-reading every file reaches the known files the run does not name, unless they are gone", "[indexer][plan]") {
    TempDir dir;
    for (const char* name : {"named.txt", "other.txt", "gone.txt"}) write_file(dir / name, "The Partners met.\n");
    auto sources = known({recorded(dir / "named.txt", "named"), recorded(dir / "other.txt", "other"),
                          recorded(dir / "gone.txt", "gone")});
    fs::remove(dir / "gone.txt");
    CHECK(plan_changes({dir / "named.txt"}, sources, false).size() == 1);
    auto plan = plan_changes({dir / "named.txt"}, sources, true);
    CHECK(kinds(plan) == std::vector<Kind>{Kind::changed, Kind::reread});
    CHECK(plan[1].source.communique_id == "other");
    CHECK(plan[1].source.file == (dir / "other.txt").string());
}

TEST_CASE("new files get their name's id, unique among the known ids and the plan's", "[indexer][plan]") {
    TempDir dir;
    for (const char* name : {"a/rome.txt", "b/rome.txt", "c/rome.txt", "c/Rome!.md"}) write_file(dir / name, "Text.\n");
    auto sources = known({recorded(dir / "b/rome.txt", "rome")});
    auto plan = plan_changes({dir / "a/rome.txt", dir / "b/rome.txt", dir / "c/rome.txt", dir / "c/Rome!.md"}, sources, false);
    std::vector<std::string> ids;
    for (const auto& change : plan) ids.push_back(change.source.communique_id);
    CHECK(ids == std::vector<std::string>{"rome-2", "rome", "rome-3", "rome-4"});
    CHECK(plan_changes({dir / "a/rome.txt", dir / "c/rome.txt"}, {}, false)[1].source.communique_id == "rome-2");
}

TEST_CASE("known sources whose files are gone", "[indexer][plan]") {
    TempDir dir;
    write_file(dir / "kept.txt", "Text.\n");
    write_file(dir / "gone.txt", "Text.\n");
    auto sources = known({recorded(dir / "kept.txt", "kept"), recorded(dir / "gone.txt", "gone")});
    fs::remove(dir / "gone.txt");
    auto gone = gone_sources(sources);
    REQUIRE(gone.size() == 1);
    CHECK(gone[0].communique_id == "gone");
}

TEST_CASE("the known sources are the index's source records", "[indexer][plan]") {
    TempDir dir;
    write_file(dir / "a.txt", "Text.\n");
    auto record = recorded(dir / "a.txt", "a");
    {
        Xapian::WritableDatabase db((dir / "index").string(), Xapian::DB_CREATE);
        db.set_metadata(schema::source_key(record.file), schema::encode(record));
        db.set_metadata("communique:a", "{}");
        db.commit();
    }
    auto sources = known_sources(Xapian::Database((dir / "index").string()));
    REQUIRE(sources.size() == 1);
    CHECK(sources.at(record.file).communique_id == "a");
    CHECK(sources.at(record.file).mtime_ns == record.mtime_ns);
}
