#include "index_overview.h"

#include <xapian.h>

#include <fmt/format.h>

#include <optional>
#include <stdexcept>
#include <system_error>

#include "plenary/database.h"
#include "plenary/index_layout.h"
#include "plenary/index_schema.h"

namespace plenary {

namespace fs = std::filesystem;

namespace {

// The database that records the index: its one database, or a sharded index's catalog.
Xapian::Database open_records(const IndexLayout& layout, const fs::path& location) {
    if (layout.sharded()) {
        read_index_stub(layout, location, "an index folder", "pass --index the folder plenary-index built, or a stub");
    }
    const fs::path& dir = layout.database;
    if (!holds_xapian_database(dir)) {
        throw std::runtime_error(layout.sharded()
                                     ? fmt::format("the stub {} has no catalog beside it ({} is missing)", layout.stub.string(), dir.string())
                                     : fmt::format("no index at {}: build one with plenary-index --index {} PATH...", dir.string(), dir.string()));
    }
    Xapian::Database db(dir.string());
    if (db.get_metadata(std::string(schema::format_key)).empty()) {
        throw std::runtime_error(fmt::format("{} is a Xapian database but not a plenary index", dir.string()));
    }
    return db;
}

std::string metadata_or(const Xapian::Database& db, std::string_view key, std::string_view otherwise) {
    std::string value = db.get_metadata(std::string(key));
    return value.empty() ? std::string(otherwise) : value;
}

std::uintmax_t size_on_disk(const fs::path& dir) {
    std::uintmax_t bytes = 0;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(dir, error)) {
        if (entry.is_regular_file(error)) bytes += entry.file_size(error);
    }
    return bytes;
}

std::vector<schema::CommuniqueRecord> communiques(const Xapian::Database& db) {
    std::vector<schema::CommuniqueRecord> records;
    std::string prefix(schema::communique_key_prefix);
    for (auto key = db.metadata_keys_begin(prefix); key != db.metadata_keys_end(prefix); ++key) {
        std::string json = db.get_metadata(*key);
        if (!json.empty()) records.push_back(schema::decode_communique(json));
    }
    return records;
}

// A shard of a sharded index as --status reports it: its passages, or why it cannot say.
struct ShardState {
    ShardLocation location;
    std::optional<Xapian::doccount> passages;
    std::string failure;
};

// The passages and size on disk of the index's parts: its one database, or a sharded index's
// catalog and shards (a remote shard's size is not known here).
struct IndexParts {
    Xapian::doccount passages = 0;
    std::uintmax_t local_bytes = 0;
    std::vector<ShardState> shards;
    std::size_t unavailable = 0;
};

IndexParts index_parts(const IndexLayout& layout, const Xapian::Database& records, std::chrono::milliseconds timeout) {
    IndexParts parts;
    parts.local_bytes = size_on_disk(layout.database);
    if (!layout.sharded()) {
        parts.passages = records.get_doccount();
        return parts;
    }
    for (const auto& location : read_stub(layout.stub)) {
        ShardState state{location, std::nullopt, {}};
        try {
            state.passages = open_shard(location, layout.stub, timeout).get_doccount();
            parts.passages += *state.passages;
            if (!location.remote()) parts.local_bytes += size_on_disk(location.path);
        } catch (const ShardUnavailable& unavailable) {
            state.failure = unavailable.what();
            ++parts.unavailable;
        }
        parts.shards.push_back(std::move(state));
    }
    return parts;
}

std::string shard_line(const ShardState& shard) {
    return shard.passages ? fmt::format("{}: {} passages", shard.location.name(), *shard.passages)
                          : fmt::format("unavailable: {}", shard.failure);
}

} // namespace

void print_index_status(std::ostream& out, const fs::path& location, std::chrono::milliseconds remote_timeout) {
    const IndexLayout layout = index_layout(location);
    Xapian::Database db = open_records(layout, location);
    const IndexParts parts = index_parts(layout, db, remote_timeout);
    read_latest(db, [&] {
        auto tags = schema::tags_from_value(db.get_metadata(std::string(schema::tag_names_key)));
        auto line = [&](std::string_view name, const std::string& value) { out << fmt::format("{:<12} {}\n", name, value); };
        line("index", fs::absolute(location).lexically_normal().string());
        if (layout.sharded()) line("shards", fmt::format("{}, listed in {}", parts.shards.size(), layout.stub.string()));
        line("communiqués", std::to_string(communiques(db).size()));
        line("passages", parts.unavailable == 0 ? std::to_string(parts.passages)
                                                : fmt::format("at least {} ({} of {} shards unavailable)", parts.passages, parts.unavailable, parts.shards.size()));
        line("size", fmt::format("{:.1f} MB{}", static_cast<double>(parts.local_bytes) / 1e6,
                                 layout.sharded() ? " (the catalog and the local shards)" : ""));
        line("updated", metadata_or(db, schema::updated_key, "unknown"));
        line("format", db.get_metadata(std::string(schema::format_key)));
        line("vocabulary", metadata_or(db, schema::vocabulary_source_key, "unknown"));
        line("tag rules", fmt::format("{} ({} tags)", metadata_or(db, schema::tag_rules_source_key, "unknown"), tags.size()));
        line("tags", fmt::format("{}", fmt::join(tags, " ")));
        for (std::size_t number = 0; number < parts.shards.size(); ++number) {
            line(fmt::format("shard {}", number), shard_line(parts.shards[number]));
        }
    });
    if (parts.unavailable > 0) {
        out.flush();
        throw std::runtime_error(fmt::format("{} of the {} shards listed in {} did not answer", parts.unavailable,
                                             parts.shards.size(), layout.stub.string()));
    }
}

void print_index_list(std::ostream& out, const fs::path& location) {
    Xapian::Database db = open_records(index_layout(location), location);
    read_latest(db, [&] {
        for (const auto& communique : communiques(db)) {
            const auto& metadata = communique.metadata;
            out << fmt::format("{}\t{}\t{}\t{}\t{}\t{}\n", communique.id, metadata.year ? std::to_string(*metadata.year) : "",
                               metadata.city, metadata.org, communique.passages, communique.file);
        }
    });
}

} // namespace plenary
