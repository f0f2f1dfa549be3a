// plenary-eval's measures against values worked out by hand with trec_eval's rules:
// a run is re-sorted by score descending, ties by docno descending (strcmp), the
// rank column ignored; relevant means grade >= 1; nDCG gains are the grades,
// discounted by log2(rank + 1), normalized by the ideal ordering of all the
// topic's judged docs; topics without judgments are skipped, topics without
// relevant docs score 0 and count; unjudged docs are not relevant.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <cmath>

#include "plenary/eval/comparison.h"
#include "plenary/eval/measures.h"
#include "plenary/eval/topic_groups.h"
#include "test_support.h"

using namespace plenary::testing;
namespace ev = plenary::eval;
using Catch::Matchers::Equals;

namespace {

enum : std::size_t { map, p_5, p_10, ndcg_cut_10, recall_100, recip_rank };

// trec_eval prints 4 decimals; agreeing to 4 decimals means agreeing when printed.
void check_scores(const ev::Scores& actual, const ev::Scores& expected) {
    for (std::size_t m = 0; m < ev::measure_count; ++m) {
        INFO(ev::measure_names[m]);
        CHECK(actual[m] == Approx(expected[m]).margin(0.00005));
    }
}

ev::Scores scores_of(const std::string& qrels, const std::string& run, const std::string& qid) {
    auto evaluation = ev::evaluate(ev::parse_run(run, "run"), ev::parse_qrels(qrels, "qrels"));
    REQUIRE(evaluation.topics.count(qid) == 1);
    return evaluation.topics.at(qid);
}

double log2_of(double x) { return std::log2(x); }

} // namespace

TEST_CASE("ties in score are broken by docno descending and the rank column is ignored", "[eval]") {
    // Judged: a=2, b=1, c=0, d=1 (relevant: a, b, d; R = 3).
    // Run: a score 3; b and c tie at 2, so c (> b) comes first; e unjudged. The
    // ranks written (1 3 2 4) say otherwise and are ignored.
    // Order: a(2) c(0) b(1) e(-).
    //   map  = (1/1 + 2/3) / 3                         = 0.5556
    //   P_5  = 2/5 = 0.4, P_10 = 2/10 = 0.2, recall_100 = 2/3 = 0.6667, recip_rank = 1
    //   DCG  = 2/log2(2) + 1/log2(4) = 2.5; ideal a,b,d = 2 + 1/log2(3) + 1/log2(4) = 3.1309
    //   ndcg_cut_10 = 2.5 / 3.1309                     = 0.7985
    std::string qrels = "1 0 a 2\n1 0 b 1\n1 0 c 0\n1 0 d 1\n";
    std::string run = "1 Q0 a 1 3 r\n1 Q0 b 3 2 r\n1 Q0 c 2 2 r\n1 Q0 e 4 1.5 r\n";
    double ndcg = 2.5 / (2 + 1 / log2_of(3) + 0.5);
    check_scores(scores_of(qrels, run, "1"), {(1 + 2.0 / 3) / 3, 0.4, 0.2, ndcg, 2.0 / 3, 1.0});
    CHECK(ndcg == Approx(0.7985).margin(0.00005));
}

TEST_CASE("grades above 1 are gains of nDCG but count once elsewhere", "[eval]") {
    // Judged: x=3, y=1, z=2 (R = 3). Run: y, x (z not retrieved), then 8 unjudged docs
    // and a 12th-ranked z that nDCG@10 cuts off but recall_100 counts.
    //   map  = (1/1 + 2/2 + 3/12) / 3 = 0.75; recip_rank = 1; P_5 = 2/5; P_10 = 2/10
    //   recall_100 = 3/3
    //   DCG@10 = 1/log2(2) + 3/log2(3) = 2.8928; ideal x,z,y = 3 + 2/log2(3) + 1/log2(4) = 4.7619
    //   ndcg_cut_10 = 2.8928 / 4.7619 = 0.6075
    std::string qrels = "7 0 x 3\n7 0 y 1\n7 0 z 2\n";
    std::string run = "7 Q0 y 1 20 t\n7 Q0 x 2 19 t\n";
    for (int i = 0; i < 8; ++i) run += fmt::format("7 Q0 u{} 3 {} t\n", i, 18 - i);
    run += "7 Q0 v 11 5 t\n7 Q0 z 12 4 t\n";
    double ndcg = (1 + 3 / log2_of(3)) / (3 + 2 / log2_of(3) + 0.5);
    check_scores(scores_of(qrels, run, "7"), {(1 + 1 + 3.0 / 12) / 3, 0.4, 0.2, ndcg, 1.0, 1.0});
    CHECK(ndcg == Approx(0.6075).margin(0.00005));
}

