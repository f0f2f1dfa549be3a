// A missing, damaged or foreign index folder: both tools say in one line what is
// wrong and what to do, exit status 2, and --rebuild recovers a damaged index.
#include <catch2/catch.hpp>

#include <xapian.h>

#include <algorithm>

#include "plenary/index_schema.h"
#include "test_support.h"

using namespace plenary::testing;

namespace {

std::string index_tool(const fs::path& index) { return tool("plenary-index") + " --index " + quote(index.string()); }
std::string search_tool(const fs::path& index) { return tool("plenary-search") + " --index " + quote(index.string()); }

std::size_t line_count(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

bool contains(const std::string& text, const std::string& needle) { return text.find(needle) != std::string::npos; }

// A one-line error that mentions every one of hints.
void check_error(const CommandResult& result, std::initializer_list<const char*> hints) {
    INFO(result.out);
    CHECK(result.status == 2);
    CHECK(line_count(result.out) == 1);
    for (const char* hint : hints) CHECK(contains(result.out, hint));
}

fs::path bundled_index(const TempDir& dir) {
    auto index = dir / "index";
    REQUIRE(run(index_tool(index) + " -q " + quote(corpus_dir.string())).status == 0);
    return index;
}

} // namespace

TEST_CASE("a missing index: search says how to build one, the indexer creates it", "[damaged]") {
    TempDir dir;
    check_error(run(search_tool(dir / "none") + " missile"), {"no index at", "plenary-index --index"});
    CHECK(run(index_tool(dir / "none") + " -q " + quote(corpus_dir.string())).status == 0);
    CHECK(run(search_tool(dir / "none") + " missile").status == 0);
}

TEST_CASE("an empty folder: search says it is not an index, the indexer builds one in it", "[damaged]") {
    TempDir dir;
    fs::create_directories(dir / "empty");
    check_error(run(search_tool(dir / "empty") + " missile"), {"is not a plenary index", "plenary-index --index"});
    CHECK(run(index_tool(dir / "empty") + " -q " + quote(corpus_dir.string())).status == 0);
    CHECK(run(search_tool(dir / "empty") + " missile").status == 0);
}

TEST_CASE("a folder of other files is refused and left alone", "[damaged]") {
    TempDir dir;
    auto folder = dir / "documents";
    write_file(folder / "notes.txt", "my notes\n");
    write_file(folder / "random.bin", std::string("\x01\xff\x00\x7f", 4));
    check_error(run(search_tool(folder) + " missile"), {"is not a plenary index"});
    check_error(run(index_tool(folder) + " " + quote(corpus_dir.string())), {"is not a plenary index", "notes.txt", "--index"});
    check_error(run(index_tool(folder) + " --rebuild " + quote(corpus_dir.string())), {"is not a plenary index"});
    std::vector<fs::path> left;
    for (const auto& entry : fs::directory_iterator(folder)) left.push_back(entry.path().filename());
    std::sort(left.begin(), left.end());
    CHECK(left == std::vector<fs::path>{"notes.txt", "random.bin"});
}

TEST_CASE("a Xapian database that is not a plenary index is refused by both tools", "[damaged]") {
    TempDir dir;
    auto foreign = dir / "foreign";
    {
        Xapian::WritableDatabase db(foreign.string(), Xapian::DB_CREATE);
        Xapian::Document doc;
        doc.set_data("someone else's data");
        doc.add_term("missile");
        db.add_document(doc);
        db.commit();
    }
    check_error(run(search_tool(foreign) + " missile"), {"is not a plenary index"});
    check_error(run(index_tool(foreign) + " " + quote(corpus_dir.string())), {"not a plenary index", "--index"});
    CHECK(Xapian::Database(foreign.string()).get_doccount() == 1);
}

TEST_CASE("an index of another plenary format: both tools say to rebuild, and --rebuild does", "[damaged]") {
    TempDir dir;
    auto index = bundled_index(dir);
    {
        Xapian::WritableDatabase db(index.string(), Xapian::DB_OPEN);
        db.set_metadata(std::string(plenary::schema::format_key), "999");
        db.commit();
    }
    check_error(run(search_tool(index) + " missile"), {"format 999", "--rebuild"});
    check_error(run(index_tool(index) + " " + quote(corpus_dir.string())), {"format 999", "--rebuild"});
    CHECK(run(index_tool(index) + " -q --rebuild " + quote(corpus_dir.string())).status == 0);
    CHECK(run(search_tool(index) + " missile").status == 0);
}

TEST_CASE("truncated Xapian tables: both tools say the index is damaged, --rebuild repairs it", "[damaged]") {
    for (const char* table : {"postlist", "termlist", "docdata", "position"}) {
        DYNAMIC_SECTION(table << ".glass truncated") {
            TempDir dir;
            auto index = bundled_index(dir);
            fs::resize_file(index / (std::string(table) + ".glass"), 0);
            check_error(run(search_tool(index) + " '\"export controls\"'"), {"is damaged", "plenary-index --rebuild"});
            check_error(run(index_tool(index) + " " + quote(corpus_dir.string())), {"is damaged", "--rebuild"});
            auto rebuilt = run(index_tool(index) + " --rebuild " + quote(corpus_dir.string()));
            INFO(rebuilt.out);
            CHECK(rebuilt.status == 0);
            CHECK(contains(rebuilt.out, "5 files: 5 new"));
            CHECK(run(search_tool(index) + " '\"export controls\"'").status == 0);
        }
    }
}

TEST_CASE("a garbled version file: both tools say the index is damaged", "[damaged]") {
    TempDir dir;
    auto index = bundled_index(dir);
    write_file(index / "iamglass", "this is not a Xapian version file, just some bytes");
    check_error(run(search_tool(index) + " missile"), {"is damaged", "--rebuild"});
    check_error(run(index_tool(index) + " " + quote(corpus_dir.string())), {"is damaged", "--rebuild"});
    CHECK(run(index_tool(index) + " -q --rebuild " + quote(corpus_dir.string())).status == 0);
    CHECK(run(search_tool(index) + " missile").status == 0);
}
