// A sharded index as plenary-index writes it: the first build of --shards N, routing by
// communiqué id, updates that touch only the shards of the files they change, and repair of what
// a run killed between its commits left behind.
#include <catch2/catch.hpp>

#include <xapian.h>

#include <set>

#include "plenary/index_layout.h"
#include "plenary/index_schema.h"
#include "plenary/indexer.h"
#include "shard_routing.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

IndexReport index_into(const fs::path& index, const std::vector<fs::path>& paths, std::size_t shards = 0,
                       bool prune = false) {
    IndexOptions options;
    options.index_dir = index;
    options.shards = shards;
    options.prune = prune;
    return update_index(paths, options);
}

Xapian::Database shard(const fs::path& index, std::size_t number) {
    return Xapian::Database((index / shard_folder_name(number)).string());
}

std::set<std::string> communiques_in(const Xapian::Database& db) {
    std::set<std::string> ids;
    std::string prefix(schema::doc_prefix);
    for (auto term = db.allterms_begin(prefix); term != db.allterms_end(prefix); ++term) ids.insert((*term).substr(prefix.size()));
    return ids;
}

Xapian::doccount spelling_frequency(const Xapian::Database& db, const std::string& word) {
    auto spelling = db.spellings_begin();
    spelling.skip_to(word);
    return spelling != db.spellings_end() && *spelling == word ? spelling.get_termfreq() : 0;
}

// The bundled corpus copied, so that a test may change its files.
std::vector<fs::path> copy_corpus(const fs::path& into) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(corpus_dir)) {
        if (entry.path().extension() != ".txt") continue;
        fs::copy(entry.path(), into / entry.path().filename());
        files.push_back(into / entry.path().filename());
    }
    return files;
}

} // namespace

TEST_CASE("a first build with --shards 3 writes three shards, a catalog and a stub, each communiqué in the shard of its id", "[shards]") {
    TempDir plain, sharded;
    auto one = index_into(plain.path(), {corpus_dir});
    auto three = index_into(sharded.path(), {corpus_dir}, 3);
    CHECK(three.files_added == one.files_added);
    CHECK(three.passages_written == one.passages_written);

    auto stub = read_stub(sharded / "XAPIANDB");
    REQUIRE(stub.size() == 3);
    Xapian::Database catalog((sharded / "catalog").string());
    CHECK(catalog.get_doccount() == 0);
    CHECK(catalog.get_metadata("plenary:shards") == "3");
    Xapian::doccount passages = 0;
    std::set<std::string> all;
    for (std::size_t number = 0; number < 3; ++number) {
        CHECK(stub[number].path == sharded / shard_folder_name(number));
        auto db = shard(sharded.path(), number);
        CHECK(db.get_metadata("plenary:shard") == std::to_string(number));
        CHECK(db.get_metadata("plenary:shards") == "3");
        passages += db.get_doccount();
        for (const auto& id : communiques_in(db)) {
            CHECK(shard_of(id, 3) == number);
            CHECK_FALSE(catalog.get_metadata(std::string(schema::communique_key_prefix) + id).empty());
            all.insert(id);
        }
    }
    Xapian::Database whole(plain.path().string());
    CHECK(passages == whole.get_doccount());
    CHECK(all == communiques_in(whole));
    // The catalog holds what the remote backend does not serve: synonyms and spelling.
    CHECK(catalog.synonym_keys_begin() != catalog.synonym_keys_end());
    CHECK(catalog.get_spelling_suggestion("proliferaton") == "proliferation");
    CHECK(spelling_frequency(catalog, "missile") == spelling_frequency(whole, "missile"));
    CHECK(spelling_frequency(catalog, "missile") > 10);
    CHECK(catalog.get_metadata("plenary:tags") == whole.get_metadata("plenary:tags"));
}

TEST_CASE("an update rewrites the shard of the changed file, and no other", "[shards]") {
    TempDir source, index;
    auto files = copy_corpus(source.path());
    index_into(index.path(), {source.path()}, 3);
    std::vector<Xapian::rev> before;
    for (std::size_t number = 0; number < 3; ++number) before.push_back(shard(index.path(), number).get_revision());

    const fs::path changed = files.front();
    write_file(changed, read_file(changed) + "\n\nPartners also discussed the zebrafish export notice.\n");
    auto report = index_into(index.path(), {source.path()});
    CHECK(report.files_changed == 1);
    CHECK(report.files_unchanged == files.size() - 1);

    std::size_t rewritten = 0;
    for (std::size_t number = 0; number < 3; ++number) {
        auto db = shard(index.path(), number);
        bool holds_changed = db.term_exists("zebrafish");
        CHECK((db.get_revision() != before[number]) == holds_changed);
        rewritten += holds_changed;
    }
    CHECK(rewritten == 1);
    Xapian::Database catalog((index / "catalog").string());
    CHECK(spelling_frequency(catalog, "zebrafish") == 1);
}

TEST_CASE("pruning and rebuilding work on every shard", "[shards]") {
    TempDir source, index;
    auto files = copy_corpus(source.path());
    index_into(index.path(), {source.path()}, 2);
    fs::remove(files.back());
    auto pruned = index_into(index.path(), {source.path()}, 0, true);
    CHECK(pruned.communiques_removed == 1);
    std::set<std::string> left;
    for (std::size_t number = 0; number < 2; ++number) {
        for (const auto& id : communiques_in(shard(index.path(), number))) left.insert(id);
    }
    CHECK(left.size() == files.size() - 1);

    IndexOptions rebuild;
    rebuild.index_dir = index.path();
    rebuild.rebuild = true;
    auto rebuilt = update_index({source.path()}, rebuild);
    CHECK(rebuilt.files_added == files.size() - 1);
    CHECK(Xapian::Database((index / "catalog").string()).get_metadata("plenary:shards") == "2");
}

TEST_CASE("a number of shards that the index contradicts is an error", "[shards]") {
    TempDir plain, sharded;
    index_into(plain.path(), {corpus_dir});
    CHECK_THROWS_WITH(index_into(plain.path(), {corpus_dir}, 3), Catch::Contains("is one database: --shards 3 applies to a first build"));
    index_into(sharded.path(), {corpus_dir}, 3);
    CHECK_THROWS_WITH(index_into(sharded.path(), {corpus_dir}, 2), Catch::Contains("has 3 shards"));
    CHECK_NOTHROW(index_into(sharded.path(), {corpus_dir}, 3));
}

TEST_CASE("passages a killed run left in a shard without records are removed by the next run", "[shards]") {
    TempDir index;
    index_into(index.path(), {corpus_dir}, 2);
    {
        // What a run killed after a shard's commit and before the catalog's leaves: passages of a
        // communiqué the catalog does not record.
        Xapian::WritableDatabase db((index / shard_folder_name(1)).string(), Xapian::DB_OPEN);
        Xapian::Document ghost;
        ghost.add_term(std::string(schema::doc_prefix) + "ghost");
        ghost.add_term("ghostword");
        db.add_document(ghost);
        db.commit();
    }
    index_into(index.path(), {corpus_dir});
    CHECK_FALSE(shard(index.path(), 1).term_exists("ghostword"));
}

TEST_CASE("a stub listing the shards out of order is refused before anything is written", "[shards]") {
    TempDir index;
    index_into(index.path(), {corpus_dir}, 2);
    write_file(index / "XAPIANDB", "auto shard-1\nauto shard-0\n");
    CHECK_THROWS_WITH(index_into(index.path(), {corpus_dir}), Catch::Contains("is shard 1 of 2, not shard 0 of 2"));
}
