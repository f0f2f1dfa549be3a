#include "plenary/indexer.h"

#include <xapian.h>

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <mutex>
#include <set>
#include <stdexcept>
#include <system_error>
#include <thread>

#include "bulk_build.h"
#include "index_lock.h"
#include "passage_document.h"
#include "plenary/analyzer.h"
#include "plenary/communique.h"
#include "plenary/database.h"
#include "plenary/index_schema.h"
#include "plenary/passage_tagger.h"
#include "plenary/vocabulary.h"
#include "vocabulary_writer.h"
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
    // planned: ids fixed in advance for files (a bulk build's shards), else chosen as files come.
    IndexWriter(Xapian::WritableDatabase& db, IndexReport& report,
                const std::map<fs::path, std::string>* planned = nullptr)
        : db_(db), report_(report), planned_(planned) {}

    void remove(const schema::SourceRecord& source) {
        db_.delete_document(std::string(schema::doc_prefix) + source.communique_id);
        db_.set_metadata(std::string(schema::communique_key_prefix) + source.communique_id, "");
        db_.set_metadata(schema::source_key(source.file), "");
    }

    void write(Communique communique, schema::SourceRecord state, const schema::SourceRecord* previous) {
        if (planned_) communique.id = planned_->at(communique.file);
        communique.id = previous ? previous->communique_id : unused_id(communique);
        if (previous) db_.delete_document(std::string(schema::doc_prefix) + communique.id);
        auto field_terms = communique_field_terms(communique, analyzer_);
        for (const auto& passage : communique.passages) {
            db_.add_document(passage_document(communique, passage, field_terms, analyzer_, &spelling_));
        }
        report_.passages_written += communique.passages.size();

        schema::CommuniqueRecord record{communique.id, communique.file.string(), communique.metadata,
                                        static_cast<std::uint32_t>(communique.passages.size())};
        db_.set_metadata(std::string(schema::communique_key_prefix) + communique.id, schema::encode(record));
        state.communique_id = communique.id;
        db_.set_metadata(schema::source_key(state.file), schema::encode(state));
        taken_ids_.insert(communique.id);
    }

    void write_vocabulary(const Vocabulary& vocabulary) {
        write_synonyms(db_, vocabulary);
        spelling_.write(db_);
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
    const std::map<fs::path, std::string>* planned_;
    Analyzer analyzer_;
    SpellingRecorder spelling_;
    std::set<std::string> taken_ids_;
};

// Indexes the files that are new or changed against known (all of them with reanalyze),
// and with prune drops the communiqués whose files are gone; then writes the vocabulary
// and marks the index with the format and analysis it was written with.
void write_changes(Xapian::WritableDatabase& db, const std::vector<fs::path>& files,
                   const std::map<std::string, schema::SourceRecord>& known, bool reanalyze,
                   const IndexOptions& options, const Vocabulary& vocabulary, IndexReport& report,
                   const std::function<void()>& file_done, IndexWriter& writer) {
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
        file_done();
    }
    if (options.prune) {
        for (const auto& [file, source] : known) {
            std::error_code error;
            if (fs::exists(file, error) || error) continue;
            writer.remove(source);
            ++report.communiques_removed;
        }
    }
    writer.write_vocabulary(vocabulary);
    db.set_metadata(std::string(schema::format_key), std::string(schema::format_version));
    db.set_metadata(std::string(schema::analysis_key), analysis_fingerprint());
    db.set_metadata(std::string(schema::tag_names_key), schema::tags_value(PassageTagger::standard().tag_names()));
}

void add_up(IndexReport& total, IndexReport&& part) {
    total.files_unchanged += part.files_unchanged;
    total.files_added += part.files_added;
    total.files_changed += part.files_changed;
    total.communiques_removed += part.communiques_removed;
    total.passages_written += part.passages_written;
    total.bytes_read += part.bytes_read;
    std::move(part.failures.begin(), part.failures.end(), std::back_inserter(total.failures));
    std::move(part.warnings.begin(), part.warnings.end(), std::back_inserter(total.warnings));
}

