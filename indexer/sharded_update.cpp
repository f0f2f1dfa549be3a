#include <fmt/format.h>

#include <set>
#include <stdexcept>

#include "change_plan.h"
#include "index_writer.h"
#include "plenary/database.h"
#include "plenary/index_schema.h"
#include "sharded_index.h"
#include "writable_index.h"
#include "write_changes.h"

namespace plenary {

namespace fs = std::filesystem;

namespace {

struct ShardedDatabases {
    fs::path stub;
    std::vector<ShardLocation> locations;
    Xapian::WritableDatabase catalog;
    std::vector<Xapian::WritableDatabase> shards;

    std::vector<Xapian::WritableDatabase*> shard_pointers() {
        std::vector<Xapian::WritableDatabase*> pointers;
        for (auto& shard : shards) pointers.push_back(&shard);
        return pointers;
    }
};

// A listed database must be the shard its line says; a new, empty database becomes that shard.
void check_shard(Xapian::WritableDatabase& shard, std::size_t number, std::size_t count, const ShardLocation& location,
                 const fs::path& stub) {
    std::string recorded = shard.get_metadata(std::string(shard_number_key));
    if (recorded.empty() && shard.get_doccount() == 0) return mark_shard(shard, number, count);
    std::string recorded_count = shard.get_metadata(std::string(shard_count_key));
    if (recorded == std::to_string(number) && recorded_count == std::to_string(count)) return;
    std::string what = recorded.empty() ? "not a shard of a plenary index"
                                        : fmt::format("shard {} of {}, not shard {} of {}", recorded, recorded_count, number, count);
    throw std::runtime_error(fmt::format("{} (line {} of {}) is {}: the stub must list the index's shards in order",
                                        location.name(), location.line, stub.string(), what));
}

void check_catalog(Xapian::WritableDatabase& catalog, std::size_t count, const IndexLayout& layout) {
    std::string recorded = catalog.get_metadata(std::string(shard_count_key));
    if (recorded.empty()) {
        catalog.set_metadata(std::string(shard_count_key), std::to_string(count));
    } else if (recorded != std::to_string(count)) {
        throw std::runtime_error(fmt::format("the catalog {} is of an index of {} shards, and the stub {} lists {}",
                                             layout.database.string(), recorded, layout.stub.string(), count));
    }
}

ShardedDatabases open_databases(const IndexLayout& layout, const IndexOptions& options) {
    ShardedDatabases index{layout.stub, read_stub(layout.stub), open_writable_index(layout.database, options.rebuild), {}};
    const std::size_t count = index.locations.size();
    check_catalog(index.catalog, count, layout);
    for (std::size_t number = 0; number < count; ++number) {
        index.shards.push_back(open_writable_shard(index.locations[number], layout.stub, options.remote_timeout));
        check_shard(index.shards.back(), number, count, index.locations[number], layout.stub);
    }
    return index;
}

// Passages of communiqués the catalog does not record, which a run killed between its shards'
// commits and the catalog's left behind.
void remove_unrecorded(ShardedDatabases& index) {
    std::set<std::string> recorded;
    for (const auto& [file, source] : known_sources(index.catalog)) recorded.insert(source.communique_id);
    const std::string prefix(schema::doc_prefix);
    for (auto& shard : index.shards) {
        std::vector<std::string> unrecorded;
        for (auto term = shard.allterms_begin(prefix); term != shard.allterms_end(prefix); ++term) {
            if (!recorded.count((*term).substr(prefix.size()))) unrecorded.push_back(*term);
        }
        for (const auto& term : unrecorded) shard.delete_document(term);
    }
}

// The catalog last: until it commits, it records what the previous run left.
void commit(ShardedDatabases& index) {
    for (auto& shard : index.shards) shard.commit_transaction();
    index.catalog.commit_transaction();
}

void cancel(ShardedDatabases& index) {
    for (auto& shard : index.shards) cancel_transaction(shard);
    cancel_transaction(index.catalog);
}

// A failed write to a remote shard names the shard that no longer answers.
std::string failure_message(ShardedDatabases& index, const IndexLayout& layout, const Xapian::Error& error) {
    for (std::size_t number = 0; number < index.shards.size(); ++number) {
        if (!index.locations[number].remote()) continue;
        try {
            index.shards[number].keep_alive();
        } catch (const Xapian::Error& shard_error) {
            return shard_failure(index.locations[number], layout.stub, shard_error);
        }
    }
    return index_error_message(layout.stub.parent_path(), error);
}

IndexReport write(ShardedDatabases& index, const SourcePaths& sources, const IndexOptions& options,
                  const IndexingRules& rules) {
    remove_unrecorded(index);
    IndexWriter writer(index.catalog, index.shard_pointers(), rules);
    IndexReport report = write_run(writer, index.catalog, sources, options, rules);
    index.catalog.set_metadata(std::string(shard_count_key), std::to_string(index.shards.size()));
    return report;
}

} // namespace

bool writes_sharded(const IndexLayout& layout, const IndexOptions& options) {
    if (layout.sharded()) {
        std::size_t count =
            read_index_stub(layout, options.index_dir, "a folder", "pass --index a new or empty folder, an index or its stub").size();
        if (options.shards > 0 && options.shards != count) {
            throw std::runtime_error(fmt::format("the index at {} has {} shards: --shards {} applies to a first build only",
                                                 options.index_dir.string(), count, options.shards));
        }
        return true;
    }
    if (options.shards > 0 && holds_xapian_database(options.index_dir)) {
        throw std::runtime_error(fmt::format("the index at {} is one database: --shards {} applies to a first build, "
                                             "in a new folder", options.index_dir.string(), options.shards));
    }
    return options.shards > 0;
}

IndexReport update_sharded(const SourcePaths& sources, const IndexOptions& options, const IndexingRules& rules,
                           const IndexLayout& layout) {
    ShardedDatabases index = open_databases(layout, options);
    for (auto& shard : index.shards) shard.begin_transaction();
    index.catalog.begin_transaction();
    try {
        IndexReport report = write(index, sources, options, rules);
        commit(index);
        return report;
    } catch (const Xapian::Error& error) {
        std::string message = failure_message(index, layout, error);
        cancel(index);
        throw std::runtime_error(message);
    } catch (...) {
        cancel(index);
        throw;
    }
}

} // namespace plenary
