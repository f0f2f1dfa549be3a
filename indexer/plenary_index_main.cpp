// plenary-index PATH...: builds or updates the passage index.
#include <fmt/format.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "index_overview.h"
#include "plenary/cli.h"
#include "plenary/communique.h"
#include "plenary/files.h"
#include "plenary/index_layout.h"
#include "plenary/index_location.h"
#include "plenary/indexer.h"

namespace {

namespace po = plenary::cli::po;

constexpr std::string_view tool = "plenary-index";
constexpr int exit_some_files_failed = 3;
constexpr std::size_t max_shards = 256;  // an update opens every shard at once

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

struct Command {
    plenary::IndexOptions options;
    std::vector<std::filesystem::path> paths;
    std::string explained_file;  // --explain FILE: show how it is read, index nothing
    bool status = false;         // --status, --list: describe the index, index nothing
    bool list = false;
    bool quiet = false;
    bool show_vocabulary = false;

    bool describes_index() const { return status || list; }
};

// Paths as Program_options reads them: as strings (read into a std::filesystem::path, a path
// with a space would have to be quoted).
struct PathArguments {
    std::string index_dir;
    double remote_timeout = 10;
    std::string vocabulary_dir;
    std::string tag_rules_file;
    std::vector<std::string> paths;
};

po::options_description indexing_options(Command& command, PathArguments& paths) {
    po::options_description indexing("Indexing");
    indexing.add_options()
        ("prune", po::bool_switch(&command.options.prune), "remove communiqués whose source files are gone, wherever they were")
        ("keep-missing", po::bool_switch(&command.options.keep_missing),
         "keep the communiqués of files no longer found in the folders indexed (default: remove them)")
        ("rebuild", po::bool_switch(&command.options.rebuild), "start from an empty index")
        ("threads,j", po::value(&command.options.threads)->value_name("N")->default_value(0),
         "threads of a first build (0: one per core)")
        ("shards", po::value(&command.options.shards)->value_name("N"),
         "first build: write N shard databases, a catalog and a stub listing the shards (XAPIANDB)")
        ("vocabulary", po::value(&paths.vocabulary_dir)->value_name("DIR"),
         "use the vocabulary files (*.txt) in DIR instead of the built-in ones")
        ("tag-rules", po::value(&paths.tag_rules_file)->value_name("FILE"),
         "tag passages by the rules in FILE instead of the built-in ones")
        ("no-tags", po::bool_switch(&command.options.no_tags), "tag no passage")
        ("explain", po::value(&command.explained_file)->value_name("FILE"),
         "show how FILE is read (format, encoding, metadata, passages, dropped blocks and why); index nothing")
        ("show-vocabulary", po::bool_switch(&command.show_vocabulary),
         "list the vocabulary the index searches with: the vocabulary files and the terms its communiqués "
         "define in their text (\"Technical Experts Meeting (TEM)\"); indexes nothing")
        ("quiet,q", po::bool_switch(&command.quiet), "print no summary");
    return indexing;
}

po::options_description describing_options(Command& command) {
    po::options_description describing("Describing the index");
    describing.add_options()
        ("status", po::bool_switch(&command.status),
         "show what the index holds: communiqués, passages, size, last update, vocabulary and tag rules")
        ("list", po::bool_switch(&command.list), "list the communiqués: id, year, city, organisation, passages, file (tab-separated)");
    return describing;
}

// The command line as a run's options; nullopt when it asked for --help or --version.
std::optional<Command> parse_command_line(int argc, char** argv) {
    Command command;
    PathArguments paths;
    po::options_description visible;
    visible.add(indexing_options(command, paths)).add(describing_options(command))
        .add(plenary::cli::index_options(paths.index_dir)).add(plenary::cli::remote_options(paths.remote_timeout))
        .add(plenary::cli::general_options());
    po::variables_map values;
    if (!plenary::cli::parse(argc, argv, tool, "[options] PATH...\n\nIndexes the .txt, .md, .html, .htm, .xhtml and .pdf files in PATH (files or folders,\n"
                             "recursively); a file named on its own is read as plain text if its type is none of these.",
                             visible, paths.paths, values)) {
        return std::nullopt;
    }
    if (!command.explained_file.empty()) {
        if (!paths.paths.empty()) throw plenary::cli::UsageError("--explain takes one FILE and no PATH");
        return command;
    }
    command.options.index_dir = plenary::resolve_index_dir(paths.index_dir);
    command.options.remote_timeout = plenary::cli::remote_timeout(paths.remote_timeout);
    if (command.describes_index()) {
        if (!paths.paths.empty() || command.status == command.list) {
            throw plenary::cli::UsageError("--status and --list take no PATH, and one at a time");
        }
        return command;
    }
    if (command.show_vocabulary && !paths.paths.empty()) throw plenary::cli::UsageError("--show-vocabulary takes no PATH");
    if (paths.paths.empty() && !command.options.prune && !command.show_vocabulary) {
        throw plenary::cli::UsageError("no PATH given (see plenary-index --help)");
    }
    if (command.options.no_tags && !paths.tag_rules_file.empty()) {
        throw plenary::cli::UsageError("--tag-rules and --no-tags exclude each other");
    }
    if (values.count("shards") && (command.options.shards < 1 || command.options.shards > max_shards)) {
        throw plenary::cli::UsageError(fmt::format("--shards must be between 1 and {}", max_shards));
    }
    command.options.vocabulary_dir = paths.vocabulary_dir;
    command.options.tag_rules_file = paths.tag_rules_file;
    command.paths.assign(paths.paths.begin(), paths.paths.end());
    return command;
}

// "skipped 3 files of unsupported types: .docx ×2, .xlsx"
std::string unsupported_summary(const plenary::UnsupportedFiles& unsupported) {
    std::size_t total = 0;
    std::vector<std::string> types;
    for (const auto& [extension, count] : unsupported) {
        total += count;
        types.push_back(count == 1 ? extension : fmt::format("{} \u00D7{}", extension, count));
    }
    return fmt::format("skipped {} file{} of unsupported types: {}\n", total, total == 1 ? "" : "s", fmt::join(types, ", "));
}

// "removed 2: old/a.txt, b.txt"
std::string removed_summary(const std::vector<std::filesystem::path>& files) {
    constexpr std::size_t named = 10;
    std::vector<std::string> names;
    for (std::size_t i = 0; i < files.size() && i < named; ++i) names.push_back(plenary::path_for_display(files[i]));
    std::string more = files.size() > named ? fmt::format(" and {} more", files.size() - named) : "";
    return fmt::format("removed {}: {}{}\n", files.size(), fmt::join(names, ", "), more);
}

void print_report(const plenary::IndexReport& report, const Command& command) {
    for (const auto& warning : report.warnings) {
        std::cerr << fmt::format("{}: warning: {}: {}\n", tool, warning.file.string(), warning.reason);
    }
    for (const auto& failure : report.failures) {
        std::cerr << fmt::format("{}: skipped {}: {}\n", tool, failure.file.string(), failure.reason);
    }
    if (command.quiet) return;
    double seconds = report.elapsed.count();
    const std::string reread =
        report.files_reread > 0 ? fmt::format(", {} more re-read for the changed rules", report.files_reread) : "";
    std::cout << fmt::format(
        "{} file{}: {} new, {} changed, {} unchanged, {} failed, {} removed{}; {} passages written in {:.2f} s ({:.1f} MB/s) to {}\n",
        report.files_seen, report.files_seen == 1 ? "" : "s", report.files_added, report.files_changed, report.files_unchanged, report.failures.size(),
        report.communiques_removed, reread, report.passages_written, seconds,
        seconds > 0 ? static_cast<double>(report.bytes_read) / 1e6 / seconds : 0.0, command.options.index_dir.string());
    if (!report.unsupported.empty()) std::cout << unsupported_summary(report.unsupported);
    if (!report.removed_files.empty()) std::cout << removed_summary(report.removed_files);
}

// A missing FILE or a folder is a wrong argument (exit 2, as a missing PATH when indexing); a file
// that cannot be read or parsed fails as it would when indexed (exit 3).
int explain(const std::string& file) {
    std::error_code error;
    auto status = std::filesystem::status(file, error);
    if (error || !std::filesystem::exists(status)) throw std::runtime_error(file + ": no such file or folder");
    if (std::filesystem::is_directory(status)) throw plenary::cli::UsageError("--explain takes a FILE, not a folder: " + file);
    try {
        std::cout << plenary::explain_communique(file);
    } catch (const plenary::LoadError& failure) {
        std::cerr << fmt::format("{}: {}: {}\n", tool, file, failure.what());
        return exit_some_files_failed;
    }
    return 0;
}

// Ctrl-C, a hang-up or a TERM stops a run between two files: it cleans up, then dies of the signal
// as it would have. A second one kills at once.
std::atomic<bool> interrupted{false};
std::atomic<int> interrupting_signal{0};

void on_interrupt(int signal_number) {
    interrupting_signal = signal_number;
    interrupted = true;
}

void stop_on_interrupt() {
    struct sigaction action {};
    action.sa_handler = on_interrupt;
    action.sa_flags = SA_RESETHAND | SA_RESTART;
    for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) sigaction(signal_number, &action, nullptr);
}

