#include "index_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <system_error>

namespace plenary {

namespace fs = std::filesystem;

namespace {

Xapian::Database open_database(const fs::path& dir) {
    try {
        return Xapian::Database(dir.string());
    } catch (const Xapian::DatabaseVersionError& version) {
        throw std::runtime_error(fmt::format("the index at {} was written by another Xapian version ({}): "
                                             "rebuild it with plenary-index --rebuild --index {} PATH...",
                                             dir.string(), version.get_msg(), dir.string()));
    } catch (const Xapian::DatabaseOpeningError& opening) {
        throw MissingIndex(fmt::format("{} is not a plenary index ({}): build one with plenary-index --index {} PATH...",
                                       dir.string(), opening.get_msg(), dir.string()));
    } catch (const Xapian::DatabaseError& damaged) {
        throw std::runtime_error(damaged_index_message(dir, damaged));
    }
}

// The index's one database, or a sharded index's catalog, checked to be of plenary's format.
Xapian::Database open_index_database(const fs::path& dir) {
    std::error_code error;
    if (!fs::exists(dir, error)) {
        throw MissingIndex(fmt::format("no index at {}: build one with plenary-index --index {} PATH... (e.g. corpus/)",
                                       dir.string(), dir.string()));
    }
    Xapian::Database db = open_database(dir);
    std::string format;
    try {
        format = db.get_metadata(std::string(schema::format_key));
    } catch (const Xapian::DatabaseError& damaged) {
        throw std::runtime_error(damaged_index_message(dir, damaged));
    }
    if (format.empty()) {
        throw MissingIndex(fmt::format("{} is not a plenary index: build one with plenary-index --index {} PATH...",
                                       dir.string(), dir.string()));
    }
    if (format != schema::format_version) {
        throw std::runtime_error(fmt::format("the index at {} has format {}, this plenary reads format {}: "
                                             "rebuild it with plenary-index --rebuild",
                                             dir.string(), format, schema::format_version));
    }
    return db;
}

Xapian::Database open_catalog(const IndexLayout& layout) {
    std::error_code error;
    if (!fs::exists(layout.database, error)) {
        throw MissingIndex(fmt::format("the stub {} has no catalog beside it ({} is missing): build the index with "
                                       "plenary-index --shards N, or copy or replicate its catalog there",
                                       layout.stub.string(), layout.database.string()));
    }
    return open_index_database(layout.database);
}

// The shard's number, which it records with the count of shards of its index.
std::size_t shard_number(const Xapian::Database& shard, const ShardLocation& location, const fs::path& stub,
                         const std::string& count) {
    std::string number = shard.get_metadata(std::string(shard_number_key));
    std::string where = fmt::format("{} (line {} of {})", location.name(), location.line, stub.string());
    if (number.empty()) throw std::runtime_error(fmt::format("{} is not a shard of a plenary index", where));
    std::string recorded_count = shard.get_metadata(std::string(shard_count_key));
    if (recorded_count != count) {
        throw std::runtime_error(fmt::format("{} is shard {} of {}, and the catalog is of an index of {} shards", where,
                                             number, recorded_count, count));
    }
    return std::stoul(number);
}

} // namespace

std::string damaged_index_message(const fs::path& dir, const Xapian::Error& error) {
    return fmt::format("the index at {} is damaged ({}): rebuild it with plenary-index --rebuild --index {} PATH...",
                       dir.string(), error.get_msg(), dir.string());
}

IndexReader::IndexReader(const fs::path& location, ShardOptions options)
    : layout_(index_layout(location)), options_(std::move(options)) {
    if (!layout_.sharded()) {
        db_ = catalog_ = open_index_database(location);
        return;
    }
    auto locations = read_index_stub(layout_, location, "an index folder", "pass --index the folder plenary-index built, or a stub");
    catalog_ = open_catalog(layout_);
    std::string count = catalog_.get_metadata(std::string(shard_count_key));
    if (count.empty() || count.find_first_not_of("0123456789") != std::string::npos) {
        throw std::runtime_error(fmt::format("{} is not the catalog of a sharded index", layout_.database.string()));
    }
    open_shards(locations, std::stoul(count));
    combine();
}

void IndexReader::open_shards(const std::vector<ShardLocation>& locations, std::size_t count) {
    std::vector<bool> listed(count);
    for (const auto& location : locations) {
        try {
            Xapian::Database db = open_shard(location, layout_.stub, options_.remote_timeout);
            std::size_t number;
            try {
                number = shard_number(db, location, layout_.stub, std::to_string(count));
            } catch (const Xapian::Error& error) {
                throw ShardUnavailable(location, shard_failure(location, layout_.stub, error));
            }
            if (number >= count || listed[number]) {
                throw std::runtime_error(fmt::format("{}:{}: shard {} is listed twice", layout_.stub.string(), location.line, number));
            }
            listed[number] = true;
            shards_.push_back({location, db});
        } catch (const ShardUnavailable& unavailable) {
            if (!options_.allow_partial) throw;
            leave_out(unavailable);
        }
    }
    if (locations.size() < count) {
        std::string message = fmt::format("the stub {} lists {} of the index's {} shards", layout_.stub.string(),
                                          locations.size(), count);
        if (!options_.allow_partial) throw std::runtime_error(message + " (--allow-partial searches them anyway)");
        if (options_.warn) options_.warn(message + ": results leave out the others' passages");
    }
}

void IndexReader::leave_out(const ShardUnavailable& unavailable) const {
    if (options_.warn) options_.warn(fmt::format("{}; results leave out its passages", unavailable.what()));
}

void IndexReader::combine() {
    if (shards_.empty()) throw std::runtime_error(fmt::format("no shard of the index at {} answers", layout_.stub.string()));
    db_ = catalog_;
    for (const auto& shard : shards_) db_.add_database(shard.db);
}

void IndexReader::reconnect() {
    std::vector<Shard> answering;
    for (auto& shard : shards_) {
        try {
            // A connection that failed may be out of step with its server: every remote shard is
            // opened afresh, and one that cannot be is the one that failed.
            if (shard.location.remote()) shard.db = open_shard(shard.location, layout_.stub, options_.remote_timeout);
            answering.push_back(shard);
        } catch (const ShardUnavailable& unavailable) {
            if (!options_.allow_partial) throw;
            leave_out(unavailable);
        }
    }
    shards_ = std::move(answering);
    combine();
}

std::size_t IndexReader::remote_shards() const {
    return std::count_if(shards_.begin(), shards_.end(), [](const Shard& shard) { return shard.location.remote(); });
}

void IndexReader::check_reachable() const {
    for (const auto& shard : shards_) {
        if (shard.location.remote()) open_shard(shard.location, layout_.stub, options_.remote_timeout);
    }
}

} // namespace plenary
