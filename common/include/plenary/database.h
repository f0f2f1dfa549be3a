// Facts about Xapian databases on disk, and reading one that a writer may commit to meanwhile.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <functional>

namespace plenary {

// True when dir holds a Xapian database (its version file, which Xapian writes last), or
// when that cannot be told.
bool holds_xapian_database(const std::filesystem::path& dir);

inline constexpr int max_read_attempts = 5;

// Calls read(). When a writer's commits overtook the revision db was reading (Xapian recycles
// old blocks after two commits), reopens db at the latest commit, calls reopened() and reads
// again, at most max_read_attempts times in all; the last DatabaseModifiedError propagates.
template <typename Read>
auto read_latest(Xapian::Database& db, Read&& read, const std::function<void()>& reopened = {}) -> decltype(read()) {
    for (int attempt = 1;; ++attempt) {
        try {
            return read();
        } catch (const Xapian::DatabaseModifiedError&) {
            if (attempt == max_read_attempts) throw;
            db.reopen();
            if (reopened) reopened();
        }
    }
}

} // namespace plenary
