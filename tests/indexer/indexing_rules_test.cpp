// The tag rules a run's options choose: the built-in ones, a rules file, or none; and an index
// re-tagged when they change.
#include <catch2/catch.hpp>

#include <xapian.h>

#include <set>

#include "indexing_rules.h"
#include "plenary/indexer.h"
#include "test_support.h"

using namespace plenary;
using namespace plenary::testing;

namespace {

// The tags the index's passages carry.
std::set<std::string> tags_in(const fs::path& index) {
    Xapian::Database db(index.string());
    std::set<std::string> tags;
    for (auto term = db.allterms_begin("K"); term != db.allterms_end("K"); ++term) tags.insert((*term).substr(1));
    return tags;
}

} // namespace

TEST_CASE("the options choose the built-in tag rules, a rules file, or none", "[indexer][tags]") {
    TempDir dir;
    write_file(dir / "rules.conf", "[dealers]\nthreshold 1\n1 brokering\n");
    IndexOptions options;
    auto builtin = load_indexing_rules(options);
    CHECK(builtin.tagger.origin().find("tag_rules.conf") != std::string::npos);
    CHECK(builtin.tagger.tag_names().size() >= 7);

    options.tag_rules_file = dir / "rules.conf";
    auto file = load_indexing_rules(options);
    CHECK(file.tagger.origin() == (dir / "rules.conf").string());
    CHECK(file.tagger.tag_names() == std::vector<std::string>{"dealers"});

    options.no_tags = true;
    auto none = load_indexing_rules(options);
    CHECK(none.tagger.tag_names().empty());
    CHECK(none.tagger.fingerprint() != builtin.tagger.fingerprint());
    CHECK(none.tagger.fingerprint() != file.tagger.fingerprint());

    options = {};
    options.tag_rules_file = dir / "missing.conf";
    CHECK_THROWS_WITH(load_indexing_rules(options), Catch::StartsWith("cannot read the tag rules"));
    write_file(dir / "bad.conf", "[dealers]\n1 brokering\n");
    options.tag_rules_file = dir / "bad.conf";
    CHECK_THROWS_AS(load_indexing_rules(options), TagRulesError);
}

TEST_CASE("a run with other tag rules re-reads every file and re-tags it", "[indexer][tags][incremental]") {
    TempDir dir;
    write_file(dir / "rules.conf", "[dealers]\nthreshold 1\n1 brokering\n");
    write_file(dir / "corpus" / "rome.txt", read_file(corpus_dir / "2013-rome-27th-plenary.txt"));
    IndexOptions options;
    options.index_dir = dir / "index";
    update_index({dir / "corpus"}, options);
    CHECK(tags_in(options.index_dir).count("outreach"));
    CHECK(update_index({dir / "corpus"}, options).files_unchanged == 1);

    options.tag_rules_file = dir / "rules.conf";
    CHECK(update_index({dir / "corpus"}, options).files_changed == 1);
    CHECK(tags_in(options.index_dir) == std::set<std::string>{"dealers"});
    CHECK(update_index({dir / "corpus"}, options).files_unchanged == 1);

    options.no_tags = true;
    CHECK(update_index({dir / "corpus"}, options).files_changed == 1);
    CHECK(tags_in(options.index_dir).empty());
    CHECK(Xapian::Database(options.index_dir.string()).get_metadata("plenary:tags").empty());
}
