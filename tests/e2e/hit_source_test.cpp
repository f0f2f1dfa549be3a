// From a hit to its source: the heading's path:line, --vimgrep lines an editor jumps to, JSON
// positions in bytes and code points, passage:ID lookups and -C context, the query from stdin, and
// the query syntax a user types (AND NOT, a word starting with '-').
#include <catch2/catch.hpp>

#include <set>

#include "terminal_session.h"

using namespace plenary::testing;

namespace {

std::string search_tool() { return tool("plenary-search") + " --index " + quote(bundled_index_dir().string()); }

// From the source folder, as a user who indexed corpus/ there.
std::string search_from_source(const std::string& arguments) {
    return "cd " + quote(source_dir.string()) + " && " + search_tool() + " " + arguments;
}

nlohmann::json only_hit(const std::string& query) {
    auto result = run(search_tool() + " --json " + quote(query), false);
    REQUIRE(result.status == 0);
    auto hits = json_lines(result.out);
    REQUIRE(hits.size() == 1);
    return hits[0];
}

// The line'th line of file (1-based).
std::string line_of(const fs::path& file, std::size_t line) {
    auto lines = lines_of(read_file(file));
    REQUIRE(line >= 1);
    REQUIRE(line <= lines.size());
    return lines[line - 1];
}

} // namespace

TEST_CASE("a terminal heading starts with the source's path:line, relative to the current folder", "[cli][source]") {
    auto hit = only_hit("passage:2013-rome-27th-plenary#7");
    auto result = run(search_from_source("-p --color never 'passage:2013-rome-27th-plenary#7'"), false);
    REQUIRE(result.status == 0);
    std::string location = "corpus/2013-rome-27th-plenary.txt:" + std::to_string(hit["line"].get<int>());
    CHECK(result.out.starts_with(location + "  MTCR · 2013 · Rome · 27th plenary"));
    TempDir elsewhere_dir;  // not above the corpus: the path is then absolute
    auto elsewhere = run("cd " + quote(elsewhere_dir.path().string()) + " && " + search_tool() + " -p --color never 'passage:2013-rome-27th-plenary#7'", false);
    CHECK(elsewhere.out.starts_with(hit["file"].get<std::string>() + ":"));
}

TEST_CASE("vimgrep lines land on their passage: path:line:col is where its text starts", "[cli][source][vimgrep]") {
    auto vimgrep = run(search_from_source("--vimgrep -n 20 brokering"), false);
    REQUIRE(vimgrep.status == 0);
    auto hits = json_lines(run(search_tool() + " --json -n 20 brokering", false).out);
    auto lines = lines_of(vimgrep.out);
    REQUIRE(lines.size() == hits.size());
    REQUIRE(lines.size() >= 3);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        INFO(lines[i]);
        auto first = lines[i].find(':'), second = lines[i].find(':', first + 1), third = lines[i].find(':', second + 1);
        REQUIRE(third != std::string::npos);
        fs::path file = source_dir / lines[i].substr(0, first);
        std::size_t line = std::stoul(lines[i].substr(first + 1, second - first - 1));
        std::size_t column = std::stoul(lines[i].substr(second + 1, third - second - 1));
        std::string text = hits[i]["text"];
        CHECK(lines[i].substr(third + 1) == text);
        std::string first_word = text.substr(0, text.find(' '));
        CHECK(line_of(file, line).substr(column - 1, first_word.size()) == first_word);
    }
}

TEST_CASE("JSON highlights in code points slice the text where the byte offsets do", "[cli][json]") {
    auto hits = json_lines(run(search_tool() + " --json -n 30 technology", false).out);
    REQUIRE(!hits.empty());
    bool some_differ = false;
    for (const auto& hit : hits) {
        std::string text = hit["text"];
        std::u32string wide;
        for (std::size_t i = 0; i < text.size();) {  // UTF-8 to code points, enough for a test
            auto byte = static_cast<unsigned char>(text[i]);
            std::size_t length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
            wide += static_cast<char32_t>(i);  // remember where each code point starts
            i += length;
        }
        REQUIRE(hit["highlights"].size() == hit["highlights_chars"].size());
        for (std::size_t h = 0; h < hit["highlights"].size(); ++h) {
            std::size_t byte_begin = hit["highlights"][h][0], char_begin = hit["highlights_chars"][h][0];
            std::size_t byte_end = hit["highlights"][h][1], char_end = hit["highlights_chars"][h][1];
            CHECK(wide[char_begin] == byte_begin);
            CHECK(char_end - char_begin == code_points(text.substr(byte_begin, byte_end - byte_begin)));
            some_differ = some_differ || byte_begin != char_begin;
        }
    }
    CHECK(some_differ);  // a curly apostrophe or an accent before a match
}

