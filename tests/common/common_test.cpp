// The shared utilities: reading files, trimming and splitting, hashing, and reading a database
// that a writer commits to meanwhile.
#include <catch2/catch.hpp>

#include <xapian.h>

#include "plenary/database.h"
#include "plenary/files.h"
#include "plenary/strings.h"
#include "test_support.h"

using namespace plenary;
using plenary::testing::TempDir;

TEST_CASE("read_file returns every byte, and names the reason when it cannot", "[common][files]") {
    TempDir dir;
    std::string bytes("a\0b\r\nc", 6);
    plenary::testing::write_file(dir / "f", bytes);
    CHECK(read_file(dir / "f") == bytes);
    CHECK_THROWS_WITH(read_file(dir.path()), Catch::Contains("is a folder"));
    try {
        read_file(dir / "missing");
        FAIL("no error");
    } catch (const FileReadError& error) {
        CHECK(error.reason() == "No such file or directory");
        CHECK(std::string(error.what()) == (dir / "missing").string() + ": No such file or directory");
    }
}

TEST_CASE("trim, split and split_lines", "[common][strings]") {
    CHECK(trim("  a b \t\r\n") == "a b");
    CHECK(trim(" \t ").empty());
    CHECK(trim("xxaxx", "x") == "a");
    CHECK(split("a=b==c", '=') == std::vector<std::string_view>{"a", "b", "", "c"});
    CHECK(split("", ',') == std::vector<std::string_view>{""});
    CHECK(split_lines("one\r\ntwo\n\nthree") == std::vector<std::string_view>{"one", "two", "", "three"});
    CHECK(split_lines("one\n") == std::vector<std::string_view>{"one"});
    CHECK(lowercase_ascii("Ab-Ç9") == "ab-Ç9");
}

TEST_CASE("printable escapes what would cut or garble a message line", "[common][strings]") {
    CHECK(printable(std::string("q\0 1", 4)) == "q\\x00 1");
    CHECK(printable("ab\x1b[31mRED") == "ab\\x1b[31mRED");
    CHECK(printable("\x7f" "ELF\x02") == "\\x7fELF\\x02");
    CHECK(printable("caf\xc3\xa9 \xff \xc3") == "caf\xc3\xa9 \\xff \\xc3");
    CHECK(printable("a\\b") == "a\\\\b");
    CHECK(printable("plain text") == "plain text");
    CHECK(printable(std::string(100, 'x')) == std::string(60, 'x') + "...");
    CHECK(printable(std::string(60, 'x')) == std::string(60, 'x'));
    CHECK(has_control_character(std::string("q\0", 2)));
    CHECK(has_control_character("del\x7f"));
    CHECK_FALSE(has_control_character("caf\xc3\xa9"));
}

TEST_CASE("fnv1a is the standard 64-bit FNV-1a", "[common][hash]") {
    CHECK(fnv1a("") == 14695981039346656037ULL);
    CHECK(fnv1a("a") == 0xaf63dc4c8601ec8cULL);
    CHECK(fnv1a("foobar") == 0x85944171f73967e8ULL);
}

TEST_CASE("holds_xapian_database tells a database folder from others", "[common][database]") {
    TempDir dir;
    CHECK_FALSE(holds_xapian_database(dir.path()));
    Xapian::WritableDatabase(dir.path().string(), Xapian::DB_CREATE).commit();
    CHECK(holds_xapian_database(dir.path()));
}

TEST_CASE("read_latest reopens and retries a read overtaken by commits, then gives up", "[common][database]") {
    TempDir dir;
    Xapian::WritableDatabase(dir.path().string(), Xapian::DB_CREATE).commit();
    Xapian::Database db(dir.path().string());
    int calls = 0;
    int reopened = 0;
    auto value = read_latest(db, [&] {
        if (++calls < 3) throw Xapian::DatabaseModifiedError("overtaken");
        return 42;
    }, [&] { ++reopened; });
    CHECK(value == 42);
    CHECK(calls == 3);
    CHECK(reopened == 2);
    calls = 0;
    CHECK_THROWS_AS(read_latest(db, [&]() -> int { ++calls; throw Xapian::DatabaseModifiedError("always"); }),
                    Xapian::DatabaseModifiedError);
    CHECK(calls == max_read_attempts);
}
