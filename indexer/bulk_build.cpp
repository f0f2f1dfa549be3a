#include "bulk_build.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <string_view>
#include <system_error>
#include <thread>

namespace plenary {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view version_file = "iamglass";  // written last: it makes the tables a database
constexpr std::string_view work_prefix = ".bulk-";

// What a killed bulk build may have left: its work folder, tables moved in before the version file.
void remove_leftovers(const fs::path& index_dir) {
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(index_dir, error)) {
        std::string name = entry.path().filename().string();
        if (name.starts_with(work_prefix) || entry.path().extension() == ".glass") fs::remove_all(entry.path());
    }
}

// Flushes a file or a folder's entries to disk.
void sync_path(const fs::path& path) {
    int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw std::system_error(errno, std::generic_category(), path.string());
    int status = fsync(fd);
    close(fd);
    if (status != 0) throw std::system_error(errno, std::generic_category(), path.string());
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

class WorkFolder {
public:
    explicit WorkFolder(const fs::path& index_dir) : path_(index_dir / fmt::format("{}{}", work_prefix, getpid())) {
        fs::create_directories(path_);
    }
    ~WorkFolder() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    WorkFolder(const WorkFolder&) = delete;
    WorkFolder& operator=(const WorkFolder&) = delete;
    fs::path operator/(const std::string& name) const { return path_ / name; }

private:
    fs::path path_;
};

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

void bulk_build(const fs::path& index_dir, std::size_t shards, std::size_t threads, const ShardFiller& fill) {
    remove_leftovers(index_dir);
    WorkFolder work(index_dir);
    auto shard_path = [&](std::size_t shard) { return (work / fmt::format("shard-{}", shard)).string(); };
    std::vector<std::exception_ptr> errors(shards);
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    auto worker = [&] {
        for (std::size_t shard; !failed && (shard = next++) < shards;) {
            try {
                // A shard is scratch until compacted: no fsync, one commit.
                Xapian::WritableDatabase db(shard_path(shard), Xapian::DB_CREATE | Xapian::DB_NO_SYNC);
                fill(db, shard);
                db.commit();
                db.close();
            } catch (...) {
                errors[shard] = std::current_exception();
                failed = true;
            }
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t i = 0; i < std::min(threads, shards); ++i) pool.emplace_back(worker);
    for (auto& thread : pool) thread.join();
    for (const auto& error : errors) {
        if (error) std::rethrow_exception(error);
    }

    Xapian::Database all;
    for (std::size_t shard = 0; shard < shards; ++shard) all.add_database(Xapian::Database(shard_path(shard)));
    all.compact((work / "built").string(), Xapian::Compactor::FULL | Xapian::DBCOMPACT_MULTIPASS);
    all.close();
    move_into_place(work / "built", index_dir);
}

} // namespace plenary
