// The pipeline of a run, one file at a time: each file the plan reads is loaded into a communiqué,
// which the writer turns into passage documents and records; a file that cannot be loaded is
// reported and skipped.
#pragma once

#include <atomic>
#include <cstddef>
#include <filesystem>
#include <mutex>
#include <vector>

#include "change_plan.h"
#include "index_writer.h"
#include "indexing_rules.h"
#include "plenary/indexer.h"

namespace plenary {

// Counts the files and passages done, across the threads of a run, for IndexOptions::progress,
// and stops the run when IndexOptions::interrupted is set.
class RunProgress {
public:
    RunProgress(IndexProgress report, std::size_t files, const std::atomic<bool>* interrupted = nullptr)
        : report_(std::move(report)), files_(files), interrupted_(interrupted) {}

    // Throws IndexInterrupted when the run is to stop.
    void file_done(std::size_t passages);
    void check_interrupted() const;

private:
    IndexProgress report_;
    std::size_t files_;
    const std::atomic<bool>* interrupted_;
    std::size_t done_ = 0;
    std::size_t passages_ = 0;
    std::mutex mutex_;
};

// Writes the plan's new and changed files with writer; returns what it did (files added, changed,
// unchanged, passages and bytes, failures and warnings).
IndexReport write_changes(const std::vector<FileChange>& plan, IndexWriter& writer, RunProgress& progress);

// Adds part's counts, failures and warnings to total's.
void add_up(IndexReport& total, IndexReport&& part);

// The paths a run was given and the source files found under them.
struct SourcePaths {
    const std::vector<std::filesystem::path>& paths;
    const std::vector<std::filesystem::path>& files;
    const std::vector<std::filesystem::path>& unreadable_folders;  // under paths; their files are out of reach
};

// What a run changes against what the index records (in catalog): the files it writes (all
// known files re-read when the analysis changed), and the sources it removes: those no longer
// found in the run's folders (unless options.keep_missing), with options.prune every one gone.
struct RunPlan {
    KnownSources known;
    bool reread_all = false;
    std::vector<FileChange> changes;
    std::vector<schema::SourceRecord> removals;
};
RunPlan plan_run(const Xapian::Database& catalog, const SourcePaths& sources, const IndexOptions& options,
                 const IndexingRules& rules);

// Removes the run's removals with writer and adds them to report, with a warning for each gone
// file kept when the run re-reads every file.
void remove_sources(const RunPlan& run, IndexWriter& writer, IndexReport& report);

// A whole run's changes against what the index records (in catalog, which writer writes to),
// written and not committed: with options.rebuild everything is removed first; the files are
// planned against the recorded sources (all known files re-read when the analysis changed); the
// communiqués of files no longer found in the run's folders are removed (unless
// options.keep_missing), with options.prune every one whose file is gone; then the run-wide data.
// Throws IndexInterrupted when options.interrupted is set.
IndexReport write_run(IndexWriter& writer, const Xapian::Database& catalog, const SourcePaths& sources,
                      const IndexOptions& options, const IndexingRules& rules);

} // namespace plenary
