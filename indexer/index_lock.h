// One writer per index: plenary-index holds an advisory lock on a file in the index
// folder for the whole run, so a second run fails at once, naming the first one's
// pid, instead of waiting or racing it. The kernel drops the lock when the holder
// dies, so a killed run never leaves the index locked.
#pragma once

#include <filesystem>
#include <stdexcept>

namespace plenary {

class IndexLocked : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class IndexLock {
public:
    // Takes the lock without waiting; throws IndexLocked when another process holds it.
    explicit IndexLock(const std::filesystem::path& index_dir);
    ~IndexLock();
    IndexLock(const IndexLock&) = delete;
    IndexLock& operator=(const IndexLock&) = delete;

    static constexpr const char* file_name = "plenary-index.lock";

private:
    int fd_ = -1;
};

} // namespace plenary
