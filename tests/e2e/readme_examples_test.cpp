// Every example of the README runs as written: the command lines of its code blocks, from a
// folder laid out as the repository, and every query of its query syntax table, each finding
// something in the bundled corpus.
#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "terminal_session.h"

using namespace plenary::testing;

namespace {

// The README's code lines that run one of the tools, by name or from build/bin/ ("$ " prompts
// removed), except those on data that a script fetches outside the repository (an absolute path
// such as /tmp/sotu/txt).
std::vector<std::string> example_commands() {
    const std::regex runs_a_tool(R"((^|\|\s*)(build/bin/)?plenary-(index|search|eval|tags-eval|trace)\b)");
    const std::regex outside_the_repository(R"(\s/\w)");
    std::vector<std::string> commands;
    for (const auto& line : lines_of(read_file(source_dir / "README.md"))) {
        if (!line.starts_with("    ")) continue;
        std::string command = line.substr(4);
        if (command.starts_with("$ ")) command = command.substr(2);
        if (std::regex_search(command, runs_a_tool) && !std::regex_search(command, outside_the_repository)) {
            commands.push_back(command);
        }
    }
    return commands;
}

// The queries of the table after "## Query syntax": every `code` span of each row's first cell.
std::vector<std::string> table_queries() {
    std::string readme = read_file(source_dir / "README.md");
    auto table = readme.find("| you write | it finds |", readme.find("## Query syntax"));
    REQUIRE(table != std::string::npos);
    std::vector<std::string> queries;
    for (const auto& row : lines_of(readme.substr(table, readme.find("\n\n", table) - table))) {
        std::string cell = row.substr(0, row.find(" | ", 1));
        for (auto open = cell.find('`'); open != std::string::npos; open = cell.find('`', cell.find('`', open + 1) + 1)) {
            queries.push_back(cell.substr(open + 1, cell.find('`', open + 1) - open - 1));
        }
    }
    return queries;
}

} // namespace

TEST_CASE("the README's command lines run as written", "[readme]") {
    TempDir work;
    for (const char* folder : {"corpus", "tests", "bench", "indexer", "analyzers"}) {
        fs::create_directory_symlink(source_dir / folder, work / folder);
    }
    fs::create_directories(work / "build");
    fs::create_directory_symlink(bin_dir, work / "build/bin");
    auto commands = example_commands();
    REQUIRE(commands.size() >= 10);
    std::string environment = "cd " + quote(work.path().string()) + " && PATH=" + quote(bin_dir.string()) +
                              ":\"$PATH\" PLENARY_INDEX=" + quote((work / "index").string()) + " ";
    for (const auto& command : commands) {
        INFO(command);
        auto result = run(environment + "bash -o pipefail -c " + quote(command) + " < /dev/null");
        INFO(result.out);
        CHECK(result.status == 0);
    }
}

TEST_CASE("every query of the README's table runs, and finds something unless it names another organisation, which is an error", "[readme]") {
    auto queries = table_queries();
    REQUIRE(queries.size() >= 20);
    const std::set<std::string> bundled_orgs{"org:mtcr"};  // the bundled corpus holds one organisation's statements
    for (const auto& query : queries) {
        INFO(query);
        if (query == "( )") continue;  // the table's mention of grouping, not a query
        auto result = run(tool("plenary-search") + " --index " + quote(bundled_index_dir().string()) + " -- " + quote(query));
        // Another organisation is a value the index does not hold: a bad query that names the ones it does.
        bool other_organisation = query.starts_with("org:") && !bundled_orgs.count(query);
        CHECK(result.status == (other_organisation ? 2 : 0));
        if (other_organisation) CHECK(result.out.find("the organisations are mtcr") != std::string::npos);
    }
}

TEST_CASE("the Quick start shows what a first plenary-index of the corpus prints", "[readme]") {
    const std::string command = "    $ build/bin/plenary-index corpus/\n";
    std::string readme = read_file(source_dir / "README.md");
    auto at = readme.find(command, readme.find("## Quick start"));
    REQUIRE(at != std::string::npos);
    auto shown = readme.substr(at + command.size(), readme.find('\n', at + command.size()) - at - command.size());
    TempDir index;
    auto result = run(tool("plenary-index") + " --index " + quote(index.path().string()) + " " + quote(corpus_dir.string()));
    REQUIRE(result.status == 0);
    // The same counts; the time, the speed and the index folder are the user's own.
    auto counts = [](const std::string& summary) { return summary.substr(0, summary.find(" in ")); };
    CHECK(counts(shown.substr(4)) == counts(result.out));
}
