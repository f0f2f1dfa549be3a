#include "build_beside.h"

#include <fcntl.h>
#include <stdio.h>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <functional>
#include <system_error>

#include "first_build.h"
#include "index_lock.h"
#include "plenary/database.h"
#include "work_folder.h"
#include "writable_index.h"

namespace plenary {

namespace fs = std::filesystem;

namespace {

fs::path folder_path(const fs::path& dir) {
    fs::path path = fs::absolute(dir).lexically_normal();
    return path.has_filename() ? path : path.parent_path();  // "index/" names "index"
}

std::string beside_prefix(const fs::path& index_dir) { return fmt::format(".{}.rebuild-", index_dir.filename().string()); }

// Swaps two folders of one file system in one step; false where the file system cannot.
bool exchange_folders(const fs::path& one, const fs::path& other) {
    if (renameat2(AT_FDCWD, one.c_str(), AT_FDCWD, other.c_str(), RENAME_EXCHANGE) == 0) return true;
    if (errno == EINVAL || errno == ENOSYS || errno == ENOTSUP) return false;
    throw std::system_error(errno, std::generic_category(), fmt::format("cannot swap {} into place", other.string()));
}

// Builds a new index with build(folder) in a hidden folder beside the index and swaps it in.
std::optional<IndexReport> swap_in(const fs::path& index, const std::function<IndexReport(const fs::path&)>& build) {
    const fs::path index_dir = folder_path(index);
    const fs::path parent = index_dir.parent_path();
    WorkFolder::remove_leftovers(parent, beside_prefix(index_dir));
    WorkFolder beside(parent, beside_prefix(index_dir));
    // Locked before the swap: after it, this is the index folder a next run locks.
    IndexLock lock(beside.path());
    IndexReport report = build(beside.path());
    sync_path(beside.path());
    if (!exchange_folders(beside.path(), index_dir)) return std::nullopt;
    sync_path(parent);
    return report;  // the work folder, now the old index, goes with `beside`
}

// The database of index_dir, copied table by table into copy.
void copy_database(const fs::path& index_dir, const fs::path& copy) {
    for (const auto& entry : fs::directory_iterator(index_dir)) {
        auto name = entry.path().filename().string();
        if (name.ends_with(".glass") || name == "iamglass") fs::copy_file(entry.path(), copy / name);
    }
}

// The index's copy in base, without the communiqués that the run replaces or removes.
IndexReport remove_from_copy(const RunPlan& run, const fs::path& base, const IndexingRules& rules) {
    Xapian::WritableDatabase db(base.string(), Xapian::DB_OPEN | Xapian::DB_NO_SYNC);
    IndexWriter writer(db, rules);
    IndexReport report;
    for (const auto& change : run.changes) {
        if (change.kind == FileChange::Kind::unchanged) ++report.files_unchanged;
        else if (change.kind != FileChange::Kind::added) writer.remove(change.source);
    }
    remove_sources(run, writer, report);
    writer.finish();
    db.commit();
    db.close();
    return report;
}

std::uint64_t bytes_to_write(const std::vector<FileChange>& changes) {
    std::uint64_t total = 0;
    for (const auto& change : changes) total += change.kind == FileChange::Kind::unchanged ? 0 : change.source.size;
    return total;
}

} // namespace

bool builds_beside(const std::vector<fs::path>& files, const IndexOptions& options) {
    std::error_code error;
    return holds_xapian_database(options.index_dir) && !fs::is_symlink(options.index_dir, error) &&
           spans_all_cores(files, options);
}

std::optional<IndexReport> rebuild_beside(const std::vector<fs::path>& files, const IndexOptions& options,
                                          const IndexingRules& rules) {
    return swap_in(options.index_dir, [&](const fs::path& beside) {
        return build_in_shards(plan_changes(files, {}, false), beside, options, rules);
    });
}

std::optional<IndexReport> update_beside(const SourcePaths& sources, const IndexOptions& options, const IndexingRules& rules) {
    Xapian::Database index(options.index_dir.string());
    check_index_format(index, options.index_dir);
    RunPlan run = plan_run(index, sources, options, rules);
    index.close();
    if (bytes_to_write(run.changes) < std::max<std::uint64_t>(options.bulk_min_bytes, 1)) return std::nullopt;
    return swap_in(options.index_dir, [&](const fs::path& beside) {
        WorkFolder base(beside, ".base-");
        copy_database(options.index_dir, base.path());
        IndexReport report = remove_from_copy(run, base.path(), rules);
        std::erase_if(run.changes, [](const FileChange& change) { return change.kind == FileChange::Kind::unchanged; });
        add_up(report, build_in_shards(run.changes, beside, options, rules, base.path()));
        return report;
    });
}

} // namespace plenary
