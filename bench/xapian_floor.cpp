// xapian-floor: what Xapian alone costs, the floor under plenary's own figures.
//
//   xapian-floor build FOLDER [--threads N] [--variant full|no-text|no-termlist|no-positions|bare]
//                             [--shard-bytes N]
//   xapian-floor query INDEX WORD...
//
// build: the passages' documents are made first (loader, analysis, tags: untimed, in memory), then
// written as a first build writes them (shards of text on every core, one commit each, then
// Xapian's compactor), and only that is timed. Variants leave out a part of what the index holds.
// Prints one JSON object: the wall and CPU seconds of writing the shards and of compacting them,
// and the index's bytes.
// query: each word's stem alone, ranked by BM25 (Xapian's defaults), the ten best with their stored
// records; 2 warm-up passes and 10 timed. Prints a JSON object per word: passages matched and the
// median milliseconds when every match is weighed (as plenary does) and with early termination.
#include <sys/resource.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "document_builder.h"
#include "indexing_rules.h"
#include "parallel_tasks.h"
#include "plenary/analyzer.h"
#include "plenary/communique.h"
#include "plenary/indexer.h"

namespace {

namespace fs = std::filesystem;
using namespace plenary;

struct PreparedPassage {
    Xapian::Document document;
    std::size_t text_bytes = 0;
};

double cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

Xapian::Document without_positions(const Xapian::Document& document) {
    Xapian::Document copy;
    for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
        if (term.get_wdf() == 0) copy.add_boolean_term(*term);
        else copy.add_term(*term, term.get_wdf());
    }
    for (auto value = document.values_begin(); value != document.values_end(); ++value)
        copy.add_value(value.get_valueno(), *value);
    copy.set_data(document.get_data());
    return copy;
}

std::vector<PreparedPassage> prepare(const std::vector<fs::path>& files, std::size_t threads, const std::string& variant) {
    IndexOptions options;
    IndexingRules rules = load_indexing_rules(options);
    std::vector<std::vector<PreparedPassage>> per_file(files.size());
    run_in_parallel(threads, threads, [&](std::size_t worker) {
        DocumentBuilder builder(rules.tagger);
        for (std::size_t i = worker; i < files.size(); i += threads) {
            Communique communique = load_communique(files[i]);
            communique.id = files[i].stem().string();
            std::size_t passage = 0;
            builder.build(communique, [&](const Xapian::Document& document) {
                PreparedPassage prepared{document, communique.passages[passage++].text.size()};
                if (variant == "no-positions" || variant == "bare") prepared.document = without_positions(document);
                if (variant == "no-text" || variant == "bare") prepared.document.set_data(std::string());
                per_file[i].push_back(std::move(prepared));
            });
        }
    });
    std::vector<PreparedPassage> all;
    for (auto& passages : per_file)
        for (auto& passage : passages) all.push_back(std::move(passage));
    return all;
}

struct QueryTiming {
    double median_ms = 0;
    Xapian::doccount matched = 0;  // as Xapian estimates it: exact when every match is weighed
};

