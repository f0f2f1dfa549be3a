// plenary-index's work: source files in, an up-to-date passage index out.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace plenary {

// Told now and then of the files done so far, the total to do and the passages written.
using IndexProgress = std::function<void(std::size_t done, std::size_t total, std::size_t passages)>;

struct IndexOptions {
    std::filesystem::path index_dir;
    bool prune = false;    // drop communiqués whose source files are gone, wherever they were
    bool rebuild = false;  // start from an empty index
    // Keep the communiqués of files no longer found in a folder the run indexes (by default they
    // are removed: the index says what the folder holds).
    bool keep_missing = false;
    // Threads of a first build (0: one per core). A first build of at least
    // bulk_min_bytes of files is split into shards built in parallel and merged.
    std::size_t threads = 0;
    std::uint64_t bulk_min_bytes = 4'000'000;
    // Text per shard of such a build. A shard stays in memory until its one commit,
    // so this bounds the memory of a build; small shards also cost less CPU than
    // large ones (measured best between 256 KiB and 1 MiB), the merge being cheap.
    std::uint64_t shard_bytes = std::uint64_t(1) << 19;
    // A folder of vocabulary files (see plenary/vocabulary.h) replacing the built-in
    // ones; empty: the built-in vocabulary.
    std::filesystem::path vocabulary_dir;
    // A tag rules file (see plenary/passage_tagger.h) replacing the built-in indexer/tag_rules.conf;
    // empty: the built-in rules.
    std::filesystem::path tag_rules_file;
    bool no_tags = false;  // tag no passage (tag_rules_file is then not read)
    // A first build into index_dir writes this many shards and a stub (0: one database); see
    // plenary/index_layout.h. An index_dir that is a sharded index or its stub is updated as such.
    std::size_t shards = 0;
    std::chrono::milliseconds remote_timeout{10'000};  // connecting to a remote shard
    IndexProgress progress;
    // Set (by a signal handler) to stop the run: it then throws IndexInterrupted, leaving the
    // index as it was and no work files behind.
    const std::atomic<bool>* interrupted = nullptr;
};

// The run stopped on IndexOptions::interrupted before it committed anything.
class IndexInterrupted : public std::runtime_error {
public:
    IndexInterrupted() : std::runtime_error("interrupted: the index is as it was before this run") {}
};

struct FileFailure {
    std::filesystem::path file;
    std::string reason;
};

// Files found in folders and left out for their type: extension ("(no extension)" for none) → count.
using UnsupportedFiles = std::map<std::string, std::size_t>;

struct IndexReport {
    std::size_t files_seen = 0;
    std::size_t files_added = 0;
    std::size_t files_changed = 0;
    std::size_t files_unchanged = 0;
    std::size_t files_reread = 0;  // known files not under the paths, re-read because the rules changed
    std::size_t communiques_removed = 0;
    std::vector<std::filesystem::path> removed_files;  // the source files of the communiqués removed
    std::size_t passages_written = 0;
    std::uint64_t bytes_read = 0;
    std::vector<FileFailure> failures;  // skipped files
    std::vector<FileFailure> warnings;  // indexed files with something to say (invalid bytes, a guessed encoding)
    UnsupportedFiles unsupported;       // files in the folders that are of no supported type
    std::chrono::duration<double> elapsed{};
};

// Brings the index at options.index_dir (one database, or a sharded index) up to date with the .txt, .md, .html, .htm, .xhtml
// and .pdf files found under paths (files or folders, recursively) in one Xapian transaction:
// either all of it is committed or the index stays as it was. The communiqués of files the index
// knows under one of the folders and that are no longer found there (deleted, renamed, ignored)
// are removed, unless options.keep_missing; a file out of reach (in a folder that cannot be read)
// is not missing. Files and folders that cannot be read, and files that cannot be parsed, are
// reported in the result and skipped. Throws on errors that
// concern the whole run (index cannot be opened or written, a path does not exist).
IndexReport update_index(const std::vector<std::filesystem::path>& paths, const IndexOptions& options);

// A source of the vocabulary an index searches with: a vocabulary file (built in, or of
// IndexOptions::vocabulary_dir) or a communiqué whose text defines terms ("Technical Experts
// Meeting (TEM)"), with its groups as vocabulary lines.
struct VocabularySource {
    std::string name;
    std::vector<std::string> lines;
};

// The vocabulary files of options, then the terms each communiqué of the index at
// options.index_dir defines (none when there is no index yet). Throws FileReadError for a file
// that cannot be read.
std::vector<VocabularySource> vocabulary_sources(const IndexOptions& options);

// A folder's list of file-name patterns (globs) that the walk leaves out.
inline constexpr const char* ignore_file_name = ".plenaryignore";

// The source files update_index would read under paths, sorted, without duplicates; in
// folders, hidden files and files named by a .plenaryignore are left out, and files of other
// types are counted in unsupported (sidecars aside); folders the walk cannot read are added to
// unreadable. A file named on the command line is always read, as plain text if its type is none
// of the supported ones.
std::vector<std::filesystem::path> find_source_files(const std::vector<std::filesystem::path>& paths,
                                                     UnsupportedFiles* unsupported = nullptr,
                                                     std::vector<FileFailure>* unreadable = nullptr);

} // namespace plenary
