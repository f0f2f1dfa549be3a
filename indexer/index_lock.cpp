#include "index_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace plenary {

namespace {

std::string holder_pid(int fd) {
    char buffer[32] = {};
    ssize_t got = pread(fd, buffer, sizeof buffer - 1, 0);
    std::string pid(buffer, got > 0 ? static_cast<std::size_t>(got) : 0);
    while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
    return pid;
}

} // namespace

IndexLock::IndexLock(const std::filesystem::path& index_dir) {
    auto path = index_dir / file_name;
    fd_ = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0) throw std::runtime_error(fmt::format("cannot lock the index: {}: {}", path.string(), std::strerror(errno)));
    if (flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        int error = errno;
        std::string pid = error == EWOULDBLOCK ? holder_pid(fd_) : "";
        close(fd_);
        if (error != EWOULDBLOCK) {
            throw std::runtime_error(fmt::format("cannot lock the index: {}: {}", path.string(), std::strerror(error)));
        }
        // The holder writes its pid right after locking: it can be missing for an instant.
        throw IndexLocked(pid.empty() ? fmt::format("the index at {} is locked by another plenary-index", index_dir.string())
                                      : fmt::format("the index at {} is locked by another plenary-index (pid {})",
                                                    index_dir.string(), pid));
    }
    std::string pid = fmt::format("{}\n", getpid());
    // Best effort: without the pid a second run still fails, it just cannot name us.
    [[maybe_unused]] bool named =
        ftruncate(fd_, 0) == 0 && pwrite(fd_, pid.data(), pid.size(), 0) == static_cast<ssize_t>(pid.size());
}

IndexLock::~IndexLock() { close(fd_); }

} // namespace plenary
