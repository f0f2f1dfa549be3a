#include "writable_index.h"

#include <fmt/format.h>

#include <stdexcept>
#include <system_error>

#include "index_lock.h"
#include "plenary/database.h"
#include "plenary/index_schema.h"

namespace plenary {

namespace fs = std::filesystem;

namespace {

// Refuses a folder that already holds other things: --index pointed at the wrong place.
// plenary-index locks before it writes anything, so a folder with our lock file is
// ours, even when a run killed while creating the index left it half made.
void reject_foreign_folder(const fs::path& dir) {
    std::error_code error;
    if (!fs::is_directory(dir, error) || holds_xapian_database(dir) || fs::exists(dir / IndexLock::file_name, error)) return;
    for (const auto& entry : fs::directory_iterator(dir, error)) {
        throw std::runtime_error(fmt::format(
            "{} is not a plenary index: it holds other files (such as {}); pass --index a new or empty folder",
            dir.string(), entry.path().filename().string()));
    }
}

bool is_damaged(const fs::path& dir) {
    if (!holds_xapian_database(dir)) return false;
    try {
        return Xapian::Database::check(dir.string(), 0, nullptr) != 0;
    } catch (const Xapian::DatabaseError&) {
        return true;
    }
}

} // namespace

void prepare_index_folder(const fs::path& dir) {
    std::error_code error;
    if (fs::exists(dir, error) && !fs::is_directory(dir, error)) {
        throw std::runtime_error(fmt::format("{} is a file, not a folder: pass --index a new or empty folder, or an index",
                                             dir.string()));
    }
    reject_foreign_folder(dir);
    fs::create_directories(dir);
}

void check_index_format(const Xapian::Database& db, const fs::path& dir) {
    std::string format = db.get_metadata(std::string(schema::format_key));
    if (format.empty() && db.get_doccount() > 0) {
        throw std::runtime_error(fmt::format(
            "{} is a Xapian database but not a plenary index: pass --index another folder", dir.string()));
    }
    if (!format.empty() && format != schema::format_version) {
        throw std::runtime_error(fmt::format(
            "the index at {} has format {}, this plenary writes format {}: rebuild it with plenary-index --rebuild",
            dir.string(), format, schema::format_version));
    }
}

Xapian::WritableDatabase open_writable_index(const fs::path& dir, bool rebuild) {
    try {
        // Xapian writes the version file last when it creates a database: without it,
        // whatever tables a run killed while creating left behind hold nothing committed.
        if (!holds_xapian_database(dir) || (rebuild && is_damaged(dir))) {
            return Xapian::WritableDatabase(dir.string(), Xapian::DB_CREATE_OR_OVERWRITE);
        }
        Xapian::WritableDatabase db(dir.string(), Xapian::DB_OPEN);
        if (!rebuild) check_index_format(db, dir);
        return db;
    } catch (const Xapian::Error& error) {
        throw std::runtime_error(index_error_message(dir, error));
    }
}

void cancel_transaction(Xapian::WritableDatabase& db) {
    try {
        db.cancel_transaction();
    } catch (const Xapian::Error&) {
        // Already ended by a failed commit, or a remote shard that is gone: nothing is left to cancel.
    }
}

std::string index_error_message(const fs::path& dir, const Xapian::Error& error) {
    // Xapian::Error is not polymorphic: its class is known by name.
    std::string_view type = error.get_type();
    if (type == "DatabaseLockError") {
        return fmt::format("the index at {} is locked by another writer ({})", dir.string(), error.get_msg());
    }
    if (type == "DatabaseVersionError") {
        return fmt::format("the index at {} was written by another Xapian version ({}): rebuild it with plenary-index --rebuild",
                           dir.string(), error.get_msg());
    }
    if (type.starts_with("Database")) {
        return fmt::format("the index at {} is damaged or cannot be written ({}): rebuild it with plenary-index --rebuild",
                           dir.string(), error.get_msg());
    }
    return fmt::format("the index at {}: {}", dir.string(), error.get_description());
}

} // namespace plenary
