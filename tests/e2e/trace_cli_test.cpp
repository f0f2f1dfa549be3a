// Following wording on the command line, on the bundled corpus: plenary-trace's text on a pipe
// and a terminal, --json, --plot and --unchanged; plenary-search --like and the year bars of
// --facets; bad input as one line and exit status 2.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "terminal_session.h"

using namespace plenary::testing;

namespace {

std::string with_index(const std::string& name) { return tool(name) + " --index " + quote(bundled_index_dir().string()); }

std::string trace_tool() { return with_index("plenary-trace"); }

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t count = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++count;
    return count;
}

// text without its colour codes (ESC [ ... m).
std::string without_colour(const std::string& text) {
    std::string plain;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\033') i = text.find('m', i);
        else plain += text[i];
    }
    return plain;
}

} // namespace

TEST_CASE("plenary-trace prints the three versions in year order, the differences marked on a pipe", "[trace][cli]") {
    auto result = run(trace_tool() + " intangible technology transfer", false);
    REQUIRE(result.status == 0);
    const std::string& out = result.out;
    auto seoul = out.find("MTCR · 2004 · Seoul · 19th plenary  2004-seoul-19th-plenary#7");
    auto rome = out.find("MTCR · 2013 · Rome · 27th plenary  2013-rome-27th-plenary#7");
    auto sochi = out.find("MTCR · 2021 · Sochi · 33rd plenary  2021-sochi-33rd-plenary#14");
    REQUIRE(seoul != std::string::npos);
    REQUIRE(rome != std::string::npos);
    REQUIRE(sochi != std::string::npos);
    CHECK(seoul < rome);
    CHECK(rome < sochi);
    CHECK(out.find("MTCR · 2001 · Ottawa · 16th plenary: absent") != std::string::npos);
    CHECK(out.find("MTCR · 2011 · Buenos Aires · 25th plenary: absent (closest: 2011-buenos-aires-25th-plenary#3, 2 of 3 words)") !=
          std::string::npos);
    CHECK(out.starts_with("intangible technology transfer: in 3 of 5 communiqués; first MTCR · 2004 · Seoul"));
    CHECK(out.find("[-the risk of intangible technology transfers-] {+as well as serious risks+}") != std::string::npos);
    CHECK(out.find("[-In response to increasingly sophisticated-] {+Partners also discussed+} procurement") != std::string::npos);
    CHECK(out.find('\033') == std::string::npos);
}

TEST_CASE("on a terminal the differences are coloured as git's word diff colours them", "[trace][cli]") {
    auto result = run_in_terminal(trace_tool() + " intangible technology transfer", 80);
    REQUIRE(result.status == 0);
    CHECK(result.out.find("\033[9;31m") != std::string::npos);  // removed: struck through, red
    CHECK(result.out.find("\033[4;32m") != std::string::npos);  // added: underlined, green
    CHECK(result.out.find("[-") == std::string::npos);
    for (const auto& line : lines_of(without_colour(result.out))) CHECK(code_points(line) <= 80);  // wrapped
    auto plain = run_in_terminal("NO_COLOR=1 " + trace_tool() + " intangible technology transfer", 80);
    CHECK(plain.out.find('\033') == std::string::npos);
    CHECK(plain.out.find("{+") != std::string::npos);
}

TEST_CASE("plenary-trace --json gives each communiqué, the diffs as operations with offsets, and a summary", "[trace][cli][json]") {
    auto result = run(trace_tool() + " --json intangible technology transfer", false);
    REQUIRE(result.status == 0);
    auto lines = json_lines(result.out);
    REQUIRE(lines.size() == 6);
    std::vector<std::string> types;
    for (const auto& line : lines) types.push_back(line.at("type"));
    CHECK(types == std::vector<std::string>{"absent", "version", "absent", "version", "version", "summary"});
    CHECK(lines[1].at("diff").is_null());
    std::string previous = lines[1].at("text");
    for (int i : {3, 4}) {
        const std::string text = lines[i].at("text");
        std::string rebuilt;
        for (const auto& operation : lines[i].at("diff")) {
            auto op = operation.at("op").get<std::string>();
            auto range = operation.at(op == "added" ? "new" : "old");
            const std::string& source = op == "added" ? text : previous;
            std::string words = source.substr(range[0].get<std::size_t>(), range[1].get<std::size_t>() - range[0].get<std::size_t>());
            CHECK(words == operation.at("text").get<std::string>());
            if (op != "removed") rebuilt += (rebuilt.empty() ? "" : " ") + words;
        }
        CHECK(rebuilt == text);
        previous = text;
    }
    CHECK(lines[5].at("first").at("passage") == "2004-seoul-19th-plenary#7");
    CHECK(lines[5].at("last").at("passage") == "2021-sochi-33rd-plenary#14");
    CHECK(lines[5].at("present") == 3);
}

