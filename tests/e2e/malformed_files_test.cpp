// Malformed topic, qrels and run files: one line naming the file (and the line where
// there is one) and the problem, exit status 2, never a crash.
#include <catch2/catch.hpp>

#include <algorithm>

#include "test_support.h"

using namespace plenary::testing;
using namespace std::string_literals;

namespace {

struct BadFile {
    std::string name;
    std::string bytes;
    std::string message;  // expected after "FILE" in the error line
};

std::string random_bytes(std::size_t size) {
    std::string bytes;
    std::uint32_t state = 12345;
    for (std::size_t i = 0; i < size; ++i) {
        state = state * 1103515245u + 12345u;
        bytes += static_cast<char>(state >> 24);
    }
    return bytes;
}

void check_one_line_error(const CommandResult& result, const std::string& tool_name, const std::string& expected) {
    INFO(result.out.substr(0, 400));
    CHECK(result.status == 2);
    CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 1);
    CHECK(result.out.starts_with(tool_name + ": "));
    CHECK(result.out.find(expected) != std::string::npos);
    // Whole and printable: no byte of the input cuts the line short or reaches the terminal raw.
    const auto control = std::find_if(result.out.begin(), result.out.end(), [](char c) {
        return c != '\n' && (static_cast<unsigned char>(c) < 0x20 || c == 0x7f);
    });
    CHECK(control == result.out.end());
}

} // namespace

TEST_CASE("malformed topic files are one line naming file and line", "[bad-input][topics]") {
    const std::vector<BadFile> files{
        {"no-tab.tsv", "1\tmissile\nno tab here\n", ":2: expected qid<TAB>query"},
        {"repeated.tsv", "1\tmissile\n1\tagain\n", ":2: topic id 1 repeated"},
        {"empty-id.tsv", "\tmissile\n", ":1: empty topic id"},
        {"empty-query.tsv", "1\t \n", ":1: topic 1 has an empty query"},
        {"bad-syntax.tsv", "1\tmissile\n2\t\"unclosed\n", ":2: topic 2: column 1: unterminated phrase"},
        {"invalid-utf8.tsv", "1\tmiss\xffile\n", ":1: topic 1: column 5: invalid UTF-8"},
        {"nul.tsv", std::string("1\tmiss\0ile\n", 11), ":1: topic 1: column 5: NUL byte"},
        {"nul-space-id.tsv", "q\0 1\tbrokering\n"s, ":1: topic id 'q\\x00 1' contains a control character"},
        {"nul-id.tsv", "q1\tmissile\nq\0" "2\ttransit\n"s, ":2: topic id 'q\\x002' contains a control character"},
        {"control-id.tsv", "q\x01x\tbrokering\n", ":1: topic id 'q\\x01x' contains a control character"},
        {"escape-id.tsv", "ab\x1b[31mRED 1\tbrokering\n", ":1: topic id 'ab\\x1b[31mRED 1' contains a control character"},
        {"control-id.trec", "<top>\n<num> Number: a\x01" "b\n<title> missile\n</top>\n", ":3: topic id 'a\\x01b' contains"},
        {"elf.tsv", "\x7f" "ELF\x02\x01\x01\0\0\0\tmissile\n"s, ":1: topic id '\\x7fELF\\x02\\x01\\x01\\x00"},
        {"unknown-field.tsv", "7\tauthor:smith\n", ":1: topic 7: column 1: unknown field"},
        {"reversed-years.tsv", "7\tmissile year:2013..2004\n", ":1: topic 7: column 14: year range 2013..2004 is reversed"},
        {"unclosed.trec", "<top>\n<num> Number: 1\n<title> missile\n", ":1: <top> is never closed"},
        {"no-num.trec", "<top>\n<title> missile\n</top>\n", ":1: topic without <num>"},
        {"nested.trec", "<top>\n<num> Number: 1\n<top>\n", ":3: <top> inside the topic"},
        {"empty.tsv", "", ":1: no topics in the file"},
        {"comments-only.tsv", "# nothing but a comment\n\n", ":1: no topics in the file"},
        {"binary.tsv", random_bytes(3000), ":1: "},
    };
    TempDir dir;
    for (const auto& bad : files) {
        INFO(bad.name);
        write_file(dir / bad.name, bad.bytes);
        auto result = run(tool("plenary-search") + " --index " + quote(bundled_index_dir().string()) + " --topics " +
                          quote((dir / bad.name).string()));
        check_one_line_error(result, "plenary-search", (dir / bad.name).string() + bad.message);
    }
    auto folder = run(tool("plenary-search") + " --index " + quote(bundled_index_dir().string()) + " --topics " +
                      quote(dir.path().string()));
    check_one_line_error(folder, "plenary-search", "is a folder");
    auto missing = run(tool("plenary-search") + " --index " + quote(bundled_index_dir().string()) + " --topics " +
                       quote((dir / "missing.tsv").string()));
    check_one_line_error(missing, "plenary-search", "cannot read topics file");
}

