#include "batch_cli.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

#include "plenary/batch_search.h"
#include "like_cli.h"
#include "plenary/topics.h"

namespace plenary::cli {

po::options_description batch_options(BatchSettings& settings) {
    po::options_description options("Batch");
    options.add_options()
        ("topics", po::value(&settings.topics)->value_name("FILE"),
         "run every topic of FILE ('-': stdin; TSV qid<TAB>query, or TREC <top> topics) and write a TREC run "
         "(or JSON lines with a qid key); --limit defaults to 1000")
        ("run-tag", po::value(&settings.run_tag)->value_name("TAG")->default_value("plenary"),
         "the run's tag, last column of the TREC run")
        ("timings", po::value(&settings.timings)->value_name("FILE"),
         "also time every topic, ids only and with text: lines qid<TAB>search|full<TAB>nanoseconds")
        ("warmup", po::value(&settings.warmup)->value_name("N")->default_value(0), "untimed passes before --timings")
        ("repeat", po::value(&settings.repeat)->value_name("N")->default_value(1), "timed passes of --timings");
    return options;
}

void check_batch_settings(const BatchSettings& settings, const po::variables_map& values) {
    if (settings.topics.empty()) {
        for (const char* name : {"run-tag", "timings", "warmup", "repeat"}) {
            if (values.count(name) && !values[name].defaulted()) throw UsageError(fmt::format("--{} needs --topics FILE", name));
        }
    }
    if (settings.timings.empty()) {
        for (const char* name : {"warmup", "repeat"}) {
            if (!values[name].defaulted()) throw UsageError(fmt::format("--{} needs --timings FILE", name));
        }
    }
    if (settings.run_tag.empty() || settings.run_tag.find_first_of(" \t\r\n") != std::string::npos) {
        throw UsageError("--run-tag must be one word");
    }
}

namespace {

// The topics of the file, or with "-" of stdin (named "stdin" in messages).
std::vector<Topic> topics_of(const std::string& file) {
    if (file != "-") return read_topics(file);
    auto topics = parse_topics(read_stdin("topics"), "stdin");
    if (topics.empty()) throw UsageError("no topics on stdin");
    return topics;
}

} // namespace

int run_batch(Searcher& searcher, const BatchSettings& settings, const SearchOptions& options, bool json) {
    std::vector<Topic> topics = topics_of(settings.topics);
    const std::filesystem::path topics_name = settings.topics == "-" ? "stdin" : settings.topics;
    std::vector<ParsedQuery> queries = parse_topic_queries(searcher, topics, topics_name);

    bool show_progress = isatty(STDERR_FILENO) == 1 && !topics.empty();
    auto progress = [&](std::size_t done) {
        if (show_progress) std::cerr << fmt::format("\rtopic {} of {}", done, topics.size()) << std::flush;
    };
    RunOptions run{options, json ? RunFormat::json : RunFormat::trec, settings.run_tag};
    std::size_t hits = write_run(searcher, topics, queries, run, std::cout, progress);
    std::cout.flush();
    if (show_progress) std::cerr << '\n';

    if (!settings.timings.empty()) {
        errno = 0;
        std::ofstream timings(settings.timings);
        if (!timings) throw std::runtime_error(fmt::format("cannot write {}: {}", settings.timings, std::strerror(errno)));
        write_timings(searcher, topics, options, {settings.warmup, settings.repeat}, timings);
        check_written(timings, settings.timings);
    }
    return hits > 0 ? 0 : 1;
}

} // namespace plenary::cli
