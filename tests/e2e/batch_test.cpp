// Batch runs: topic files, TREC runs, JSON lines with qid, and timings.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <sstream>

#include "plenary/topics.h"
#include "plenary/trec_run.h"
#include "test_support.h"

using namespace plenary::testing;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::vector<std::string> fields_of(const std::string& line) {
    std::vector<std::string> fields;
    std::istringstream in(line);
    for (std::string field; in >> field;) fields.push_back(field);
    return fields;
}

struct CorpusIndex {
    TempDir index;
    CorpusIndex() {
        auto built = run(tool("plenary-index") + " --quiet --index " + quote(index.path().string()) + " " +
                         quote(corpus_dir.string()));
        if (built.status != 0) throw std::runtime_error(built.out);
    }
    std::string search() const { return tool("plenary-search") + " --index " + quote(index.path().string()); }
};

} // namespace

TEST_CASE("TSV topics: id, query and line, blank and # lines skipped", "[topics]") {
    auto topics = plenary::parse_topics("# analyst topics\n1\texport controls\n\n2\t \"intangible technology\" \r\n",
                                        "t.tsv");
    REQUIRE(topics.size() == 2);
    CHECK(topics[0].id == "1");
    CHECK(topics[0].query == "export controls");
    CHECK(topics[0].line == 2);
    CHECK(topics[1].query == "\"intangible technology\"");
    CHECK(topics[1].line == 4);
}

TEST_CASE("TREC topics: Number: prefix, titles over several lines, closed tags", "[topics]") {
    auto topics = plenary::parse_topics("<top>\n<num> Number: 401\n<title> Topic: export\ncontrols\n\n"
                                        "<desc> Description:\nWhat is said.\n<narr> Narrative:\nAll.\n</top>\n\n"
                                        "<top>\n<num>402</num>\n<title>brokering</title>\n</top>\n",
                                        "t.trec");
    REQUIRE(topics.size() == 2);
    CHECK(topics[0].id == "401");
    CHECK(topics[0].query == "export controls");
    CHECK(topics[0].line == 3);
    CHECK(topics[1].id == "402");
    CHECK(topics[1].query == "brokering");
}

TEST_CASE("TREC topics in capitals, on one line, or after a byte order mark read as any other", "[topics]") {
    auto topics = plenary::parse_topics("\xEF\xBB\xBF<TOP>\n<NUM> Number: 10\n<TITLE> brokering\n</TOP>\n"
                                        "<top><num> Number: 11 <title> export controls </top>\n"
                                        "<top><num>12</num><title>Topic: DPRK</title><desc>Description: x</desc></top>\n",
                                        "t.trec");
    REQUIRE(topics.size() == 3);
    CHECK(topics[0].id == "10");
    CHECK(topics[0].query == "brokering");
    CHECK(topics[0].line == 3);
    CHECK(topics[1].id == "11");
    CHECK(topics[1].query == "export controls");
    CHECK(topics[1].line == 5);
    CHECK(topics[2].id == "12");
    CHECK(topics[2].query == "DPRK");
    auto tsv = plenary::parse_topics("\xEF\xBB\xBF" "1\tmissile\n", "t.tsv");
    REQUIRE(tsv.size() == 1);
    CHECK(tsv[0].id == "1");
}