// Ranking the stem alone and reading the ten best records; with check_at_least 0 Xapian may skip
// passages it bounds below the tenth (early termination).
QueryTiming time_query(Xapian::Database& db, const std::string& stem, Xapian::doccount check_at_least) {
    QueryTiming timing;
    std::vector<double> times;
    for (int pass = 0; pass < 12; ++pass) {
        auto start = std::chrono::steady_clock::now();
        Xapian::Enquire enquire(db);
        enquire.set_query(Xapian::Query(stem));
        Xapian::MSet hits = enquire.get_mset(0, 10, check_at_least);
        std::size_t bytes = 0;
        for (auto hit = hits.begin(); hit != hits.end(); ++hit) bytes += hit.get_document().get_data().size();
        auto end = std::chrono::steady_clock::now();
        timing.matched = bytes > 0 ? hits.get_matches_estimated() : 0;
        if (pass >= 2) times.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(times.begin(), times.end());
    timing.median_ms = (times[4] + times[5]) / 2;
    return timing;
}

int query_floor(const fs::path& index, const std::vector<std::string>& words) {
    Xapian::Database db(index.string());
    Analyzer analyzer;
    for (const auto& word : words) {
        std::string stem;
        analyzer.analyze(word, [&](const Token& token) { stem = token.stem; });
        QueryTiming every = time_query(db, stem, db.get_doccount());
        QueryTiming early = time_query(db, stem, 0);
        std::cout << nlohmann::json{{"word", word}, {"stem", stem}, {"matched", every.matched},
                                    {"every_match_ms", every.median_ms}, {"early_termination_ms", early.median_ms}}
                         .dump()
                  << '\n';
    }
    return 0;
}

int build_floor(int argc, char** argv) {
    fs::path folder = argv[2];
    std::size_t threads = 2;
    std::string variant = "full";
    std::size_t shard_bytes = plenary::IndexOptions{}.shard_bytes;
    for (int i = 3; i + 1 < argc; i += 2) {
        std::string option = argv[i];
        if (option == "--threads") threads = std::stoul(argv[i + 1]);
        else if (option == "--variant") variant = argv[i + 1];
        else if (option == "--shard-bytes") shard_bytes = std::stoul(argv[i + 1]);
        else throw std::invalid_argument("unknown option " + option);
    }
    const std::string variants[] = {"full", "no-text", "no-termlist", "no-positions", "bare"};
    if (std::find(std::begin(variants), std::end(variants), variant) == std::end(variants))
        throw std::invalid_argument("unknown variant " + variant);
    auto files = find_source_files({folder});
    auto passages = prepare(files, threads, variant);

    std::size_t text_bytes = 0;
    for (const auto& passage : passages) text_bytes += passage.text_bytes;
    std::vector<std::pair<std::size_t, std::size_t>> shards;  // [begin, end) of passages
    for (std::size_t begin = 0, bytes = 0, i = 0; i < passages.size(); ++i) {
        bytes += passages[i].text_bytes;
        if (bytes >= shard_bytes || i + 1 == passages.size()) {
            shards.emplace_back(begin, i + 1);
            begin = i + 1;
            bytes = 0;
        }
    }
    fs::path work = fs::temp_directory_path() / fmt::format("xapian-floor-{}", getpid());
    fs::create_directories(work);
    int flags = Xapian::DB_CREATE | Xapian::DB_NO_SYNC;
    if (variant == "no-termlist" || variant == "bare") flags |= Xapian::DB_NO_TERMLIST;

    auto wall_start = std::chrono::steady_clock::now();
    double cpu_start = cpu_seconds();
    run_in_parallel(shards.size(), threads, [&](std::size_t shard) {
        Xapian::WritableDatabase db((work / fmt::format("shard-{}", shard)).string(), flags);
        for (std::size_t i = shards[shard].first; i < shards[shard].second; ++i) db.add_document(passages[i].document);
        db.commit();
        db.close();
    });
    auto wall_written = std::chrono::steady_clock::now();
    double cpu_written = cpu_seconds();
    Xapian::Database all;
    for (std::size_t shard = 0; shard < shards.size(); ++shard)
        all.add_database(Xapian::Database((work / fmt::format("shard-{}", shard)).string()));
    all.compact((work / "built").string(), Xapian::Compactor::FULL | Xapian::DBCOMPACT_MULTIPASS);
    auto wall_end = std::chrono::steady_clock::now();
    double cpu_end = cpu_seconds();

    std::uintmax_t index_bytes = 0;
    for (const auto& entry : fs::directory_iterator(work / "built")) index_bytes += entry.file_size();
    fs::remove_all(work);
    auto seconds = [](auto from, auto to) { return std::chrono::duration<double>(to - from).count(); };
    nlohmann::json result = {
        {"files", files.size()},           {"passages", passages.size()},
        {"text_bytes", text_bytes},        {"variant", variant},
        {"threads", threads},              {"shards", shards.size()},
        {"write_wall_s", seconds(wall_start, wall_written)}, {"write_cpu_s", cpu_written - cpu_start},
        {"compact_wall_s", seconds(wall_written, wall_end)}, {"compact_cpu_s", cpu_end - cpu_written},
        {"index_bytes", index_bytes},
    };
    std::cout << result.dump() << '\n';
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    std::string mode = argc > 2 ? argv[1] : "";
    try {
        if (mode == "build") return build_floor(argc, argv);
        if (mode == "query") return query_floor(argv[2], std::vector<std::string>(argv + 3, argv + argc));
    } catch (const std::exception& error) {
        std::cerr << "xapian-floor: " << error.what() << '\n';
        return 2;
    }
    std::cerr << "usage: xapian-floor build FOLDER [--threads N] [--variant full|no-text|no-termlist|no-positions|bare]\n"
                 "       xapian-floor query INDEX WORD...\n";
    return 2;
}
