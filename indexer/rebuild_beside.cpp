#include "rebuild_beside.h"

#include <fcntl.h>
#include <stdio.h>

#include <fmt/format.h>

#include <cerrno>
#include <system_error>

#include "first_build.h"
#include "index_lock.h"
#include "plenary/database.h"
#include "work_folder.h"

namespace plenary {

namespace fs = std::filesystem;

namespace {

std::string beside_prefix(const fs::path& index_dir) { return fmt::format(".{}.rebuild-", index_dir.filename().string()); }

// Swaps two folders of one file system in one step; false where the file system cannot.
bool exchange_folders(const fs::path& one, const fs::path& other) {
    if (renameat2(AT_FDCWD, one.c_str(), AT_FDCWD, other.c_str(), RENAME_EXCHANGE) == 0) return true;
    if (errno == EINVAL || errno == ENOSYS || errno == ENOTSUP) return false;
    throw std::system_error(errno, std::generic_category(), fmt::format("cannot swap {} into place", other.string()));
}

} // namespace

bool rebuilds_beside(const std::vector<fs::path>& files, const IndexOptions& options) {
    std::error_code error;
    return options.rebuild && holds_xapian_database(options.index_dir) && !fs::is_symlink(options.index_dir, error) &&
           spans_all_cores(files, options);
}

std::optional<IndexReport> rebuild_beside(const std::vector<fs::path>& files, const IndexOptions& options,
                                          const IndexingRules& rules) {
    fs::path index_dir = fs::absolute(options.index_dir).lexically_normal();
    if (!index_dir.has_filename()) index_dir = index_dir.parent_path();  // "index/" names "index"
    const fs::path parent = index_dir.parent_path();
    WorkFolder::remove_leftovers(parent, beside_prefix(index_dir));
    WorkFolder beside(parent, beside_prefix(index_dir));
    // Locked before the swap: after it, this is the index folder a next run locks.
    IndexLock lock(beside.path());
    IndexOptions beside_options = options;
    beside_options.index_dir = beside.path();
    IndexReport report = build_on_all_cores(files, beside_options, rules);
    sync_path(beside.path());
    if (!exchange_folders(beside.path(), index_dir)) return std::nullopt;
    sync_path(parent);
    return report;  // the work folder, now the old index, goes with `beside`
}

} // namespace plenary
