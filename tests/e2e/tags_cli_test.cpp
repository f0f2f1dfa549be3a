// Tags from the command line: plenary-tags-eval, and plenary-index re-tagging every communiqué of
// an index when the rules change, whichever files the run names; a changed vocabulary reaching
// every passage too.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <set>
#include <sstream>

#include "test_support.h"

using namespace plenary::testing;

namespace {

const fs::path labels_file = source_dir / "tests" / "data" / "tag_labels.tsv";

std::set<std::string> json_passages(const std::string& out) {
    std::set<std::string> ids;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) ids.insert(nlohmann::json::parse(line).at("passage").get<std::string>());
    return ids;
}

} // namespace

TEST_CASE("plenary-tags-eval prints precision and recall per tag", "[tags][cli]") {
    auto out = run(tool("plenary-tags-eval") + " --labels " + quote(labels_file.string()) + " " + quote(corpus_dir.string()));
    CHECK(out.status == 0);
    CHECK(out.out.find("precision") != std::string::npos);
    CHECK(out.out.find("region-concerns") != std::string::npos);
    CHECK(out.out.find("61 passages") != std::string::npos);

    auto held_out = run(tool("plenary-tags-eval") + " --labels " + quote(labels_file.string()) +
                        " --only 2021-sochi-33rd-plenary --errors " + quote(corpus_dir.string()));
    CHECK(held_out.status == 0);
    CHECK(held_out.out.find("19 passages") != std::string::npos);

    TempDir dir;
    write_file(dir / "rules.conf", "[outreach]\nthreshold 1\n1 outreach\n");
    auto custom = run(tool("plenary-tags-eval") + " --labels " + quote(labels_file.string()) + " --rules " +
                      quote((dir / "rules.conf").string()) + " " + quote(corpus_dir.string()));
    CHECK(custom.status == 0);
    CHECK(custom.out.find("rules.conf") != std::string::npos);

    write_file(dir / "bad.conf", "[outreach]\n1 outreach\n");
    auto bad = run(tool("plenary-tags-eval") + " --labels " + quote(labels_file.string()) + " --rules " +
                   quote((dir / "bad.conf").string()) + " " + quote(corpus_dir.string()));
    CHECK(bad.status == 2);
    CHECK(bad.out.find("bad.conf:1: [outreach] has no threshold line") != std::string::npos);
    CHECK(run(tool("plenary-tags-eval") + " " + quote(corpus_dir.string())).status == 2);  // --labels is required
    CHECK(run(tool("plenary-tags-eval") + " --help").out.find("Usage: plenary-tags-eval") != std::string::npos);
    CHECK(run(tool("plenary-tags-eval") + " --version").status == 0);
}

TEST_CASE("changed tag rules re-tag unchanged files when re-indexing", "[tags][incremental]") {
    TempDir index;
    TempDir rules;
    write_file(rules / "rules.conf", "[dealers]\nthreshold 1\n1 brokering\n");
    std::string index_tool = tool("plenary-index") + " --index " + quote(index.path().string()) + " " + quote(corpus_dir.string());
    std::string search_tool = tool("plenary-search") + " --index " + quote(index.path().string());

    REQUIRE(run(index_tool).status == 0);
    CHECK(run(index_tool).out.find("5 unchanged") != std::string::npos);
    CHECK(run(search_tool + " tag:dealers").status != 0);

    auto retagged = run(index_tool + " --tag-rules " + quote((rules / "rules.conf").string()));
    CHECK(retagged.out.find("5 changed") != std::string::npos);
    auto dealers = run(search_tool + " --json -n 100 tag:dealers", false);
    CHECK(dealers.status == 0);
    CHECK(json_passages(dealers.out) == json_passages(run(search_tool + " --json -n 100 brokering", false).out));
    CHECK(run(search_tool + " tag:outreach").status != 0);

    CHECK(run(index_tool).out.find("5 changed") != std::string::npos);  // back to the built-in rules
    CHECK(run(search_tool + " tag:outreach").status == 0);

    write_file(rules / "bad.conf", "[dealers]\n1 brokering\n");
    auto bad = run(index_tool + " --tag-rules " + quote((rules / "bad.conf").string()));
    CHECK(bad.status == 2);
    CHECK(bad.out.find("bad.conf:1: [dealers] has no threshold line") != std::string::npos);
    CHECK(run(search_tool + " tag:outreach").status == 0);  // the index is as it was

    CHECK(run(index_tool + " --no-tags").out.find("5 changed") != std::string::npos);
    CHECK(run(search_tool + " tag:outreach").status != 0);
    CHECK(run(search_tool + " brokering").status == 0);
}

