// Stub files as Xapian writes and reads them, and where a sharded index keeps its databases.
#include <catch2/catch.hpp>

#include <xapian.h>

#include "plenary/index_layout.h"
#include "plenary/stub_file.h"
#include "test_support.h"

using namespace plenary;
using plenary::testing::TempDir;
using plenary::testing::write_file;
namespace fs = std::filesystem;

TEST_CASE("a stub lists local, remote and program databases, in order", "[common][stub]") {
    TempDir dir;
    write_file(dir / "index.stub",
               "# shards of the institute's index\n"
               "auto shard-0\n"
               "\n"
               "glass /srv/plenary/shard-1\n"
               "remote 10.0.0.2:7001\n"
               "remote [::1]:7002\n"
               "remote :ssh db3 xapian-progsrv /srv/plenary/shard-4\r\n");
    auto shards = read_stub(dir / "index.stub");
    REQUIRE(shards.size() == 5);
    CHECK(shards[0].kind == ShardLocation::Kind::local);
    CHECK(shards[0].path == dir / "shard-0");  // relative to the stub's folder
    CHECK(shards[0].line == 2);
    CHECK_FALSE(shards[0].remote());
    CHECK(shards[1].path == "/srv/plenary/shard-1");
    CHECK(shards[2].kind == ShardLocation::Kind::tcp);
    CHECK(shards[2].host == "10.0.0.2");
    CHECK(shards[2].port == 7001);
    CHECK(shards[2].name() == "10.0.0.2:7001");
    CHECK(shards[3].host == "::1");
    CHECK(shards[3].name() == "[::1]:7002");
    CHECK(shards[4].kind == ShardLocation::Kind::program);
    CHECK(shards[4].program == "ssh");
    CHECK(shards[4].arguments == "db3 xapian-progsrv /srv/plenary/shard-4");
    CHECK(shards[4].line == 7);
    CHECK(shards[4].remote());
}

TEST_CASE("a bad stub line is named by file and line", "[common][stub]") {
    TempDir dir;
    for (const char* bad : {"remote 10.0.0.2\n", "remote 10.0.0.2:http\n", "remote host:0\n", "remote host:70000\n",
                            "inmemory\n", "shard-0\n", "auto\n", "remote :\n", "flint shard-0\n"}) {
        INFO(bad);
        write_file(dir / "bad.stub", std::string("auto shard-0\n") + bad);
        CHECK_THROWS_AS(read_stub(dir / "bad.stub"), StubError);
        CHECK_THROWS_WITH(read_stub(dir / "bad.stub"), Catch::StartsWith((dir / "bad.stub").string() + ":2: not a database line"));
    }
    write_file(dir / "empty.stub", "# nothing yet\n\n");
    CHECK_THROWS_WITH(read_stub(dir / "empty.stub"), Catch::Contains("lists no database"));
    CHECK_THROWS_WITH(read_stub(dir / "missing.stub"), Catch::Contains("cannot read the stub"));
}

TEST_CASE("a written stub is read back, by plenary and by Xapian", "[common][stub]") {
    TempDir dir;
    for (const char* shard : {"a", "b"}) {
        Xapian::WritableDatabase db((dir / shard).string(), Xapian::DB_CREATE);
        Xapian::Document document;
        document.add_term(std::string("in-") + shard);
        db.add_document(document);
        db.commit();
    }
    write_stub(dir / "XAPIANDB", {"a", "b"});
    auto shards = read_stub(dir / "XAPIANDB");
    REQUIRE(shards.size() == 2);
    CHECK(shards[1].path == dir / "b");
    CHECK_FALSE(fs::exists(dir / "XAPIANDB.new"));
    Xapian::Database both(dir.path().string());  // a folder holding XAPIANDB is a stub to Xapian
    CHECK(both.get_doccount() == 2);
    CHECK(both.term_exists("in-b"));
}

TEST_CASE("an index is one database, or a stub with its catalog beside it", "[common][stub]") {
    TempDir dir;
    CHECK_FALSE(index_layout(dir / "new").sharded());
    CHECK(index_layout(dir / "new").database == dir / "new");
    write_file(dir / "sharded" / "XAPIANDB", "auto shard-0\n");
    auto folder = index_layout(dir / "sharded");
    CHECK(folder.sharded());
    CHECK(folder.stub == dir / "sharded" / "XAPIANDB");
    CHECK(folder.database == dir / "sharded" / "catalog");
    write_file(dir / "front" / "remote.stub", "remote 10.0.0.2:7001\n");
    auto file = index_layout(dir / "front" / "remote.stub");
    CHECK(file.stub == dir / "front" / "remote.stub");
    CHECK(file.database == dir / "front" / "catalog");
    CHECK(shard_folder_name(3) == "shard-3");
}
