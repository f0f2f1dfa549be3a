// Which files a run reads: supported extensions found recursively, hidden files and files named
// by a folder's .plenaryignore left out, a file named on the command line always read.
#include <catch2/catch.hpp>

#include "plenary/indexer.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;

TEST_CASE("a folder's .plenaryignore leaves out the files it names", "[indexer][files]") {
    TempDir dir;
    for (const char* name : {"a.txt", "README.md", "notes/draft-1.txt", "notes/final.md", ".hidden.txt"}) {
        write_file(dir / name, "The Partners met.\n");
    }
    write_file(dir / ".plenaryignore", "# not communiqués\nREADME.md\n");
    write_file(dir / "notes" / ".plenaryignore", "draft-*.txt\n");
    auto relative = [&](const std::vector<fs::path>& files) {
        std::vector<std::string> names;
        for (const auto& file : files) names.push_back(file.lexically_relative(dir.path()).string());
        return names;
    };
    CHECK(relative(find_source_files({dir.path()})) == std::vector<std::string>{"a.txt", "notes/final.md"});
    CHECK(relative(find_source_files({dir / "README.md"})) == std::vector<std::string>{"README.md"});
}

TEST_CASE("the bundled corpus folder holds five communiqués and its README is not one", "[indexer][files]") {
    auto files = find_source_files({corpus_dir});
    CHECK(files.size() == 5);
    for (const auto& file : files) CHECK(file.extension() == ".txt");
}
