#include "work_folder.h"

#include <fcntl.h>
#include <unistd.h>

#include <fmt/format.h>

#include <system_error>

namespace plenary {

namespace fs = std::filesystem;

void sync_path(const fs::path& path) {
    int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw std::system_error(errno, std::generic_category(), path.string());
    int status = fsync(fd);
    close(fd);
    if (status != 0) throw std::system_error(errno, std::generic_category(), path.string());
}

void sync_folder(const fs::path& folder) {
    for (const auto& entry : fs::directory_iterator(folder)) sync_path(entry.path());
    sync_path(folder);
}

WorkFolder::WorkFolder(const fs::path& index_dir, std::string_view prefix)
    : path_(index_dir / fmt::format("{}{}", prefix, getpid())) {
    fs::create_directories(path_);
}

WorkFolder::~WorkFolder() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
}

void WorkFolder::remove_leftovers(const fs::path& index_dir, std::string_view prefix) {
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(index_dir, error)) {
        if (entry.path().filename().string().starts_with(prefix)) fs::remove_all(entry.path());
    }
}

} // namespace plenary
