// The writer on a temporary database: communiqués written, replaced and removed with their
// records, and the run-wide data written at the end.
#include <catch2/catch.hpp>

#include <xapian.h>

#include "defined_terms.h"
#include "index_writer.h"
#include "indexer_fixtures.h"
#include "plenary/index_schema.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

FileChange change(FileChange::Kind kind, const Communique& communique) {
    return {kind, schema::SourceRecord{communique.file.string(), communique.id, 80, 1, 0}};
}

std::string communique_key(const Communique& communique) {
    return std::string(schema::communique_key_prefix) + communique.id;
}

// A temporary database in which a writer has written the sample communiqué as a new file's.
struct WrittenSample {
    WrittenSample() { writer.write(communique, change(FileChange::Kind::added, communique)); }

    TempDir dir;
    Xapian::WritableDatabase db{(dir / "index").string(), Xapian::DB_CREATE};
    IndexingRules rules = sample_rules();
    IndexWriter writer{db, rules};
    Communique communique = sample_communique();
};

} // namespace

TEST_CASE("a communiqué is written with its passages, its record and its source's record", "[indexer][writer]") {
    WrittenSample index;
    auto& communique = index.communique;
    index.db.commit();

    CHECK(index.db.get_doccount() == 2);
    CHECK(index.db.get_termfreq("XD2011-buenos-aires") == 2);
    auto record = schema::decode_communique(index.db.get_metadata(communique_key(communique)));
    CHECK(record.id == communique.id);
    CHECK(record.file == "/corpus/2011-buenos-aires.txt");
    CHECK(record.metadata.title == "Plenary Meeting");
    CHECK(record.metadata.plenary == 25);
    CHECK(record.metadata.country == "Argentina");
    CHECK(record.passages == 2);
    auto source = schema::decode_source(index.db.get_metadata(schema::source_key(communique.file.string())));
    CHECK(source.communique_id == communique.id);
    CHECK(source.size == 80);
}

TEST_CASE("a changed file's communiqué replaces the one it had, a removed one leaves nothing", "[indexer][writer]") {
    WrittenSample index;
    auto& communique = index.communique;
    communique.passages.pop_back();
    communique.metadata.year = 2012;
    index.writer.write(communique, change(FileChange::Kind::changed, communique));
    CHECK(index.db.get_doccount() == 1);
    CHECK(index.db.get_termfreq("Y2011") == 0);
    CHECK(schema::decode_communique(index.db.get_metadata(communique_key(communique))).passages == 1);

    index.writer.remove(change(FileChange::Kind::unchanged, communique).source);
    CHECK(index.db.get_doccount() == 0);
    CHECK(index.db.get_metadata(communique_key(communique)).empty());
    CHECK(index.db.get_metadata(schema::source_key(communique.file.string())).empty());
}

TEST_CASE("finishing a run writes synonyms, spellings, format, fingerprint and tag names", "[indexer][writer]") {
    WrittenSample index;
    index.writer.finish();
    index.db.commit();

    CHECK(std::vector<std::string>(index.db.synonyms_begin("dprk"), index.db.synonyms_end("dprk")) ==
          std::vector<std::string>{"north korea"});
    CHECK(index.db.get_spelling_suggestion("brokring") == "brokering");
    CHECK(index.db.get_metadata(std::string(schema::format_key)) == schema::format_version);
    CHECK(index.db.get_metadata(std::string(schema::analysis_key)) == analysis_fingerprint(index.rules.tagger));
    CHECK(index.db.get_metadata(std::string(schema::tag_names_key)) == "dealers");
}

TEST_CASE("the terms a communiqué's text defines join the synonyms until it is removed", "[indexer][writer][definitions]") {
    WrittenSample index;
    auto& communique = index.communique;
    communique.passages.push_back({.ordinal = 3, .start = 82, .end = 140, .text = "The Technical Experts Meeting (TEM) met twice."});
    index.writer.write(communique, change(FileChange::Kind::changed, communique));
    index.writer.finish();
    CHECK(index.db.get_metadata(definitions_key(communique.id)) == "TEM = Technical Experts Meeting\n");
    CHECK(std::vector<std::string>(index.db.synonyms_begin("tem"), index.db.synonyms_end("tem")) ==
          std::vector<std::string>{"+technic expert meet"});

    index.writer.remove(change(FileChange::Kind::unchanged, communique).source);
    index.writer.finish();
    CHECK(index.db.get_metadata(definitions_key(communique.id)).empty());
    CHECK(index.db.synonyms_begin("tem") == index.db.synonyms_end("tem"));
}

TEST_CASE("removing everything leaves no document and no metadata", "[indexer][writer]") {
    WrittenSample index;
    index.writer.finish();
    index.writer.remove_all();
    index.db.commit();
    CHECK(index.db.get_doccount() == 0);
    CHECK(index.db.metadata_keys_begin() == index.db.metadata_keys_end());
}