TEST_CASE("a bad topic line is an error naming the file and the line", "[topics]") {
    using Catch::Matchers::Equals;
    CHECK_THROWS_WITH(plenary::parse_topics("1\tmissile\nno tab here\n", "t.tsv"),
                      Equals("t.tsv:2: expected qid<TAB>query"));
    CHECK_THROWS_WITH(plenary::parse_topics("1\tmissile\n1\tIran\n", "t.tsv"),
                      Equals("t.tsv:2: topic id 1 repeated (first on line 1)"));
    CHECK_THROWS_WITH(plenary::parse_topics("1\t  \n", "t.tsv"), Equals("t.tsv:1: topic 1 has an empty query"));
    CHECK_THROWS_WITH(plenary::parse_topics("\tmissile\n", "t.tsv"), Equals("t.tsv:1: empty topic id"));
    CHECK_THROWS_WITH(plenary::parse_topics("<top>\n<num> Number: 7\n</top>\n", "t.trec"),
                      Equals("t.trec:1: topic 7 has no <title>"));
    CHECK_THROWS_WITH(plenary::parse_topics("<top>\n<title> x\n</top>\n", "t.trec"),
                      Equals("t.trec:1: topic without <num>"));
    CHECK_THROWS_WITH(plenary::parse_topics("<top>\n<num> 1\n<title> x\n", "t.trec"),
                      Equals("t.trec:1: <top> is never closed by </top>"));
    CHECK_THROWS_WITH(plenary::parse_topics("<top>\n<num> 1\n<title> x\n</top>\nstray words\n", "t.trec"),
                      Equals("t.trec:5: text outside <top> ... </top>"));
    CHECK_THROWS_WITH(plenary::parse_topics("<top><num>1<title>x</top>\n<desc> y\n", "t.trec"),
                      Equals("t.trec:2: <desc> outside <top> ... </top>"));
    CHECK_THROWS_WITH(plenary::parse_topics("<top>\n<num>\n<title> x\n</top>\n", "t.trec"), Equals("t.trec:2: empty <num>"));
}

TEST_CASE("run lines are trec_eval's six columns with exact, locale-independent scores", "[run]") {
    CHECK(plenary::trec_run_line("7", "2013-rome-27th-plenary#3", 1, 2.5, "plenary") ==
          "7 Q0 2013-rome-27th-plenary#3 1 2.5 plenary\n");
    CHECK(plenary::trec_run_line("7", "d", 2, 1.0 / 3.0, "t") == "7 Q0 d 2 0.3333333333333333 t\n");
}

TEST_CASE("batch runs write a TREC run of the bundled corpus, 1000 hits at most by default", "[batch][cli]") {
    CorpusIndex corpus;
    TempDir dir;
    write_file(dir / "topics.tsv", "a\texport controls\nb\t\"intangible technology transfer\"\nc\t\"Privacy Notice\"\n");
    auto result = run(corpus.search() + " --run-tag mine --topics " + quote((dir / "topics.tsv").string()), false);
    CHECK(result.status == 0);
    auto lines = lines_of(result.out);
    REQUIRE(!lines.empty());
    std::map<std::string, int> per_topic;
    for (const auto& line : lines) {
        auto fields = fields_of(line);
        REQUIRE(fields.size() == 6);
        CHECK(fields[1] == "Q0");
        CHECK(fields[5] == "mine");
        CHECK(std::stoi(fields[3]) == ++per_topic[fields[0]]);
    }
    CHECK(per_topic.count("c") == 0);  // web chrome words find nothing
    CHECK(per_topic["b"] >= 1);
    CHECK(fields_of(lines.front())[0] == "a");  // topics in file order

    // A topic finds what the same query finds alone; the interactive default of 10
    // does not cut batch runs, -n does.
    auto single = run(corpus.search() + " -n 1000 --json export controls", false);
    REQUIRE(per_topic["a"] > 10);
    for (std::size_t i = 0; i < static_cast<std::size_t>(per_topic["a"]); ++i) {
        CHECK(fields_of(lines[i])[2] == nlohmann::json::parse(lines_of(single.out)[i])["passage"]);
    }
    auto all_words = run(corpus.search() + " --match all --topics " + quote((dir / "topics.tsv").string()), false);
    CHECK(lines_of(all_words.out).size() < lines.size());
    CHECK(per_topic["a"] == static_cast<int>(lines_of(single.out).size()));
    auto limited = run(corpus.search() + " -n 1 --topics " + quote((dir / "topics.tsv").string()), false);
    CHECK(lines_of(limited.out).size() == 2);
}

