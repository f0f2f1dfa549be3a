#include "first_build.h"

#include <algorithm>
#include <mutex>
#include <thread>

#include "bulk_build.h"
#include "change_plan.h"
#include "index_writer.h"
#include "plenary/database.h"
#include "write_changes.h"

namespace plenary {

namespace fs = std::filesystem;

namespace {

std::uint64_t total_bytes(const std::vector<FileChange>& plan) {
    std::uint64_t total = 0;
    for (const auto& change : plan) total += change.source.size;
    return total;
}

std::size_t shard_count(const std::vector<FileChange>& plan, const IndexOptions& options) {
    std::size_t by_size = total_bytes(plan) / std::max<std::uint64_t>(options.shard_bytes, 1) + 1;
    return std::min(std::max(build_threads(options), by_size), max_open_shards());
}

// The plan (in order) in at most `shards` contiguous runs of about equal bytes.
std::vector<std::vector<FileChange>> split_by_size(const std::vector<FileChange>& plan, std::size_t shards) {
    const std::uint64_t total = total_bytes(plan);
    std::vector<std::vector<FileChange>> runs(1);
    std::uint64_t done = 0;
    for (const auto& change : plan) {
        // Start the next run once this one holds its share of the bytes.
        if (!runs.back().empty() && runs.size() < shards && done * shards >= total * runs.size()) runs.emplace_back();
        runs.back().push_back(change);
        done += change.source.size;
    }
    return runs;
}

} // namespace

std::size_t build_threads(const IndexOptions& options) {
    return options.threads > 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
}

bool spans_all_cores(const std::vector<fs::path>& files, const IndexOptions& options) {
    if (build_threads(options) < 2 || files.size() < 2) return false;
    std::uint64_t total = 0;
    for (const auto& file : files) total += source_state(file).size;
    return total >= options.bulk_min_bytes;
}

bool builds_on_all_cores(const std::vector<fs::path>& files, const IndexOptions& options) {
    return !holds_xapian_database(options.index_dir) && spans_all_cores(files, options);
}

IndexReport build_on_all_cores(const std::vector<fs::path>& files, const IndexOptions& options,
                               const IndexingRules& rules) {
    return build_in_shards(plan_changes(files, {}, false), options.index_dir, options, rules);
}

IndexReport build_in_shards(const std::vector<FileChange>& plan, const fs::path& index_dir, const IndexOptions& options,
                            const IndexingRules& rules, const std::optional<fs::path>& base) {
    auto runs = split_by_size(plan, shard_count(plan, options));
    std::vector<IndexReport> parts(runs.size());
    RunProgress progress(options.progress, plan.size(), options.interrupted);
    // Every shard would write the words they share into its spelling dictionary, and the merge would
    // add them up again: the shards' counts are added up here and written once.
    SpellingRecorder spelling;
    std::mutex spelling_lock;
    auto fill = [&](Xapian::WritableDatabase& shard, std::size_t number) {
        IndexWriter writer(shard, rules);
        parts[number] = write_changes(runs[number], writer, progress);
        SpellingRecorder shard_spelling;
        writer.finish(&shard_spelling);
        std::lock_guard lock(spelling_lock);
        spelling.add(shard_spelling);
    };
    bulk_build(index_dir, runs.size(), build_threads(options), fill,
               [&](Xapian::WritableDatabase& db) { spelling.write(db); }, base);
    IndexReport report;
    for (auto& part : parts) add_up(report, std::move(part));
    return report;
}

} // namespace plenary
