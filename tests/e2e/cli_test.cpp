// The tools as a user runs them: exit codes, output formats, incremental indexing
// and bad input.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <sstream>

#include "test_support.h"

using namespace plenary::testing;

namespace {

std::string index_tool(const TempDir& index) { return tool("plenary-index") + " --index " + quote(index.path().string()); }
std::string search_tool(const TempDir& index) { return tool("plenary-search") + " --index " + quote(index.path().string()); }

std::vector<nlohmann::json> json_lines(const std::string& out) {
    std::vector<nlohmann::json> lines;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
    return lines;
}

std::size_t line_count(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

struct CorpusCopy {
    TempDir dir;
    CorpusCopy() { fs::copy(corpus_dir, dir.path(), fs::copy_options::recursive); }
};

} // namespace

TEST_CASE("every tool answers --help and --version", "[cli]") {
    for (const char* name : {"plenary-index", "plenary-search"}) {
        auto help = run(tool(name) + " --help");
        CHECK(help.status == 0);
        CHECK(help.out.find("Usage: " + std::string(name)) != std::string::npos);
        CHECK(help.out.find("--index") != std::string::npos);
        auto version = run(tool(name) + " --version");
        CHECK(version.status == 0);
        CHECK(version.out.find(name) != std::string::npos);
    }
}

TEST_CASE("search exit status: 0 found, 1 not found, 2 error", "[cli]") {
    TempDir index;
    REQUIRE(run(index_tool(index) + " " + quote(corpus_dir.string())).status == 0);
    CHECK(run(search_tool(index) + " export controls").status == 0);
    CHECK(run(search_tool(index) + " '\"Privacy Notice\"'").status == 1);

    auto bad = run(search_tool(index) + " '\"unclosed phrase'");
    CHECK(bad.status == 2);
    CHECK(line_count(bad.out) == 1);
    CHECK(bad.out.find("column 1") != std::string::npos);
    CHECK(run(search_tool(index) + " 'nosuchfield:x'").status == 2);
    CHECK(run(search_tool(index) + " --year 2013..2004 missile").status == 2);
    CHECK(run(search_tool(index) + " --color sometimes missile").out.find("always, auto, never") != std::string::npos);
    CHECK(run(search_tool(index) + " --no-such-option missile").status == 2);
    CHECK(run(search_tool(index)).status == 2);
}

TEST_CASE("an option with a short form is named by both forms in its errors, whichever was written", "[cli][bad-input]") {
    struct Case {
        std::string arguments;
        std::string message;
    };
    const std::vector<Case> cases{
        {"plenary-search -n 3 -n 8 export", "option '-n/--limit' cannot be specified more than once"},
        {"plenary-search --limit 3 -n 8 export", "option '-n/--limit' cannot be specified more than once"},
        {"plenary-search -C 1 --context 2 export", "option '-C/--context' cannot be specified more than once"},
        {"plenary-search -n many export", "the argument ('many') for option '-n/--limit' is invalid"},
        {"plenary-search export -n", "the required argument for option '-n/--limit' is missing"},
        {"plenary-index -j 1 -j 2 corpus", "option '-j/--threads' cannot be specified more than once"},
        {"plenary-eval -q -q qrels run", "option '-q/--per-topic' cannot be specified more than once"},
        // Without a short form, the long one alone.
        {"plenary-search --index a --index b export", "option '--index' cannot be specified more than once"},
    };
    for (const auto& c : cases) {
        INFO(c.arguments);
        auto name = c.arguments.substr(0, c.arguments.find(' '));
        auto result = run(tool(name) + c.arguments.substr(name.size()));
        CHECK(result.status == 2);
        CHECK(line_count(result.out) == 1);
        CHECK(result.out.starts_with(name + ": " + c.message + " (see " + name + " --help)"));
    }
}

TEST_CASE("a mistyped long option names the option it was probably meant to be", "[cli][bad-input]") {
    for (auto [arguments, message] : {std::pair{"plenary-search --limt 3 export", "unrecognised option '--limt' (did you mean --limit? see plenary-search --help)"},
                                      {"plenary-index --rebuld corpus", "unrecognised option '--rebuld' (did you mean --rebuild? see plenary-index --help)"},
                                      {"plenary-search --zzzzz export", "unrecognised option '--zzzzz' (see plenary-search --help)"}}) {
        INFO(arguments);
        std::string name = std::string(arguments).substr(0, std::string(arguments).find(' '));
        auto result = run(tool(name) + std::string(arguments).substr(name.size()));
        CHECK(result.status == 2);
        CHECK(result.out == name + ": " + message + "\n");
    }
}

TEST_CASE("without WordNet's database a search runs as with --wordnet-weight 0, and says nothing of it", "[cli][wordnet]") {
    TempDir index;
    REQUIRE(run(index_tool(index) + " -q " + quote(corpus_dir.string())).status == 0);
    auto without_database = run("WNSEARCHDIR=/nonexistent " + search_tool(index) + " --json talks");
    auto without_synonyms = run(search_tool(index) + " --json --wordnet-weight 0 talks");
    CHECK(without_database.status == 0);
    CHECK(without_database.out == without_synonyms.out);
    CHECK(without_database.out != run(search_tool(index) + " --json talks").out);  // the database is there otherwise
}

TEST_CASE("a search without an index says how to build one", "[cli]") {
    TempDir missing;
    auto result = run(tool("plenary-search") + " --index " + quote((missing / "nothing").string()) + " missile");
    CHECK(result.status == 2);
    CHECK(line_count(result.out) == 1);
    CHECK(result.out.find("plenary-index") != std::string::npos);
}

TEST_CASE("the index location comes from --index, then PLENARY_INDEX, then XDG_DATA_HOME", "[cli]") {
    TempDir home;
    auto env = "env -u PLENARY_INDEX XDG_DATA_HOME=" + quote(home.path().string()) + " ";
    REQUIRE(run(env + tool("plenary-index") + " -q " + quote(corpus_dir.string())).status == 0);
    CHECK(fs::exists(home / "plenary/index"));
    CHECK(run(env + tool("plenary-search") + " missile").status == 0);
    auto via_variable = "PLENARY_INDEX=" + quote((home / "plenary/index").string()) + " ";
    CHECK(run(via_variable + tool("plenary-search") + " missile").status == 0);
}

TEST_CASE("JSON output has one object per hit with the contract's keys", "[cli][json]") {
    TempDir index;
    REQUIRE(run(index_tool(index) + " " + quote(corpus_dir.string())).status == 0);
    auto result = run(search_tool(index) + " --json 'brokering year:2004..2013'", false);
    REQUIRE(result.status == 0);
    auto hits = json_lines(result.out);
    REQUIRE(hits.size() >= 2);
    for (std::size_t i = 0; i < hits.size(); ++i) {
        const auto& hit = hits[i];
        for (const char* key : {"rank", "score", "passage", "doc", "file", "start", "end", "title", "year", "city", "plenary",
                                "org", "tags", "text", "highlights", "matched"}) {
            CHECK(hit.contains(key));
        }
        CHECK(hit["rank"] == i + 1);
        CHECK(hit["tags"].is_array());
        CHECK(fs::path(hit["file"].get<std::string>()).is_absolute());
        std::string text = hit["text"];
        for (const auto& span : hit["highlights"]) {
            auto highlighted = text.substr(span[0].get<std::size_t>(), span[1].get<std::size_t>() - span[0].get<std::size_t>());
            CHECK((highlighted == "brokering" || highlighted == "intermediaries"));  // and its related concept
        }
        CHECK(hit["matched"] == nlohmann::json::array({"brokering"}));
    }
    CHECK(run(search_tool(index) + " --json -n 1 missile", false).out.find('\033') == std::string::npos);
}

TEST_CASE("colour follows --color and NO_COLOR", "[cli][color]") {
    TempDir index;
    REQUIRE(run(index_tool(index) + " " + quote(corpus_dir.string())).status == 0);
    CHECK(run(search_tool(index) + " --color always brokering").out.find("\033[") != std::string::npos);
    CHECK(run(search_tool(index) + " --color never brokering").out.find("\033[") == std::string::npos);
    CHECK(run("NO_COLOR=1 " + search_tool(index) + " brokering").out.find("\033[") == std::string::npos);
    auto piped = run(search_tool(index) + " -n 3 brokering");
    CHECK(line_count(piped.out) == 3);
}

TEST_CASE("re-indexing skips unchanged files, replaces changed ones, prunes and rebuilds", "[cli][incremental]") {
    CorpusCopy corpus;
    TempDir index;
    auto index_corpus = [&](const std::string& options = "") {
        return run(index_tool(index) + " " + options + " " + quote(corpus.dir.path().string()));
    };
    auto first = index_corpus();
    REQUIRE(first.status == 0);
    CHECK(first.out.find("5 files: 5 new") != std::string::npos);
    CHECK(index_corpus().out.find("5 unchanged") != std::string::npos);

    auto rome = corpus.dir / "2013-rome-27th-plenary.txt";
    write_file(rome, read_file(rome) + "\n\nPartners discussed zanzibarian hypersonic gliders at length.\n");
    auto changed = index_corpus();
    CHECK(changed.out.find("1 changed") != std::string::npos);
    auto found = run(search_tool(index) + " --json zanzibarian", false);
    REQUIRE(found.status == 0);
    auto hits = json_lines(found.out);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0]["passage"] == "2013-rome-27th-plenary#12");
    CHECK(run(search_tool(index) + " --json 'year:2013'", false).out.find("#13") == std::string::npos);

    fs::remove(rome);
    CHECK(index_corpus("--keep-missing").out.find("0 removed") != std::string::npos);
    CHECK(run(search_tool(index) + " zanzibarian").status == 0);
    CHECK(index_corpus("--keep-missing --prune").out.find("1 removed") != std::string::npos);
    CHECK(run(search_tool(index) + " zanzibarian").status == 1);
    auto pruned_year = run(search_tool(index) + " year:2013");
    CHECK(pruned_year.status == 2);  // no communiqué of 2013 is left: the year is a mistake, not "no hit"
    CHECK(pruned_year.out.find("no communiqué from 2013; the years are 2001, 2004, 2011, 2021") != std::string::npos);

    auto rebuilt = index_corpus("--rebuild");
    CHECK(rebuilt.out.find("4 files: 4 new") != std::string::npos);
    CHECK(run(search_tool(index) + " year:2021").status == 0);
}

