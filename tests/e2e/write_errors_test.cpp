// A failed write is an error in every tool, as in grep: "TOOL: write error: reason", exit 2, and
// never a silently truncated run file.
#include <catch2/catch.hpp>

#include "test_support.h"

using namespace plenary::testing;

namespace {

void check_write_error(const std::string& command_line, const std::string& tool_name) {
    INFO(command_line);
    auto result = run("(" + command_line + ")");  // stderr to the test, not to /dev/full
    CHECK(result.status == 2);
    CHECK(result.out.starts_with(tool_name + ": write error: "));
    CHECK(result.out.find("No space left on device") != std::string::npos);
    CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 1);
}

} // namespace

TEST_CASE("every tool reports a failed write to stdout or to an output file, exit status 2", "[cli][write-errors]") {
    std::string search = tool("plenary-search") + " --index " + quote(bundled_index_dir().string());
    check_write_error(search + " missile > /dev/full", "plenary-search");
    check_write_error(search + " --json missile > /dev/full", "plenary-search");
    check_write_error(search + " -p missile > /dev/full", "plenary-search");
    check_write_error(search + " --vimgrep missile > /dev/full", "plenary-search");

    TempDir dir;
    write_file(dir / "topics.tsv", "1\tmissile\n2\texport controls\n");
    std::string topics = " --topics " + quote((dir / "topics.tsv").string());
    check_write_error(search + topics + " > /dev/full", "plenary-search");
    auto timings = run("(" + search + topics + " --timings /dev/full > /dev/null)");
    CHECK(timings.status == 2);
    CHECK(timings.out == "plenary-search: write error: /dev/full: No space left on device\n");

    write_file(dir / "qrels.txt", "1 0 a 1\n");
    write_file(dir / "a.run", "1 Q0 a 1 1 x\n");
    check_write_error(tool("plenary-eval") + " " + quote((dir / "qrels.txt").string()) + " " + quote((dir / "a.run").string()) +
                          " > /dev/full",
                      "plenary-eval");
    std::string index = tool("plenary-index") + " --index " + quote(bundled_index_dir().string());
    check_write_error(index + " --list > /dev/full", "plenary-index");
    check_write_error(index + " " + quote(corpus_dir.string()) + " > /dev/full", "plenary-index");
    // Nothing to write is no error.
    CHECK(run(search + " zanzibarian > /dev/full").status == 1);
}
