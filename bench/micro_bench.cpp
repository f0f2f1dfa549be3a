// Google Benchmark micro-benchmarks: the analyzer's throughput and the steps of the
// query path (open, parse, search, search with text and highlights), on the bundled
// corpus indexed into a temporary folder, or on the index named by $PLENARY_BENCH_INDEX.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "plenary/analyzer.h"
#include "plenary/communique.h"
#include "plenary/indexer.h"
#include "plenary/searcher.h"

namespace {

namespace fs = std::filesystem;

const fs::path corpus_dir = fs::path(PLENARY_SOURCE_DIR) / "corpus";

std::vector<std::string> corpus_passages() {
    std::vector<std::string> texts;
    for (const auto& file : plenary::find_source_files({corpus_dir})) {
        for (auto& passage : plenary::load_communique(file).passages) texts.push_back(std::move(passage.text));
    }
    return texts;
}

// The bundled corpus indexed once per process, removed at exit.
class BenchIndex {
public:
    BenchIndex() {
        if (const char* given = std::getenv("PLENARY_BENCH_INDEX")) {
            dir_ = given;
            return;
        }
        std::random_device random;
        dir_ = fs::temp_directory_path() / ("plenary-micro-" + std::to_string(random()));
        owned_ = true;
        plenary::IndexOptions options;
        options.index_dir = dir_;
        plenary::update_index({corpus_dir}, options);
    }
    ~BenchIndex() {
        std::error_code ignored;
        if (owned_) fs::remove_all(dir_, ignored);
    }
    BenchIndex(const BenchIndex&) = delete;
    BenchIndex& operator=(const BenchIndex&) = delete;
    const fs::path& dir() const { return dir_; }

private:
    fs::path dir_;
    bool owned_ = false;
};

const BenchIndex& bench_index() {
    static BenchIndex index;
    return index;
}

const char* const queries[] = {"export controls", "\"intangible technology transfer\"", "missile OR iran",
                               "trans* year:2004..2013"};

void analyze_corpus(benchmark::State& state) {
    auto texts = corpus_passages();
    std::size_t bytes = 0;
    for (const auto& text : texts) bytes += text.size();
    plenary::Analyzer analyzer;
    std::size_t tokens = 0;
    for (auto _ : state) {
        for (const auto& text : texts) {
            analyzer.analyze(text, [&](const plenary::Token& token) { tokens += token.stem.size(); });
        }
    }
    benchmark::DoNotOptimize(tokens);
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}
BENCHMARK(analyze_corpus)->Unit(benchmark::kMillisecond);

void open_searcher(benchmark::State& state) {
    const auto& dir = bench_index().dir();
    for (auto _ : state) {
        plenary::Searcher searcher(dir);
        benchmark::DoNotOptimize(&searcher);
    }
}
BENCHMARK(open_searcher)->Unit(benchmark::kMicrosecond);

void parse_query(benchmark::State& state) {
    plenary::Searcher searcher(bench_index().dir());
    const char* query = queries[state.range(0)];
    state.SetLabel(query);
    for (auto _ : state) benchmark::DoNotOptimize(searcher.parse(query));
}
BENCHMARK(parse_query)->DenseRange(0, std::size(queries) - 1)->Unit(benchmark::kMicrosecond);

void search(benchmark::State& state, bool with_text) {
    plenary::Searcher searcher(bench_index().dir());
    const char* query = queries[state.range(0)];
    state.SetLabel(query);
    plenary::SearchOptions options;
    options.with_text = with_text;
    for (auto _ : state) benchmark::DoNotOptimize(searcher.search(query, options));
}
void search_ids(benchmark::State& state) { search(state, false); }
void search_full(benchmark::State& state) { search(state, true); }
BENCHMARK(search_ids)->DenseRange(0, std::size(queries) - 1)->Unit(benchmark::kMicrosecond);
BENCHMARK(search_full)->DenseRange(0, std::size(queries) - 1)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
