// The terminal layout as a user sees it in a pseudo-terminal at 80 and 200 columns: headings and
// text wrapped at word boundaries, text never wider than 100 columns, windows around the best
// match, honest counts, -p on a pipe, the pager, and facets on a pipe.
#include <catch2/catch.hpp>

#include "terminal_session.h"

using namespace plenary::testing;

namespace {

std::string search_tool() { return tool("plenary-search") + " --index " + quote(bundled_index_dir().string()); }

struct HitBlock {
    std::string heading;  // its lines joined by a space
    std::string text;     // its text lines joined by a space, without the indent
};

// The hits of the terminal layout (without colour): a heading line at column 0, heading lines
// indented by 4, text lines by 2, a blank line after each hit; then the count.
std::vector<HitBlock> hit_blocks(const std::string& out) {
    std::vector<HitBlock> blocks;
    for (const auto& line : lines_of(out)) {
        auto join = [](std::string& into, const std::string& piece) { into += (into.empty() ? "" : " ") + piece; };
        if (line.empty()) continue;
        if (line.starts_with("    ")) join(blocks.back().heading, line.substr(4));
        else if (line.starts_with("  ")) join(blocks.back().text, line.substr(2));
        else if (line.find(" passage") == std::string::npos) blocks.push_back({line, ""});
    }
    return blocks;
}

std::size_t widest_line(const std::string& out) {
    std::size_t widest = 0;
    for (const auto& line : lines_of(out)) widest = std::max(widest, code_points(line));
    return widest;
}

} // namespace

TEST_CASE("at 80 and 200 columns nothing is cut mid-word and text stays within 100 columns", "[cli][layout]") {
    auto hits = json_lines(run(search_tool() + " --json -n 10 'export controls'", false).out);
    REQUIRE(hits.size() == 10);
    for (int columns : {80, 200}) {
        INFO(columns << " columns");
        auto shown = run_in_terminal(search_tool() + " --color never --full -n 10 'export controls'", columns);
        REQUIRE(shown.status == 0);
        CHECK(widest_line(shown.out) <= static_cast<std::size_t>(std::min(columns, 100)));
        auto blocks = hit_blocks(shown.out);
        REQUIRE(blocks.size() == hits.size());
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            CHECK(blocks[i].text == hits[i]["text"]);  // every word whole, none lost
            std::string tags;
            for (const auto& tag : hits[i]["tags"]) tags += (tags.empty() ? "[" : ", ") + tag.get<std::string>();
            if (!tags.empty()) CHECK(blocks[i].heading.find(tags + "]") != std::string::npos);
            CHECK(blocks[i].heading.find(hits[i]["passage"].get<std::string>()) != std::string::npos);
        }
    }
}

TEST_CASE("a long passage's window holds its best group of matches", "[cli][layout][window]") {
    auto shown = run_in_terminal(search_tool() + " --color never 'intangible technology transfer' doc:2021-sochi-33rd-plenary", 80);
    auto blocks = hit_blocks(shown.out);
    auto sochi14 = std::find_if(blocks.begin(), blocks.end(),
                                [](const HitBlock& block) { return block.heading.find("#14") != std::string::npos; });
    REQUIRE(sochi14 != blocks.end());
    CHECK(sochi14->text.starts_with("…"));  // a window, not the whole passage
    CHECK(sochi14->text.find("posed by intangible technology transfers") != std::string::npos);

    auto phrase = run_in_terminal(search_tool() + " --color never '\"transit and trans-shipment\"' year:2021", 80);
    auto phrase_blocks = hit_blocks(phrase.out);
    REQUIRE(!phrase_blocks.empty());
    CHECK(phrase_blocks[0].text.find("transit and trans-shipment") != std::string::npos);
}

TEST_CASE("the count says exact or about, and does not change with -n", "[cli][count]") {
    auto count_line = [](const std::string& out) { return lines_of(out).back(); };
    auto facets = run(search_tool() + " --json --facets -n 1 missile", false);
    int matches = json_lines(facets.out).back()["matches"];
    REQUIRE(matches > 5);
    for (int limit : {1, 5}) {
        auto shown = run(search_tool() + " -p --color never -n " + std::to_string(limit) + " missile", false);
        CHECK(count_line(shown.out) == std::to_string(limit) + " of " + std::to_string(matches) + " passages");
    }
    CHECK(count_line(run(search_tool() + " -p 'passage:2013-rome-27th-plenary#7'", false).out) == "1 of 1 passage");
    CHECK(count_line(run(search_tool() + " -p zanzibarian", false).out) == "no matching passage");
}

TEST_CASE("pretty: -p keeps the terminal layout and its colour on a pipe, and piped output is one line per hit", "[cli][pretty]") {
    auto pretty = run("env -u NO_COLOR " + search_tool() + " -p -n 2 brokering", false);
    CHECK(pretty.out.find("\033[1;31mbrokering\033[0m") != std::string::npos);
    CHECK(hit_blocks(run(search_tool() + " -p --color never -n 2 brokering", false).out).size() == 2);
    CHECK(run("NO_COLOR=1 " + search_tool() + " -p -n 2 brokering", false).out.find('\033') == std::string::npos);
    auto piped = lines_of(run(search_tool() + " -n 2 brokering", false).out);
    CHECK(piped.size() == 2);
}

TEST_CASE("output longer than the screen goes through the pager, as git does", "[cli][pager]") {
    TempDir dir;
    auto pager = dir / "pager";
    write_file(pager, "#!/bin/sh\necho \"LESS=$LESS\" > \"$0.out\"\ncat >> \"$0.out\"\n");
    fs::permissions(pager, fs::perms::owner_all);
    std::string environment = "env -u LESS PLENARY_PAGER=" + quote(pager.string());
    auto paged = run_in_terminal(search_tool() + " --color never -n 5 missile", 80, 10, environment);
    CHECK(paged.status == 0);
    std::string received = read_file(pager.string() + ".out");
    CHECK(received.starts_with("LESS=FRX\n"));
    CHECK(received.find("5 of ") != std::string::npos);
    CHECK(paged.out.find("5 of ") == std::string::npos);  // the pager, not plenary-search, showed it

    struct Unpaged {
        std::string options;
        int rows;
    };
    for (const auto& [options, rows] : {Unpaged{"--no-pager", 10}, Unpaged{"--json", 10}, Unpaged{"-n 1", 100}}) {
        INFO(options);
        fs::remove(pager.string() + ".out");
        auto direct = run_in_terminal(search_tool() + " " + options + " --color never missile", 80, rows, environment);
        CHECK(direct.status == 0);
        CHECK(!fs::exists(pager.string() + ".out"));
    }
    fs::remove(pager.string() + ".out");
    run(environment + " " + search_tool() + " -n 5 missile | cat", false);
    CHECK(!fs::exists(pager.string() + ".out"));
}

TEST_CASE("piped facets follow the hit lines after a blank line and a '# facets' line", "[cli][facets]") {
    auto out = run(search_tool() + " -n 3 --facets missile", false).out;
    auto block = out.find("\n\n# facets\nFacets of ");
    REQUIRE(block != std::string::npos);
    for (const auto& line : lines_of(out.substr(0, block))) CHECK(std::count(line.begin(), line.end(), '\t') == 4);
}