TEST_CASE("malformed qrels and run files are one line naming file and line", "[bad-input][eval]") {
    TempDir dir;
    write_file(dir / "good.qrels", "1 0 d1 1\n1 0 d2 0\n");
    write_file(dir / "good.run", "1 Q0 d1 1 2.5 tag\n1 Q0 d2 2 1.5 tag\n");
    const std::vector<BadFile> qrels{
        {"three-fields.qrels", "1 0 d1\n", ":1: expected 4 fields"},
        {"five-fields.qrels", "1 0 d1 1 x\n", ":1: expected 4 fields"},
        {"grade-word.qrels", "1 0 d1 1\n1 0 d2 high\n", ":2: grade 'high' is not an integer"},
        {"grade-float.qrels", "1 0 d1 1.5\n", ":1: grade '1.5' is not an integer"},
        {"grade-huge.qrels", "1 0 d1 99999999999999999999\n", ":1: grade '99999999999999999999' is not an integer"},
        {"twice.qrels", "1 0 d1 1\n1 0 d1 2\n", ":2: d1 judged twice for topic 1"},
        {"nul-docno.qrels", "q1 0 x\0y 1\n"s, ":1: docno 'x\\x00y' contains a control character"},
        {"control-qid.qrels", "q\x01 0 d1 1\n", ":1: qid 'q\\x01' contains a control character"},
        {"empty.qrels", "", ": no relevance judgments"},
        {"binary.qrels", random_bytes(3000), ":1: "},
    };
    const std::vector<BadFile> runs{
        {"four-fields.run", "1 Q0 d1 1\n", ":1: expected 6 fields"},
        {"score-word.run", "1 Q0 d1 1 high tag\n", ":1: score 'high' is not a number"},
        {"score-nan.run", "1 Q0 d1 1 nan tag\n", ":1: score 'nan' is not a finite number"},
        {"score-inf.run", "1 Q0 d1 1 -inf tag\n", ":1: score '-inf' is not a finite number"},
        {"score-overflow.run", "1 Q0 d1 1 1e999 tag\n", ":1: score '1e999' is not a number"},
        {"rank-word.run", "1 Q0 d1 first 1.0 tag\n", ":1: rank 'first' is not an integer"},
        {"twice.run", "1 Q0 d1 1 1.0 tag\n1 Q0 d1 2 0.5 tag\n", ":2: d1 retrieved twice for topic 1"},
        {"nul-qid.run", "q\0 Q0 d1 1 1.0 tag\n"s, ":1: qid 'q\\x00' contains a control character"},
        {"escape-docno.run", "1 Q0 d\x1b[2J 1 1.0 tag\n", ":1: docno 'd\\x1b[2J' contains a control character"},
        {"empty.run", "", ": no topic of the run has relevance judgments"},
        {"binary.run", random_bytes(3000), ":1: "},
    };
    for (const auto& bad : qrels) {
        INFO(bad.name);
        write_file(dir / bad.name, bad.bytes);
        auto result = run(tool("plenary-eval") + " " + quote((dir / bad.name).string()) + " " + quote((dir / "good.run").string()));
        check_one_line_error(result, "plenary-eval", (dir / bad.name).string() + bad.message);
    }
    for (const auto& bad : runs) {
        INFO(bad.name);
        write_file(dir / bad.name, bad.bytes);
        auto result = run(tool("plenary-eval") + " " + quote((dir / "good.qrels").string()) + " " + quote((dir / bad.name).string()));
        check_one_line_error(result, "plenary-eval", (dir / bad.name).string() + bad.message);
    }
    check_one_line_error(run(tool("plenary-eval") + " " + quote(dir.path().string()) + " " + quote((dir / "good.run").string())),
                         "plenary-eval", "is a folder");
    check_one_line_error(run(tool("plenary-eval") + " " + quote((dir / "good.qrels").string()) + " " + quote(dir.path().string())),
                         "plenary-eval", "is a folder");
    check_one_line_error(run(tool("plenary-eval") + " " + quote((dir / "none.qrels").string()) + " " + quote((dir / "good.run").string())),
                         "plenary-eval", "none.qrels: No such file or directory");
    CHECK(run(tool("plenary-eval") + " " + quote((dir / "good.qrels").string()) + " " + quote((dir / "good.run").string())).status == 0);
}
