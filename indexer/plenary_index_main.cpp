// plenary-index PATH...: builds or updates the passage index.
#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <iostream>

#include "plenary/cli.h"
#include "plenary/index_location.h"
#include "plenary/indexer.h"

namespace {

constexpr std::string_view tool = "plenary-index";
constexpr int exit_some_files_failed = 3;

// Rewrites one status line on a terminal, at most five times a second, and only
// once the run has lasted long enough for the user to wonder.
class ProgressLine {
public:
    void operator()(std::size_t done, std::size_t total, std::size_t passages) {
        auto now = std::chrono::steady_clock::now();
        if (now - started_ < std::chrono::seconds(1) || now - shown_ < std::chrono::milliseconds(200)) return;
        shown_ = now;
        std::cerr << fmt::format("\rindexing: {}/{} files, {} passages", done, total, passages) << std::flush;
        visible_ = true;
    }
    void finish() {
        if (visible_) std::cerr << "\r\033[K" << std::flush;
        visible_ = false;
    }

private:
    std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point shown_{};
    bool visible_ = false;
};

int index_main(int argc, char** argv) {
    namespace po = plenary::cli::po;
    std::string index_dir;
    std::vector<std::string> paths;
    plenary::IndexOptions options;
    bool quiet = false;
    std::string vocabulary_dir;

    po::options_description indexing("Indexing");
    indexing.add_options()
        ("prune", po::bool_switch(&options.prune), "remove communiqués whose source files are gone")
        ("rebuild", po::bool_switch(&options.rebuild), "start from an empty index")
        ("threads,j", po::value(&options.threads)->value_name("N")->default_value(0),
         "threads of a first build (default 0: one per core)")
        ("vocabulary", po::value(&vocabulary_dir)->value_name("DIR"),
         "use the vocabulary files (*.txt) in DIR instead of the built-in ones")
        ("quiet,q", po::bool_switch(&quiet), "print no summary");
    po::options_description visible;
    visible.add(indexing).add(plenary::cli::index_options(index_dir)).add(plenary::cli::general_options());
    po::options_description hidden;
    hidden.add_options()("path", po::value(&paths));
    po::positional_options_description positional;
    positional.add("path", -1);

    po::variables_map values;
    if (!plenary::cli::parse(argc, argv, tool, "[options] PATH...\n\nIndexes the .txt and .md files in PATH (files or folders, recursively).",
                             visible, positional, hidden, values)) {
        return 0;
    }
    if (paths.empty() && !options.prune) throw plenary::cli::UsageError("no PATH given (see plenary-index --help)");

    options.index_dir = plenary::resolve_index_dir(index_dir);
    options.vocabulary_dir = vocabulary_dir;
    std::vector<std::filesystem::path> inputs(paths.begin(), paths.end());
    ProgressLine progress;
    if (isatty(STDERR_FILENO) && !quiet) options.progress = std::ref(progress);

    plenary::IndexReport report = plenary::update_index(inputs, options);
    progress.finish();

    for (const auto& warning : report.warnings) {
        std::cerr << fmt::format("{}: warning: {}: {}\n", tool, warning.file.string(), warning.reason);
    }
    for (const auto& failure : report.failures) {
        std::cerr << fmt::format("{}: skipped {}: {}\n", tool, failure.file.string(), failure.reason);
    }
    if (!quiet) {
        double seconds = report.elapsed.count();
        std::cout << fmt::format(
            "{} files: {} new, {} changed, {} unchanged, {} failed, {} removed; {} passages written in {:.2f} s ({:.1f} MB/s) to {}\n",
            report.files_seen, report.files_added, report.files_changed, report.files_unchanged, report.failures.size(),
            report.communiques_removed, report.passages_written, seconds,
            seconds > 0 ? static_cast<double>(report.bytes_read) / 1e6 / seconds : 0.0, options.index_dir.string());
    }
    return report.failures.empty() ? 0 : exit_some_files_failed;
}

} // namespace

int main(int argc, char** argv) {
    return plenary::cli::run(tool, [&] { return index_main(argc, argv); });
}