TEST_CASE("batch JSON lines add the topic id to every hit", "[batch][cli]") {
    CorpusIndex corpus;
    TempDir dir;
    write_file(dir / "topics.tsv", "q1\tbrokering\n");
    auto result = run(corpus.search() + " --json -n 2 --topics " + quote((dir / "topics.tsv").string()), false);
    auto lines = lines_of(result.out);
    REQUIRE(lines.size() == 2);
    for (const auto& line : lines) {
        auto hit = nlohmann::json::parse(line);
        CHECK(hit["qid"] == "q1");
        CHECK(hit["text"].get<std::string>().find("rokering") != std::string::npos);
    }
}

TEST_CASE("a malformed topic fails the batch naming file, line and column", "[batch][cli]") {
    CorpusIndex corpus;
    TempDir dir;
    write_file(dir / "topics.tsv", "1\tmissile\n2\texport (controls\n");
    auto result = run(corpus.search() + " --topics " + quote((dir / "topics.tsv").string()));
    CHECK(result.status == 2);
    CHECK(result.out == "plenary-search: " + (dir / "topics.tsv").string() + ":2: topic 2: column 8: unmatched '('\n");
    write_file(dir / "values.tsv", "1\tmissile\nq1\tbrokering tag:outreah\nq2\torg:wa\n");
    auto tag = run(corpus.search() + " --topics " + quote((dir / "values.tsv").string()));
    CHECK(tag.status == 2);
    CHECK(tag.out.starts_with("plenary-search: " + (dir / "values.tsv").string() +
                              ":2: topic q1: column 11: unknown tag \"outreah\": did you mean outreach?"));
    CHECK(std::count(tag.out.begin(), tag.out.end(), '\n') == 1);
    write_file(dir / "values.tsv", "q2\torg:wa\n");
    CHECK(run(corpus.search() + " --topics " + quote((dir / "values.tsv").string())).out.starts_with(
        "plenary-search: " + (dir / "values.tsv").string() + ":1: topic q2: column 1: no communiqué of the organisation \"wa\""));
    auto missing = run(corpus.search() + " --topics " + quote((dir / "none.tsv").string()));
    CHECK(missing.status == 2);
    CHECK(run(corpus.search() + " --topics " + quote((dir / "topics.tsv").string()) + " missile").status == 2);
    CHECK(run(corpus.search() + " --timings x missile").status == 2);
}

TEST_CASE("topics on stdin: --topics - reads them, named stdin in errors", "[batch][cli]") {
    CorpusIndex corpus;
    TempDir dir;
    write_file(dir / "topics.tsv", "1\tbrokering\n2\tDPRK\n");
    auto from_file = run(corpus.search() + " -n 3 --topics " + quote((dir / "topics.tsv").string()), false);
    auto from_stdin = run(corpus.search() + " -n 3 --topics - < " + quote((dir / "topics.tsv").string()), false);
    CHECK(from_stdin.status == 0);
    CHECK(lines_of(from_stdin.out).size() == 6);
    CHECK(from_stdin.out == from_file.out);
    auto repeated = run("printf '1\\tbrokering\\n1\\tDPRK\\n' | " + corpus.search() + " --topics -");
    CHECK(repeated.status == 2);
    CHECK(repeated.out == "plenary-search: stdin:2: topic id 1 repeated (first on line 1)\n");
    auto empty = run("printf '' | " + corpus.search() + " --topics -");
    CHECK(empty.status == 2);
    CHECK(empty.out == "plenary-search: no topics on stdin\n");
}

