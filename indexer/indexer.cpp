#include "plenary/indexer.h"

#include <xapian.h>

#include <fmt/format.h>

#include <map>
#include <set>
#include <stdexcept>
#include <system_error>

#include "index_lock.h"
#include "passage_document.h"
#include "plenary/analyzer.h"
#include "plenary/communique.h"
#include "plenary/index_schema.h"
#include "plenary/passage_tagger.h"
#include "writable_index.h"

namespace plenary {

namespace fs = std::filesystem;

namespace {

std::int64_t mtime_ns(const fs::path& file) {
    std::error_code error;
    auto time = fs::last_write_time(file, error);
    if (error) return 0;
    return std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count();
}

schema::SourceRecord current_state(const fs::path& file) {
    schema::SourceRecord state;
    state.file = file.string();
    std::error_code error;
    state.size = fs::file_size(file, error);
    state.mtime_ns = mtime_ns(file);
    fs::path sidecar = file;
    sidecar += ".meta.json";
    state.sidecar_mtime_ns = fs::exists(sidecar, error) ? mtime_ns(sidecar) : 0;
    return state;
}

bool unchanged(const schema::SourceRecord& known, const schema::SourceRecord& now) {
    return known.size == now.size && known.mtime_ns == now.mtime_ns && known.sidecar_mtime_ns == now.sidecar_mtime_ns;
}

void clear(Xapian::WritableDatabase& db) {
    std::vector<Xapian::docid> ids(db.postlist_begin(""), db.postlist_end(""));
    for (auto id : ids) db.delete_document(id);
    std::vector<std::string> keys(db.metadata_keys_begin(), db.metadata_keys_end());
    for (const auto& key : keys) db.set_metadata(key, "");
}

// A commit that failed has already ended the transaction: nothing is left to cancel.
void cancel(Xapian::WritableDatabase& db) {
    try {
        db.cancel_transaction();
    } catch (const Xapian::InvalidOperationError&) {
    }
}

std::map<std::string, schema::SourceRecord> known_sources(const Xapian::Database& db) {
    std::map<std::string, schema::SourceRecord> sources;
    std::string prefix(schema::source_key_prefix);
    for (auto key = db.metadata_keys_begin(prefix); key != db.metadata_keys_end(prefix); ++key) {
        auto record = schema::decode_source(db.get_metadata(*key));
        sources.emplace(record.file, std::move(record));
    }
    return sources;
}

class IndexWriter {
public:
    IndexWriter(Xapian::WritableDatabase& db, IndexReport& report) : db_(db), report_(report) {}

    void remove(const schema::SourceRecord& source) {
        db_.delete_document(std::string(schema::doc_prefix) + source.communique_id);
        db_.set_metadata(std::string(schema::communique_key_prefix) + source.communique_id, "");
        db_.set_metadata(schema::source_key(source.file), "");
    }

    void write(Communique communique, schema::SourceRecord state, const schema::SourceRecord* previous) {
        communique.id = previous ? previous->communique_id : unused_id(communique);
        if (previous) db_.delete_document(std::string(schema::doc_prefix) + communique.id);
        auto field_terms = communique_field_terms(communique, analyzer_);
        for (const auto& passage : communique.passages) {
            db_.add_document(passage_document(communique, passage, field_terms, analyzer_));
        }
        report_.passages_written += communique.passages.size();

        schema::CommuniqueRecord record{communique.id,      communique.file.string(), communique.title,
                                        communique.year,    communique.plenary,       communique.city,
                                        communique.country, communique.dates,         communique.chair,
                                        static_cast<std::uint32_t>(communique.passages.size())};
        db_.set_metadata(std::string(schema::communique_key_prefix) + communique.id, schema::encode(record));
        state.communique_id = communique.id;
        db_.set_metadata(schema::source_key(state.file), schema::encode(state));
        taken_ids_.insert(communique.id);
    }

private:
    // Two files with the same name in different folders get distinct ids.
    std::string unused_id(const Communique& communique) {
        std::string id = communique.id;
        for (int n = 2; taken_ids_.count(id) || !db_.get_metadata(std::string(schema::communique_key_prefix) + id).empty(); ++n) {
            id = fmt::format("{}-{}", communique.id, n);
        }
        return id;
    }

    Xapian::WritableDatabase& db_;
    IndexReport& report_;
    Analyzer analyzer_;
    std::set<std::string> taken_ids_;
};

} // namespace

IndexReport update_index(const std::vector<fs::path>& paths, const IndexOptions& options) {
    auto started = std::chrono::steady_clock::now();
    IndexReport report;
    auto files = find_source_files(paths);
    report.files_seen = files.size();

    prepare_index_folder(options.index_dir);
    IndexLock lock(options.index_dir);
    Xapian::WritableDatabase db = open_writable_index(options.index_dir, options.rebuild);

    db.begin_transaction();
    try {
        if (options.rebuild) clear(db);
        auto known = known_sources(db);
        const std::string analysis = analysis_fingerprint();
        const bool reanalyze = db.get_metadata(std::string(schema::analysis_key)) != analysis;
        IndexWriter writer(db, report);
        std::size_t done = 0;
        for (const auto& file : files) {
            auto state = current_state(file);
            auto previous = known.find(state.file);
            bool seen_before = previous != known.end();
            if (seen_before && !reanalyze && unchanged(previous->second, state)) {
                ++report.files_unchanged;
            } else {
                try {
                    Communique communique = load_communique(file);
                    report.bytes_read += state.size;
                    if (communique.invalid_bytes > 0) {
                        report.warnings.push_back(
                            {file, fmt::format("{} invalid UTF-8 bytes replaced by spaces", communique.invalid_bytes)});
                    }
                    writer.write(std::move(communique), state, seen_before ? &previous->second : nullptr);
                    ++(seen_before ? report.files_changed : report.files_added);
                } catch (const LoadError& error) {
                    report.failures.push_back({file, error.what()});
                }
            }
            if (options.progress) options.progress(++done, files.size(), report.passages_written);
        }
        if (options.prune) {
            for (const auto& [file, source] : known) {
                std::error_code error;
                if (fs::exists(file, error) || error) continue;
                writer.remove(source);
                ++report.communiques_removed;
            }
        }
        db.set_metadata(std::string(schema::format_key), std::string(schema::format_version));
        db.set_metadata(std::string(schema::analysis_key), analysis);
        db.set_metadata(std::string(schema::tag_names_key), schema::tags_value(PassageTagger::standard().tag_names()));
        db.commit_transaction();
    } catch (const Xapian::Error& error) {
        cancel(db);
        throw std::runtime_error(index_error_message(options.index_dir, error));
    } catch (...) {
        cancel(db);
        throw;
    }
    db.close();
    report.elapsed = std::chrono::steady_clock::now() - started;
    return report;
}

} // namespace plenary