TEST_CASE("changed rules reach every communiqué of the index, not only the files of the run", "[tags][incremental]") {
    TempDir files;
    for (const char* name : {"oslo.txt", "rome.txt", "bern.txt"})
        write_file(files / name, std::string("The Plenary in ") + name + " discussed brokering and transit.\n");
    TempDir index;
    TempDir rules;
    write_file(rules / "rules.conf", "[dealers]\nthreshold 1\n1 brokering\n");
    const std::string index_tool = tool("plenary-index") + " --index " + quote(index.path().string());
    const std::string search_tool = tool("plenary-search") + " --index " + quote(index.path().string()) + " --json -n 100 ";
    REQUIRE(run(index_tool + " " + quote(files.path().string())).status == 0);
    CHECK(json_passages(run(search_tool + "tag:dealers", false).out).empty());

    fs::remove(files / "bern.txt");
    auto one_file = run(index_tool + " --tag-rules " + quote((rules / "rules.conf").string()) + " " +
                        quote((files / "oslo.txt").string()));
    CHECK(one_file.status == 0);
    CHECK(one_file.out.find("1 file: 0 new, 1 changed") != std::string::npos);
    CHECK(one_file.out.find("1 more re-read for the changed rules") != std::string::npos);
    CHECK(one_file.out.find("warning: " + (files / "bern.txt").string() + ": gone") != std::string::npos);
    CHECK(json_passages(run(search_tool + "tag:dealers", false).out) == std::set<std::string>{"oslo#1", "rome#1"});

    auto same_rules = run(index_tool + " --tag-rules " + quote((rules / "rules.conf").string()) + " " +
                          quote((files / "oslo.txt").string()));
    CHECK(same_rules.out.find("1 unchanged") != std::string::npos);
    CHECK(same_rules.out.find("re-read") == std::string::npos);
    CHECK(same_rules.out.find("gone") == std::string::npos);
}

TEST_CASE("a changed vocabulary reaches the passages of files the run does not name", "[vocabulary][incremental]") {
    TempDir files;
    for (const char* name : {"oslo.txt", "rome.txt"})
        write_file(files / name, std::string("The Plenary in ") + name + " discussed brokering.\n");
    TempDir index;
    TempDir vocabulary;
    write_file(vocabulary / "dealers.txt", "fixers = brokering\n");
    const std::string index_tool = tool("plenary-index") + " --index " + quote(index.path().string());
    const std::string search_tool = tool("plenary-search") + " --index " + quote(index.path().string()) + " --json -n 100 ";
    REQUIRE(run(index_tool + " " + quote(files.path().string())).status == 0);
    CHECK(json_passages(run(search_tool + "fixers", false).out).empty());
    REQUIRE(run(index_tool + " --vocabulary " + quote(vocabulary.path().string()) + " " + quote((files / "oslo.txt").string()))
                .status == 0);
    CHECK(json_passages(run(search_tool + "fixers", false).out) == std::set<std::string>{"oslo#1", "rome#1"});
}

TEST_CASE("an edited rules file and vocabulary reach the communiqués a later run does not name", "[tags][vocabulary][incremental]") {
    TempDir files;
    for (const auto& entry : fs::directory_iterator(corpus_dir))
        if (entry.path().extension() == ".txt") fs::copy_file(entry.path(), files / entry.path().filename().string());
    TempDir index;
    TempDir data;
    write_file(data / "rules.conf", "[dealers]\nthreshold 1\n1 brokering\n");
    write_file(data / "vocabulary" / "dealers.txt", "fixers = brokering\n");
    const std::string index_tool = tool("plenary-index") + " --index " + quote(index.path().string()) + " --tag-rules " +
                                   quote((data / "rules.conf").string()) + " --vocabulary " +
                                   quote((data / "vocabulary").string()) + " ";
    const std::string search_tool = tool("plenary-search") + " --index " + quote(index.path().string()) + " --json -n 1000 ";
    REQUIRE(run(index_tool + quote(files.path().string())).status == 0);
    REQUIRE(json_passages(run(search_tool + "tag:dealers", false).out) == json_passages(run(search_tool + "brokering", false).out));

    write_file(data / "rules.conf", "[dealers]\nthreshold 1\n1 outreach\n");
    write_file(data / "vocabulary" / "dealers.txt", "fixers = outreach\n");
    const auto rerun = run(index_tool + quote((files / "2021-sochi-33rd-plenary.txt").string()));
    CHECK(rerun.status == 0);
    CHECK(rerun.out.find("4 more re-read for the changed rules") != std::string::npos);

    const auto outreach = json_passages(run(search_tool + "outreach", false).out);
    CHECK(outreach.count("2004-seoul-19th-plenary#8") == 1);  // a communiqué the run did not name
    CHECK(json_passages(run(search_tool + "tag:dealers", false).out) == outreach);
    CHECK(json_passages(run(search_tool + "fixers", false).out) == outreach);
}