TEST_CASE("a relevant doc late in the run: reciprocal rank and recall cut at 100", "[eval]") {
    // Judged: r=1, s=1 (R = 2). Run: 150 unjudged docs with r at rank 4 and s at 120.
    //   map = (1/4 + 2/120) / 2 = 0.1333; recip_rank = 1/4; P_5 = 1/5; P_10 = 1/10;
    //   recall_100 = 1/2; ndcg_cut_10 = (1/log2(5)) / (1 + 1/log2(3)) = 0.2661
    std::string qrels = "5 0 r 1\n5 0 s 1\n";
    std::string run;
    for (int rank = 1; rank <= 150; ++rank) {
        std::string doc = rank == 4 ? "r" : rank == 120 ? "s" : fmt::format("n{}", rank);
        run += fmt::format("5 Q0 {} {} {} t\n", doc, rank, 1000 - rank);
    }
    double ndcg = (1 / log2_of(5)) / (1 + 1 / log2_of(3));
    check_scores(scores_of(qrels, run, "5"), {(0.25 + 2.0 / 120) / 2, 0.2, 0.1, ndcg, 0.5, 0.25});
}

TEST_CASE("topics: without judgments ignored, without relevant docs zero, missing from the run skipped", "[eval]") {
    // Topic 1: a relevant at rank 1: every measure 1 except P_5 = 0.2 and P_10 = 0.1.
    // Topic 2: judged, nothing relevant: all 0, and it counts in the mean.
    // Topic 3: judged, not in the run: not evaluated (trec_eval without -c).
    // Topic 9: in the run, never judged: ignored.
    // Means over topics 1 and 2: map 0.5, P_5 0.1, P_10 0.05, ndcg 0.5, recall 0.5, recip_rank 0.5.
    auto qrels = ev::parse_qrels("1 0 a 1\n2 0 b 0\n3 0 c 2\n", "qrels");
    auto run = ev::parse_run("1 Q0 a 1 1 t\n2 Q0 b 1 1 t\n9 Q0 a 1 1 t\n", "run");
    auto evaluation = ev::evaluate(run, qrels);
    CHECK(evaluation.topics.size() == 2);
    check_scores(evaluation.topics.at("2"), {0, 0, 0, 0, 0, 0});
    check_scores(evaluation.mean, {0.5, 0.1, 0.05, 0.5, 0.5, 0.5});

    // With -c, topic 3 scores 0 and counts: means over 3 topics.
    auto complete = ev::evaluate(run, qrels, true);
    CHECK(complete.topics.size() == 3);
    check_scores(complete.mean, {1.0 / 3, 0.2 / 3, 0.1 / 3, 1.0 / 3, 1.0 / 3, 1.0 / 3});
}

TEST_CASE("an empty run, or one with no judged topic, is an error as in trec_eval", "[eval]") {
    auto qrels = ev::parse_qrels("1 0 a 1\n", "qrels");
    CHECK_THROWS_AS(ev::evaluate(ev::parse_run("", "run"), qrels), ev::InputError);
    CHECK_THROWS_AS(ev::evaluate(ev::parse_run("4 Q0 a 1 1 t\n", "run"), qrels), ev::InputError);
}

TEST_CASE("malformed qrels and run lines are rejected with file and line", "[eval]") {
    CHECK_THROWS_WITH(ev::parse_qrels("1 0 a 1\n\n1 0 b\n", "q.txt"),
                      Equals("q.txt:3: expected 4 fields (qid iter docno grade), found 3"));
    CHECK_THROWS_WITH(ev::parse_qrels("1 0 a high\n", "q.txt"), Equals("q.txt:1: grade 'high' is not an integer"));
    CHECK_THROWS_WITH(ev::parse_qrels("1 0 a 1\n1 0 a 2\n", "q.txt"),
                      Equals("q.txt:2: a judged twice for topic 1 (first on line 1)"));
    CHECK_THROWS_WITH(ev::parse_run("1 Q0 a 1 2.5\n", "r.txt"),
                      Equals("r.txt:1: expected 6 fields (qid Q0 docno rank score tag), found 5"));
    CHECK_THROWS_WITH(ev::parse_run("1 Q0 a 1 2,5 t\n", "r.txt"), Equals("r.txt:1: score '2,5' is not a number"));
    CHECK_THROWS_WITH(ev::parse_run("1 Q0 a first 2 t\n", "r.txt"), Equals("r.txt:1: rank 'first' is not an integer"));
    CHECK_THROWS_WITH(ev::parse_run("1 Q0 a 1 2 t\n1 Q0 b 2 1 t\n1 Q0 a 3 0 t\n", "r.txt"),
                      Equals("r.txt:3: a retrieved twice for topic 1 (first on line 1)"));
}

