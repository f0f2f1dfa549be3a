#include "bulk_build.h"

#include <sys/resource.h>

#include <fmt/format.h>

#include <string_view>
#include <system_error>

#include "parallel_tasks.h"
#include "work_folder.h"

namespace plenary {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view version_file = "iamglass";  // written last: it makes the tables a database
constexpr std::string_view work_prefix = ".bulk-";

// What a killed bulk build may have left: its work folder, tables moved in before the version file.
void remove_leftovers(const fs::path& index_dir) {
    WorkFolder::remove_leftovers(index_dir, work_prefix);
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(index_dir, error)) {
        if (entry.path().extension() == ".glass") fs::remove(entry.path());
    }
}

// The tables first, on disk before the version file names them.
void move_into_place(const fs::path& built, const fs::path& index_dir) {
    for (const auto& entry : fs::directory_iterator(built)) {
        auto name = entry.path().filename();
        if (name == version_file || name == "flintlock") continue;
        sync_path(entry.path());
        fs::rename(entry.path(), index_dir / name);
    }
    sync_path(built / version_file);
    sync_path(index_dir);
    fs::rename(built / version_file, index_dir / version_file);
    sync_path(index_dir);
}

} // namespace

std::size_t max_open_shards() {
    constexpr rlim_t reserved = 64;  // the process's other files
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return 16;
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0) limit = raised;
    }
    if (limit.rlim_cur == RLIM_INFINITY) return 4096;
    return limit.rlim_cur > reserved + 16 * 8 ? static_cast<std::size_t>((limit.rlim_cur - reserved) / 8) : 16;
}

void bulk_build(const fs::path& index_dir, std::size_t shards, std::size_t threads, const ShardFiller& fill,
                const BuildCloser& close, const std::optional<fs::path>& base) {
    remove_leftovers(index_dir);
    WorkFolder work(index_dir, work_prefix);
    auto shard_path = [&](std::size_t shard) { return (work / fmt::format("shard-{}", shard)).string(); };
    // A shard is scratch until compacted: no fsync, one commit.
    auto write_scratch = [](const std::string& path, const std::function<void(Xapian::WritableDatabase&)>& write) {
        Xapian::WritableDatabase db(path, Xapian::DB_CREATE | Xapian::DB_NO_SYNC);
        write(db);
        db.commit();
        db.close();
    };
    run_in_parallel(shards, threads, [&](std::size_t shard) {
        write_scratch(shard_path(shard), [&](Xapian::WritableDatabase& db) { fill(db, shard); });
    });
    write_scratch(shard_path(shards), close);

    Xapian::Database all;
    if (base) all.add_database(Xapian::Database(base->string()));
    for (std::size_t shard = 0; shard <= shards; ++shard) all.add_database(Xapian::Database(shard_path(shard)));
    all.compact((work / "built").string(), Xapian::Compactor::FULL | Xapian::DBCOMPACT_MULTIPASS);
    all.close();
    move_into_place(work / "built", index_dir);
}

} // namespace plenary