TEST_CASE("bad files are reported and skipped, the others indexed, exit status 3", "[cli][bad-input]") {
    TempDir inputs;
    TempDir index;
    write_file(inputs / "binary.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16) + std::string(1000, '\0'));
    write_file(inputs / "empty.txt", "");
    write_file(inputs / "blank.md", " \n\t\n  \n");
    write_file(inputs / "latin1.txt", "The Plenary welcomed the Moritán report on export controls.\n\nPartners agreed \xe9 all.\n");
    std::string huge;
    while (huge.size() < 5'000'000) huge += "Partners discussed missile export controls and the Annex once again. ";
    write_file(inputs / "huge.txt", huge);
    fs::copy_file(corpus_dir / "2021-sochi-33rd-plenary.txt", inputs / "sochi.txt");

    auto result = run(index_tool(index) + " " + quote(inputs.path().string()));
    CHECK(result.status == 3);
    for (const char* name : {"binary.txt", "empty.txt", "blank.md"}) {
        INFO(name);
        CHECK(result.out.find((inputs / name).string() + ": ") != std::string::npos);
    }
    CHECK(result.out.find("latin1.txt: 1 invalid UTF-8") != std::string::npos);
    CHECK(run(search_tool(index) + " Moritán").status == 0);
    CHECK(run(search_tool(index) + " Sochi").status == 0);
    auto huge_hits = json_lines(run(search_tool(index) + " --json -n 1000 'doc:huge'", false).out);
    CHECK(huge_hits.size() > 100);
    CHECK(run(index_tool(index) + " " + quote((inputs / "no-such-file").string())).status == 2);
}
