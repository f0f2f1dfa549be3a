// The vocabulary an index searches with, on the command line: terms a text defines are found
// by either form, plenary-index --show-vocabulary lists them beside the built-in files, and
// plenary-search --no-mined-vocabulary leaves them out.
#include <catch2/catch.hpp>

#include <set>
#include <sstream>

#include "test_support.h"

using namespace plenary::testing;

namespace {

constexpr const char* notes =
    "Working notes\n\n"
    "The Zangger Committee (ZC) met in Vienna to review its trigger list.\n\n"
    "ZC partners discussed the lists again.\n\n"
    "Other bodies met elsewhere.\n";

struct NotesIndex {
    TempDir dir;
    std::string index = quote((dir / "index").string());

    NotesIndex() {
        write_file(dir / "notes" / "notes.txt", notes);
        run(tool("plenary-index") + " -q --index " + index + " " + quote((dir / "notes").string()));
    }

    std::set<std::string> passages(const std::string& options_and_query) const {
        auto found = run(tool("plenary-search") + " --index " + index + " " + options_and_query, false);
        std::set<std::string> ids;
        std::istringstream lines(found.out);
        for (std::string line; std::getline(lines, line);) ids.insert(line.substr(0, line.find('\t')));
        return ids;
    }
};

} // namespace

TEST_CASE("a term the text defines is found by either form", "[vocabulary][definitions][cli]") {
    NotesIndex notes_index;
    const std::set<std::string> both{"notes#1", "notes#2"};
    CHECK(notes_index.passages("'\"Zangger Committee\"'") == both);
    CHECK(notes_index.passages("ZC") == both);
    CHECK(notes_index.passages("--no-mined-vocabulary '\"Zangger Committee\"'") == std::set<std::string>{"notes#1"});
}

TEST_CASE("plenary-index --show-vocabulary lists the built-in files and the terms each text defines", "[vocabulary][definitions][cli]") {
    NotesIndex notes_index;
    auto shown = run(tool("plenary-index") + " --show-vocabulary --index " + notes_index.index);
    CHECK(shown.status == 0);
    for (const char* line : {"# analyzers/vocabulary/acronyms.txt (built in)\n", "# analyzers/vocabulary/concepts.txt (built in)\n",
                             "DPRK = North Korea = Democratic People's Republic of Korea\n",
                             "# defined in the text of notes\nZC = Zangger Committee\n"}) {
        INFO(line);
        CHECK(shown.out.find(line) != std::string::npos);
    }
    // Without an index yet, the files alone; nothing is written.
    TempDir empty;
    auto files_only = run(tool("plenary-index") + " --show-vocabulary --index " + quote((empty / "index").string()));
    CHECK(files_only.status == 0);
    CHECK(files_only.out.find("# defined in") == std::string::npos);
    CHECK_FALSE(fs::exists(empty / "index"));
    // It indexes nothing, so a PATH is a mistake.
    auto with_path = run(tool("plenary-index") + " --show-vocabulary --index " + notes_index.index + " " + quote(corpus_dir.string()));
    CHECK(with_path.status == 2);
    CHECK(with_path.out.find("--show-vocabulary takes no PATH") != std::string::npos);
}

TEST_CASE("a sharded index links the terms its texts define in its catalog", "[vocabulary][definitions][cli][shards]") {
    TempDir dir;
    write_file(dir / "notes" / "notes.txt", notes);
    write_file(dir / "notes" / "later.txt", "Later notes\n\nThe ZC chair reported to the plenary.\n");
    const std::string index = quote((dir / "index").string());
    REQUIRE(run(tool("plenary-index") + " -q --shards 3 --index " + index + " " + quote((dir / "notes").string())).status == 0);
    // The catalog's synonym table links the long form to a short form another communiqué uses.
    auto found = run(tool("plenary-search") + " --index " + index + " '\"Zangger Committee\"'", false);
    CHECK(found.out.find("later#1\t") != std::string::npos);
    auto shown = run(tool("plenary-index") + " --show-vocabulary --index " + index);
    CHECK(shown.status == 0);
    CHECK(shown.out.find("# defined in the text of notes\nZC = Zangger Committee\n") != std::string::npos);
}
