#include "index_overview.h"

#include <xapian.h>

#include <fmt/format.h>

#include <stdexcept>
#include <system_error>

#include "plenary/database.h"
#include "plenary/index_schema.h"

namespace plenary {

namespace fs = std::filesystem;

namespace {

Xapian::Database open_for_reading(const fs::path& dir) {
    if (!holds_xapian_database(dir)) {
        throw std::runtime_error(
            fmt::format("no index at {}: build one with plenary-index --index {} PATH...", dir.string(), dir.string()));
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

} // namespace

void print_index_status(std::ostream& out, const fs::path& dir) {
    Xapian::Database db = open_for_reading(dir);
    read_latest(db, [&] {
        auto tags = schema::tags_from_value(db.get_metadata(std::string(schema::tag_names_key)));
        auto line = [&](std::string_view name, const std::string& value) { out << fmt::format("{:<12} {}\n", name, value); };
        line("index", fs::absolute(dir).lexically_normal().string());
        line("communiqués", std::to_string(communiques(db).size()));
        line("passages", std::to_string(db.get_doccount()));
        line("size", fmt::format("{:.1f} MB", static_cast<double>(size_on_disk(dir)) / 1e6));
        line("updated", metadata_or(db, schema::updated_key, "unknown"));
        line("format", db.get_metadata(std::string(schema::format_key)));
        line("vocabulary", metadata_or(db, schema::vocabulary_source_key, "unknown"));
        line("tag rules", fmt::format("{} ({} tags)", metadata_or(db, schema::tag_rules_source_key, "unknown"), tags.size()));
        line("tags", fmt::format("{}", fmt::join(tags, " ")));
    });
}

void print_index_list(std::ostream& out, const fs::path& dir) {
    Xapian::Database db = open_for_reading(dir);
    read_latest(db, [&] {
        for (const auto& communique : communiques(db)) {
            const auto& metadata = communique.metadata;
            out << fmt::format("{}\t{}\t{}\t{}\t{}\t{}\n", communique.id, metadata.year ? std::to_string(*metadata.year) : "",
                               metadata.city, metadata.org, communique.passages, communique.file);
        }
    });
}

} // namespace plenary