TEST_CASE("timings: one line per executed query, warm-up passes left out", "[batch][cli]") {
    CorpusIndex corpus;
    TempDir dir;
    write_file(dir / "topics.tsv", "1\tmissile\n2\tbrokering\n3\tPrivacy Notice\n");
    auto result = run(corpus.search() + " --topics " + quote((dir / "topics.tsv").string()) + " --timings " +
                          quote((dir / "timings.tsv").string()) + " --warmup 2 --repeat 3",
                      false);
    CHECK(result.status == 0);
    auto lines = lines_of(read_file(dir / "timings.tsv"));
    REQUIRE(lines.size() == 3 * 3 * 2);
    std::map<std::string, int> per_mode;
    for (const auto& line : lines) {
        auto fields = fields_of(line);
        REQUIRE(fields.size() == 3);
        CHECK(line == fields[0] + "\t" + fields[1] + "\t" + fields[2]);
        CHECK((fields[1] == "search" || fields[1] == "full"));
        CHECK(std::stoll(fields[2]) > 0);
        ++per_mode[fields[0] + " " + fields[1]];
    }
    CHECK(per_mode.size() == 6);
    for (const auto& [key, count] : per_mode) CHECK(count == 3);
}

TEST_CASE("ranking options change scores, not matches, and bad values are usage errors", "[batch][cli]") {
    auto scores_of = [](const std::string& out) {
        std::multiset<double> scores;
        for (const auto& line : lines_of(out)) scores.insert(nlohmann::json::parse(line)["score"].get<double>());
        return scores;
    };
    CorpusIndex corpus;
    auto by_default = run(corpus.search() + " --json -n 100 export controls 2004", false);
    REQUIRE(by_default.status == 0);
    for (const char* options : {"--no-proximity --bm25-k1 1.2 --bm25-b 0.75", "--feedback 3", "--no-context"}) {
        INFO(options);
        auto other = run(corpus.search() + " --json -n 100 " + options + " export controls 2004", false);
        REQUIRE(lines_of(other.out).size() == lines_of(by_default.out).size());
        CHECK(scores_of(other.out) != scores_of(by_default.out));
    }
    // Without the vocabulary, DPRK no longer finds the passage that says North Korea.
    auto with_vocabulary = run(corpus.search() + " --json DPRK", false);
    auto without = run(corpus.search() + " --json --no-vocabulary DPRK", false);
    CHECK(with_vocabulary.out.find("2011-buenos-aires-25th-plenary#4") != std::string::npos);
    CHECK(without.out.find("2011-buenos-aires-25th-plenary#4") == std::string::npos);
    CHECK(lines_of(without.out).size() + 1 == lines_of(with_vocabulary.out).size());
    // --synonym-weight scales what an equivalent form adds, not what it matches.
    auto half = run(corpus.search() + " --json --synonym-weight 0.5 DPRK", false);
    REQUIRE(lines_of(half.out).size() == lines_of(with_vocabulary.out).size());
    auto score_of = [&](const std::string& out, const std::string& passage) {
        for (const auto& line : lines_of(out)) {
            auto hit = nlohmann::json::parse(line);
            if (hit["passage"] == passage) return hit["score"].get<double>();
        }
        return -1.0;
    };
    CHECK(score_of(half.out, "2011-buenos-aires-25th-plenary#4") ==
          Approx(score_of(with_vocabulary.out, "2011-buenos-aires-25th-plenary#4") / 2));
    CHECK(score_of(half.out, "2021-sochi-33rd-plenary#10") ==
          Approx(score_of(with_vocabulary.out, "2021-sochi-33rd-plenary#10")));
    for (const char* bad : {"--bm25-b 1.5", "--bm25-k1 -1", "--phrase-boost -0.1", "--proximity-window 1", "--proximity-window -1", "--proximity-depth -1",
                            "--match some", "--bm25-b x", "--synonym-weight -1", "--feedback -1",
                            "--feedback-words -3", "--feedback-weight -1", "--concept-weight -0.5"}) {
        INFO(bad);
        auto result = run(corpus.search() + " " + bad + " missile");
        CHECK(result.status == 2);
        CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 1);
    }
}