TEST_CASE("comparison: wins, ties, losses and a reproducible randomization test", "[eval]") {
    ev::Evaluation baseline;
    ev::Evaluation better;
    for (int t = 0; t < 12; ++t) {
        std::string qid = std::to_string(t);
        baseline.topics[qid] = {0.2, 0.2, 0.2, 0.2, 0.2, 0.2};
        // map better on 10 topics, equal on 2; ndcg better on 1, worse on 1.
        better.topics[qid] = {t < 10 ? 0.5 : 0.2, 0.2, 0.2, t == 0 ? 0.3 : t == 1 ? 0.1 : 0.2, 0.2, 0.2};
    }
    auto comparison = ev::compare(baseline, better, {20000, 7});
    const auto& map_result = comparison.measures[map];
    CHECK(map_result.wins == 10);
    CHECK(map_result.ties == 2);
    CHECK(map_result.losses == 0);
    CHECK(map_result.run - map_result.baseline == Approx(0.25));
    // All 10 non-zero differences positive: only 2 of the 2^10 sign patterns are as
    // extreme, so p is about 2/1024.
    CHECK(map_result.p_value == Approx(2.0 / 1024).margin(0.001));
    const auto& ndcg_result = comparison.measures[ndcg_cut_10];
    CHECK(ndcg_result.wins == 1);
    CHECK(ndcg_result.losses == 1);
    CHECK(ndcg_result.p_value == Approx(1.0));
    CHECK(comparison.differences.at("3")[map] == Approx(0.3));
    CHECK(ev::compare(baseline, better, {20000, 7}).measures[map].p_value == map_result.p_value);
}

TEST_CASE("topic groups: means over a group's topics, bad lines named", "[eval]") {
    auto groups = ev::parse_topic_groups("# qid\tkind\tneed\n1\tname\tsomeone\n2\tplace\n\n3\tname\n", "kinds.tsv");
    REQUIRE(groups.size() == 2);
    CHECK(groups["name"] == std::set<std::string>{"1", "3"});
    ev::Evaluation evaluation;
    evaluation.topics["1"] = {1, 1, 1, 1, 1, 1};
    evaluation.topics["2"] = {0, 0, 0, 0, 0, 0};
    evaluation.topics["3"] = {0.5, 0, 0, 0, 0, 0};
    auto names = ev::restrict_to(evaluation, groups["name"]);
    CHECK(names.topics.size() == 2);
    CHECK(names.mean[map] == Approx(0.75));
    CHECK_THROWS_WITH(ev::parse_topic_groups("1\tname\n2\n", "kinds.tsv"), Equals("kinds.tsv:2: expected qid<TAB>group"));
    CHECK_THROWS_WITH(ev::parse_topic_groups("1\tname\n1\tplace\n", "kinds.tsv"),
                      Equals("kinds.tsv:2: topic 1 grouped twice (first on line 1)"));
}

TEST_CASE("a byte order mark before the first line of judgments, a run or groups is not part of the first topic id", "[eval]") {
    TempDir dir;
    const std::string mark = "\xEF\xBB\xBF";
    write_file(dir / "qrels.txt", mark + "1 0 a 1\n2 0 b 1\n");
    write_file(dir / "run.txt", mark + "1 Q0 a 1 2 t\n2 Q0 b 1 2 t\n");
    write_file(dir / "groups.tsv", mark + "1\tname\n2\tname\n");
    auto evaluation = ev::evaluate(ev::read_run(dir / "run.txt"), ev::read_qrels(dir / "qrels.txt"));
    CHECK(evaluation.topics.size() == 2);
    CHECK(evaluation.mean[map] == Approx(1.0));
    CHECK(ev::read_topic_groups(dir / "groups.tsv")["name"] == std::set<std::string>{"1", "2"});
}