[[noreturn]] void die_of_interrupt(const plenary::IndexInterrupted& error) {
    std::cerr << fmt::format("{}: {}\n", tool, error.what());
    int signal_number = interrupting_signal.load();
    signal(signal_number, SIG_DFL);
    raise(signal_number);
    std::_Exit(128 + signal_number);
}

void show_vocabulary(const plenary::IndexOptions& options) {
    for (const auto& source : plenary::vocabulary_sources(options)) {
        std::cout << "# " << source.name << '\n';
        for (const auto& line : source.lines) std::cout << line << '\n';
    }
}

int index_main(int argc, char** argv) {
    auto command = parse_command_line(argc, argv);
    if (!command) return 0;
    if (!command->explained_file.empty()) return explain(command->explained_file);
    if (command->status) plenary::print_index_status(std::cout, command->options.index_dir, command->options.remote_timeout);
    if (command->list) plenary::print_index_list(std::cout, command->options.index_dir);
    if (command->describes_index()) return 0;
    if (command->show_vocabulary) {
        show_vocabulary(command->options);
        return 0;
    }
    // A sharded index keeps its last changes for its replicas, which then copy changes, not databases
    // (a first build has none to keep: replicas copy it whole).
    if (plenary::index_layout(command->options.index_dir).sharded()) setenv("XAPIAN_MAX_CHANGESETS", "10", 0);
    ProgressLine progress;
    if (isatty(STDERR_FILENO) && !command->quiet) command->options.progress = std::ref(progress);
    command->options.interrupted = &interrupted;
    stop_on_interrupt();
    plenary::IndexReport report;
    try {
        report = plenary::update_index(command->paths, command->options);
    } catch (const plenary::IndexInterrupted& error) {
        progress.finish();
        die_of_interrupt(error);
    }
    progress.finish();
    print_report(report, *command);
    return report.failures.empty() ? 0 : exit_some_files_failed;
}

} // namespace

int main(int argc, char** argv) {
    return plenary::cli::run(tool, [&] { return index_main(argc, argv); });
}
