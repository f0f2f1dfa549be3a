// plenary-eval on the command line: trec_eval's table, per-topic rows, JSON, and bad input.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "test_support.h"

using namespace plenary::testing;

TEST_CASE("plenary-eval prints trec_eval's table, per-topic rows and JSON", "[eval][cli]") {
    TempDir dir;
    write_file(dir / "qrels.txt", "1 0 a 2\n1 0 b 1\n1 0 c 0\n1 0 d 1\n2 0 x 1\n");
    write_file(dir / "base.run", "1 Q0 c 1 3 base\n1 Q0 a 2 2 base\n2 Q0 y 1 1 base\n");
    write_file(dir / "new.run", "1 Q0 a 1 3 new\n1 Q0 c 2 2 new\n1 Q0 b 3 2 new\n2 Q0 x 1 1 new\n");
    std::string eval = tool("plenary-eval") + " " + quote((dir / "qrels.txt").string()) + " ";

    auto single = run(eval + quote((dir / "base.run").string()));
    CHECK(single.status == 0);
    // Topic 1: c(0) a(2): map = (1/2)/3 = 0.1667, ndcg = (2/log2(3)) / 3.1309 = 0.4030.
    // Topic 2: nothing relevant retrieved: 0. Means: map 0.0833, ndcg 0.2015.
    CHECK(single.out.find("runid                 \tall\tbase\n") != std::string::npos);
    CHECK(single.out.find("num_q                 \tall\t2\n") != std::string::npos);
    CHECK(single.out.find("map                   \tall\t0.0833\n") != std::string::npos);
    CHECK(single.out.find("ndcg_cut_10           \tall\t0.2015\n") != std::string::npos);
    CHECK(single.out.find("\t1\t") == std::string::npos);

    auto per_topic = run(eval + "-q " + quote((dir / "base.run").string()));
    CHECK(per_topic.out.find("map                   \t1\t0.1667\n") != std::string::npos);
    CHECK(per_topic.out.find("ndcg_cut_10           \t1\t0.4030\n") != std::string::npos);

    auto both = run(eval + "--json " + quote((dir / "base.run").string()) + " " + quote((dir / "new.run").string()));
    REQUIRE(both.status == 0);
    auto report = nlohmann::json::parse(both.out);
    CHECK(report["runs"].size() == 2);
    CHECK(report["runs"][1]["runid"] == "new");
    // new: topic 1 a(2) c(0) b(1): map 0.5556; topic 2 x at 1: map 1. Mean 0.7778.
    CHECK(report["runs"][1]["all"]["map"].get<double>() == Approx(0.7778).margin(0.00005));
    auto& map_comparison = report["comparisons"][0]["measures"]["map"];
    CHECK(map_comparison["wins"] == 2);
    CHECK(map_comparison["losses"] == 0);
    CHECK(map_comparison["p_value"].get<double>() > 0);

    auto table = run(eval + quote((dir / "base.run").string()) + " " + quote((dir / "new.run").string()));
    CHECK(table.out.find("# per-topic differences") != std::string::npos);
    CHECK(table.out.find("wins\tties\tlosses\tp") != std::string::npos);
}

TEST_CASE("plenary-eval: bad input is one line naming file and line, exit 2", "[eval][cli]") {
    TempDir dir;
    write_file(dir / "qrels.txt", "1 0 a 1\n1 0 b one\n");
    write_file(dir / "run.txt", "1 Q0 a 1 1 t\n");
    auto bad = run(tool("plenary-eval") + " " + quote((dir / "qrels.txt").string()) + " " +
                   quote((dir / "run.txt").string()));
    CHECK(bad.status == 2);
    CHECK(bad.out == "plenary-eval: " + (dir / "qrels.txt").string() + ":2: grade 'one' is not an integer\n");
    CHECK(run(tool("plenary-eval") + " " + quote((dir / "qrels.txt").string())).status == 2);
    CHECK(run(tool("plenary-eval") + " --help").status == 0);
    CHECK(run(tool("plenary-eval") + " --version").out.find("plenary-eval") != std::string::npos);
}

TEST_CASE("plenary-eval's comparison says over how many topics its means are", "[eval][cli]") {
    TempDir dir;
    write_file(dir / "qrels.txt", "1 0 a 1\n2 0 b 1\n3 0 c 1\n");
    write_file(dir / "two.run", "1 Q0 a 1 2 two\n2 Q0 b 1 2 two\n");
    write_file(dir / "three.run", "1 Q0 a 1 2 three\n2 Q0 b 1 2 three\n3 Q0 z 1 1 three\n");
    std::string files = quote((dir / "qrels.txt").string()) + " " + quote((dir / "two.run").string()) + " ";
    auto differing = run(tool("plenary-eval") + " " + files + quote((dir / "three.run").string()), false);
    REQUIRE(differing.status == 0);
    // two.run alone: map 1.0 over 2 topics; in the comparison 0.6667 over 3, topic 3 scoring 0.
    CHECK(differing.out.find("map                   \tall\t1.0000\n") != std::string::npos);
    CHECK(differing.out.find("over the 3 topics of either run (a topic a run lacks scores 0 there; "
                             "the means above are over each run's own topics, 2 and 3)") != std::string::npos);
    CHECK(differing.out.find("map                   \t0.6667\t0.6667\t") != std::string::npos);
    auto same = run(tool("plenary-eval") + " " + files + quote((dir / "two.run").string()), false);
    CHECK(same.out.find("over the 2 topics of either run (a topic a run lacks scores 0 there);") != std::string::npos);
}

TEST_CASE("plenary-eval warns of a group none of whose topics is judged", "[eval][cli]") {
    TempDir dir;
    write_file(dir / "qrels.txt", "1 0 a 1\n");
    write_file(dir / "run.txt", "1 Q0 a 1 2 t\n");
    write_file(dir / "groups.tsv", "1\tname\n98\tplace\n99\tplace\n");
    auto result = run("{ " + tool("plenary-eval") + " --groups " + quote((dir / "groups.tsv").string()) + " " +
                          quote((dir / "qrels.txt").string()) + " " + quote((dir / "run.txt").string()) + " 2>&1 >/dev/null; }",
                      false);  // stderr alone
    CHECK(result.status == 0);
    CHECK(result.out == "plenary-eval: warning: " + (dir / "groups.tsv").string() + ": group place has no judged topic (98, 99)\n");
}
