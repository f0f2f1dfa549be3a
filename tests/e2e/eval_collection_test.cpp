// The effectiveness gate: each bundled test collection (bench/collection/ and bench/collection/dev/,
// which the ranking was tuned on, and bench/collection/blind/ and blind2/, which it never was) run
// with the default ranking and with plain BM25 gives the measures in expected.tsv, to 4 decimals,
// and the default ranking beats plain BM25 on MAP and nDCG@10.
#include <catch2/catch.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

#include "test_support.h"

using namespace plenary::testing;

namespace {

const fs::path collections = source_dir / "bench";
const fs::path tuned = collections / "collection";

std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text;
}

using Measures = std::map<std::string, double>;

// collection → run → measure → value, from expected.tsv.
std::map<std::string, std::map<std::string, Measures>> expected_measures() {
    std::map<std::string, std::map<std::string, Measures>> expected;
    std::istringstream in(read_file(tuned / "expected.tsv"));
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line.front() == '#') continue;
        std::istringstream fields(line);
        std::string collection, run, measure;
        double value = 0;
        fields >> collection >> run >> measure >> value;
        expected[collection][run][measure] = value;
    }
    return expected;
}

std::size_t topic_count(const fs::path& collection) {
    std::string topics = read_file(collection / "topics.tsv");
    return static_cast<std::size_t>(std::count(topics.begin(), topics.end(), '\n'));
}

// plenary-eval's JSON report of the collection's topics run with plain BM25, then the default;
// every judged topic counts (-c, as bench/evaluate), a run that finds nothing for one scoring 0.
nlohmann::json evaluate(const std::string& index, const fs::path& collection, const TempDir& dir) {
    std::string search = tool("plenary-search") + " --index " + index + " --topics " + quote((collection / "topics.tsv").string());
    std::string baseline_options = trimmed(read_file(tuned / "baseline-options.txt"));
    REQUIRE(run(search + " > " + quote((dir / "default.run").string())).status == 0);
    REQUIRE(run(search + " " + baseline_options + " > " + quote((dir / "baseline.run").string())).status == 0);
    auto evaluated = run(tool("plenary-eval") + " -c --json " + quote((collection / "qrels.txt").string()) + " " +
                             quote((dir / "baseline.run").string()) + " " + quote((dir / "default.run").string()),
                         false);
    REQUIRE(evaluated.status == 0);
    return nlohmann::json::parse(evaluated.out);
}

} // namespace

TEST_CASE("the bundled collections' measures are the expected ones, and the default beats plain BM25", "[gate]") {
    TempDir dir;
    std::string index = quote((dir / "index").string());
    REQUIRE(run(tool("plenary-index") + " --quiet --index " + index + " " + quote(corpus_dir.string())).status == 0);
    auto expected = expected_measures();
    for (const char* name : {"collection", "collection/dev", "collection/blind", "collection/blind2"}) {
        INFO(name);
        auto report = evaluate(index, collections / name, dir);
        REQUIRE(report["runs"].size() == 2);
        CHECK(report["runs"][0]["num_q"] == topic_count(collections / name));

        // A ranking or analysis change that moves these figures on purpose updates them
        // with bench/evaluate --expected > bench/collection/expected.tsv (and README's
        // Evaluation figures); the default must still beat the baseline.
        INFO("if the change is intended: bench/evaluate --expected > bench/collection/expected.tsv");
        auto& runs = expected[name];
        REQUIRE(runs["baseline"].size() == 6);
        REQUIRE(runs["default"].size() == 6);
        for (const auto& [index_in_report, run_name] : {std::pair{0, "baseline"}, std::pair{1, "default"}}) {
            for (const auto& [measure, value] : runs[run_name]) {
                INFO(run_name << " " << measure);
                double actual = report["runs"][index_in_report]["all"][measure].get<double>();
                CHECK(fmt::format("{:.4f}", actual) == fmt::format("{:.4f}", value));
            }
        }
        const auto& means = report["comparisons"][0]["measures"];
        CHECK(means["map"]["run"].get<double>() > means["map"]["baseline"].get<double>());
        CHECK(means["ndcg_cut_10"]["run"].get<double>() > means["ndcg_cut_10"]["baseline"].get<double>());
    }
}

TEST_CASE("each collection judges every bundled passage for every topic", "[gate]") {
    for (const char* name : {"collection", "collection/dev", "collection/blind", "collection/blind2"}) {
        INFO(name);
        const fs::path collection = collections / name;
        std::map<std::string, std::size_t> judged;
        std::istringstream qrels(read_file(collection / "qrels.txt"));
        for (std::string line; std::getline(qrels, line);) {
            std::istringstream fields(line);
            std::string qid, iteration, passage;
            int grade = -1;
            fields >> qid >> iteration >> passage >> grade;
            CHECK((grade >= 0 && grade <= 2));
            ++judged[qid];
        }
        std::size_t topics = 0;
        std::istringstream topic_lines(read_file(collection / "topics.tsv"));
        for (std::string line; std::getline(topic_lines, line);) {
            ++topics;
            CHECK(judged[line.substr(0, line.find('\t'))] == 61);
        }
        CHECK(topics >= 30);
        CHECK(judged.size() == topics);
    }
}