std::uint64_t total_bytes(const std::vector<fs::path>& files) {
    std::uint64_t total = 0;
    for (const auto& file : files) {
        std::error_code error;
        auto size = fs::file_size(file, error);
        if (!error) total += size;
    }
    return total;
}

std::size_t thread_count(const IndexOptions& options) {
    return options.threads > 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
}

// The ids a sequential run would give (two files with the same name get "-2"...),
// fixed before the shards start so that they never collide across shards.
std::map<fs::path, std::string> planned_ids(const std::vector<fs::path>& files) {
    std::map<fs::path, std::string> ids;
    std::set<std::string> taken;
    for (const auto& file : files) {
        std::string base = communique_id_for(file);
        std::string id = base;
        for (int n = 2; taken.count(id); ++n) id = fmt::format("{}-{}", base, n);
        taken.insert(id);
        ids.emplace(file, id);
    }
    return ids;
}

// A first build of enough text, on every core (see bulk_build.h).
// Each shard writes the synonyms and its words' spellings; compaction merges them.
IndexReport build_on_all_cores(const std::vector<fs::path>& files, const IndexOptions& options,
                               const Vocabulary& vocabulary) {
    std::size_t threads = thread_count(options);
    std::size_t shards = std::max<std::size_t>(threads, total_bytes(files) / std::max<std::uint64_t>(options.shard_bytes, 1) + 1);
    shards = std::min(shards, max_open_shards());
    auto runs = split_by_size(files, shards);
    std::vector<IndexReport> parts(runs.size());
    auto ids = planned_ids(files);
    std::mutex progress_mutex;
    std::size_t done = 0;
    std::size_t passages = 0;
    bulk_build(options.index_dir, runs, threads, [&](Xapian::WritableDatabase& shard, const std::vector<fs::path>& run, std::size_t number) {
        IndexReport& part = parts[number];
        IndexWriter writer(shard, part, &ids);
        std::size_t counted = 0;  // this shard's passages already in the shared count
        auto file_done = [&] {
            if (!options.progress) return;
            std::lock_guard lock(progress_mutex);
            passages += part.passages_written - counted;
            counted = part.passages_written;
            options.progress(++done, files.size(), passages);
        };
        write_changes(shard, run, {}, false, IndexOptions{}, vocabulary, part, file_done, writer);
    });
    IndexReport report;
    for (auto& part : parts) add_up(report, std::move(part));
    return report;
}

} // namespace

IndexReport update_index(const std::vector<fs::path>& paths, const IndexOptions& options) {
    auto started = std::chrono::steady_clock::now();
    IndexReport report;
    auto files = find_source_files(paths);
    report.files_seen = files.size();

    Analyzer vocabulary_analyzer;
    Vocabulary vocabulary = options.vocabulary_dir.empty() ? builtin_vocabulary(vocabulary_analyzer)
                                                           : load_vocabulary(options.vocabulary_dir, vocabulary_analyzer);
    prepare_index_folder(options.index_dir);
    IndexLock lock(options.index_dir);
    if (!holds_xapian_database(options.index_dir) && thread_count(options) > 1 && files.size() > 1 &&
        total_bytes(files) >= options.bulk_min_bytes) {
        try {
            add_up(report, build_on_all_cores(files, options, vocabulary));
        } catch (const Xapian::Error& error) {
            throw std::runtime_error(index_error_message(options.index_dir, error));
        }
        report.elapsed = std::chrono::steady_clock::now() - started;
        return report;
    }

    Xapian::WritableDatabase db = open_writable_index(options.index_dir, options.rebuild);

    db.begin_transaction();
    try {
        if (options.rebuild) clear(db);
        auto known = known_sources(db);
        const bool reanalyze = db.get_metadata(std::string(schema::analysis_key)) != analysis_fingerprint();
        IndexWriter writer(db, report);
        std::size_t done = 0;
        auto file_done = [&] {
            if (options.progress) options.progress(++done, files.size(), report.passages_written);
        };
        write_changes(db, files, known, reanalyze, options, vocabulary, report, file_done, writer);
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
