// The pipeline of a run, one file at a time: each file the plan reads is loaded into a communiqué,
// which the writer turns into passage documents and records; a file that cannot be loaded is
// reported and skipped.
#pragma once

#include <atomic>
#include <cstddef>
#include <mutex>
#include <vector>

#include "change_plan.h"
#include "index_writer.h"
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

} // namespace plenary