TEST_CASE("passage:ID finds that passage in any case, and doc: with a passage id says to use passage:", "[cli][query]") {
    auto hit = only_hit("passage:2013-rome-27th-plenary#7");
    CHECK(hit["passage"] == "2013-rome-27th-plenary#7");
    CHECK(only_hit("PASSAGE:2013-Rome-27th-Plenary#7")["passage"] == "2013-rome-27th-plenary#7");
    CHECK(run(search_tool() + " 'passage:2013-rome-27th-plenary#99'").status == 1);
    auto doc = run(search_tool() + " 'doc:2013-rome-27th-plenary#7'");
    CHECK(doc.status == 2);
    CHECK(doc.out.find("passage:2013-rome-27th-plenary#7") != std::string::npos);
}

TEST_CASE("context: -C N shows the passages around each hit: JSON, pipe and terminal", "[cli][context]") {
    auto hits = json_lines(run(search_tool() + " --json -C 1 'passage:2013-rome-27th-plenary#7'", false).out);
    REQUIRE(hits.size() == 1);
    const auto& context = hits[0]["context"];
    REQUIRE(context["before"].size() == 1);
    REQUIRE(context["after"].size() == 1);
    CHECK(context["before"][0]["text"] == only_hit("passage:2013-rome-27th-plenary#6")["text"]);
    CHECK(context["after"][0]["passage"] == "2013-rome-27th-plenary#8");
    auto first = json_lines(run(search_tool() + " --json -C 2 'passage:2013-rome-27th-plenary#1'", false).out);
    CHECK(first[0]["context"]["before"].empty());
    CHECK(first[0]["context"]["after"].size() == 2);

    auto piped = lines_of(run(search_tool() + " -C 1 'passage:2013-rome-27th-plenary#7'", false).out);
    REQUIRE(piped.size() == 3);
    CHECK(piped[0].starts_with("2013-rome-27th-plenary#6\t-\t"));
    CHECK(piped[1].starts_with("2013-rome-27th-plenary#7\t0.0000\t"));
    CHECK(piped[2].starts_with("2013-rome-27th-plenary#8\t-\t"));

    auto pretty = run("env -u NO_COLOR " + search_tool() + " -p -C 1 'passage:2013-rome-27th-plenary#7'", false).out;
    CHECK(pretty.find("\033[2m  |\033[0m \033[2m") != std::string::npos);  // dimmed, behind a margin
    CHECK(run(search_tool() + " --vimgrep -C 1 missile").status == 2);
    CHECK(run(search_tool() + " -C -1 missile").status == 2);
}

TEST_CASE("'-' as the query reads it from stdin", "[cli][stdin]") {
    auto from_stdin = run("printf 'brokering\\nOR transshipment\\n' | " + search_tool() + " --json -", false);
    CHECK(from_stdin.status == 0);
    CHECK(from_stdin.out == run(search_tool() + " --json 'brokering OR transshipment'", false).out);
    auto empty = run("printf '  \\n' | " + search_tool() + " -");
    CHECK(empty.status == 2);
    CHECK(empty.out.find("no query on stdin") != std::string::npos);
}

TEST_CASE("a query word with a dash is explained with the fix, which works, and AND NOT is NOT", "[cli][query]") {
    auto option_like = run(search_tool() + " +missile -Iran");
    CHECK(option_like.status == 2);
    CHECK(lines_of(option_like.out).size() == 1);
    auto suggestion = option_like.out.find("put -- before it: ");
    REQUIRE(suggestion != std::string::npos);
    CHECK(option_like.out.find("+missile -- -Iran") != std::string::npos);

    auto fixed = run(search_tool() + " --json -n 100 -- +missile -Iran", false);
    CHECK(fixed.status == 0);
    for (const auto& hit : json_lines(fixed.out)) CHECK(hit["text"].get<std::string>().find("Iran") == std::string::npos);

    auto and_not = run(search_tool() + " --json -n 100 'missile AND NOT Iran'", false);
    CHECK(and_not.status == 0);
    CHECK(and_not.out == run(search_tool() + " --json -n 100 'missile NOT Iran'", false).out);
}