TEST_CASE("plenary-trace --plot writes the timeline as an SVG chart", "[trace][cli][plot]") {
    TempDir folder;
    auto svg = folder / "intangible.svg";
    auto result = run(trace_tool() + " --plot " + quote(svg.string()) + " intangible technology transfer", false);
    REQUIRE(result.status == 0);
    std::string chart = read_file(svg);
    CHECK(chart.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    CHECK(chart.ends_with("</svg>\n"));
    CHECK(count_of(chart, "fill=\"#2a7ab0\"") == 3);  // a bar per communiqué that carries it
    CHECK(count_of(chart, ">absent</text>") == 2);
    for (const char* year : {">2001<", ">2004<", ">2011<", ">2013<", ">2021<"}) CHECK(chart.find(year) != std::string::npos);
    // A plot that cannot be written fails before the trace is printed, in one line.
    auto unwritable = run(trace_tool() + " --plot /nonexistent/folder/x.svg intangible", true);
    CHECK(unwritable.status == 2);
    CHECK(unwritable.out == "plenary-trace: write error: /nonexistent/folder/x.svg: cannot be created\n");
    auto png = run(trace_tool() + " --plot " + quote((folder / "chart.png").string()) + " intangible", true);
    CHECK(png.status == 2);
    CHECK(png.out.find("--plot writes SVG: name the file .svg") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(folder / "chart.png"));
}

TEST_CASE("plenary-trace --unchanged lists paragraphs carried over, each with its diff", "[trace][cli][unchanged]") {
    auto result = run(trace_tool() + " --unchanged --json", false);
    REQUIRE(result.status == 0);
    auto lines = json_lines(result.out);
    REQUIRE_FALSE(lines.empty());
    for (const auto& line : lines) {
        CHECK(line.at("type") == "carried_over");
        CHECK(line.at("similarity").get<double>() >= 0.8);
    }
    auto strict = run(trace_tool() + " --unchanged --json --similarity 1", false);
    CHECK(json_lines(strict.out).size() <= lines.size());
    auto text = run(trace_tool() + " --unchanged", false);
    CHECK(text.out.find(" → ") != std::string::npos);
}

TEST_CASE("plenary-search --like ranks Rome's technical work and procurement paragraphs first of 2013's", "[like][cli]") {
    auto result = run(with_index("plenary-search") + " --json -n 100 --like '2021-sochi-33rd-plenary#14'", false);
    REQUIRE(result.status == 0);
    std::vector<std::string> rome;
    for (const auto& hit : json_lines(result.out)) {
        CHECK(hit.at("doc") != "2021-sochi-33rd-plenary");
        if (hit.at("doc") == "2013-rome-27th-plenary") rome.push_back(hit.at("passage"));
    }
    REQUIRE(rome.size() >= 2);
    CHECK(std::set<std::string>(rome.begin(), rome.begin() + 2) ==
          std::set<std::string>{"2013-rome-27th-plenary#6", "2013-rome-27th-plenary#7"});
    auto from_stdin = run("echo 'the risk of intangible technology transfers' | " + with_index("plenary-search") + " --like - -n 1", false);
    CHECK(from_stdin.status == 0);
    CHECK(from_stdin.out.starts_with("2013-rome-27th-plenary#7\t"));
}

TEST_CASE("plenary-search --facets draws a bar per year on a terminal", "[facets][cli]") {
    auto result = run_in_terminal(with_index("plenary-search") + " --facets -n 1 export controls", 80);
    REQUIRE(result.status == 0);
    auto lines = lines_of(result.out);
    std::vector<std::string> bars;
    for (const auto& line : lines) {
        if (line.find("\u2588") != std::string::npos) bars.push_back(line);
    }
    REQUIRE(bars.size() == 5);
    CHECK(bars.front().starts_with("  2001 "));
    CHECK(bars.back().starts_with("  2021 "));
    std::size_t longest = 0;
    for (const auto& bar : bars) longest = std::max(longest, code_points(bar));
    CHECK(longest <= 80);
    CHECK(longest >= 60);  // the highest count fills the width
    CHECK(run(with_index("plenary-search") + " --facets -n 1 export controls", false).out.find("\u2588") == std::string::npos);
}

TEST_CASE("bad input to plenary-trace and --like is one line and exit status 2", "[trace][like][cli][bad-query]") {
    const std::vector<std::pair<std::string, std::string>> bad{
        {trace_tool() + " '2013-rome-27th-plenary#99'", "plenary-trace: no passage 2013-rome-27th-plenary#99 in the index\n"},
        {trace_tool() + " '\"intangible technology'", "plenary-trace: bad query at column "},
        {trace_tool(), "plenary-trace: no QUERY or PASSAGE_ID given"},
        {trace_tool() + " --unchanged brokering", "plenary-trace: give either a QUERY or PASSAGE_ID, or --unchanged, not both\n"},
        {trace_tool() + " --similarity 2 --unchanged", "plenary-trace: --similarity must be between 0 and 1"},
        {with_index("plenary-search") + " --like 'nope#1'", "plenary-search: --like: no passage nope#1 in the index"},
        {"printf '  \\n' | " + with_index("plenary-search") + " --like -", "plenary-search: no passage on stdin\n"},
        {"printf 'the of and' | " + with_index("plenary-search") + " --like -", "plenary-search: --like: the passage has no word"},
        {with_index("plenary-search") + " --like 'nope#1' brokering", "plenary-search: give either QUERY, --topics FILE or --like"},
    };
    for (const auto& [command, message] : bad) {
        INFO(command);
        auto result = run(command);
        CHECK(result.status == 2);
        CHECK(result.out.starts_with(message));
        CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 1);
    }
}
