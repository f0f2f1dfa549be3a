#include "plenary/indexer.h"

#include <xapian.h>

#include <map>
#include <set>
#include <stdexcept>
#include <system_error>

#include "change_plan.h"
#include "first_build.h"
#include "index_lock.h"
#include "index_writer.h"
#include "indexing_rules.h"
#include "plenary/index_schema.h"
#include "writable_index.h"
#include "write_changes.h"

namespace plenary {

namespace fs = std::filesystem;

namespace {

// The paths a run was given and the source files found under them.
struct SourcePaths {
    const std::vector<fs::path>& paths;
    const std::vector<fs::path>& files;
};

// A commit that failed has already ended the transaction: nothing is left to cancel.
void cancel(Xapian::WritableDatabase& db) {
    try {
        db.cancel_transaction();
    } catch (const Xapian::InvalidOperationError&) {
    }
}

// The folders among paths, as the files found in them are named (absolute and normal).
std::vector<fs::path> folders_of(const std::vector<fs::path>& paths) {
    std::vector<fs::path> folders;
    std::error_code error;
    for (const auto& path : paths) {
        if (fs::is_directory(path, error)) folders.push_back(fs::absolute(path).lexically_normal());
    }
    return folders;
}

// Known sources that the run removes: those missing from its folders, and with --prune every one gone.
std::vector<schema::SourceRecord> sources_to_remove(const KnownSources& known, const std::vector<fs::path>& files,
                                                    const std::vector<fs::path>& paths, const IndexOptions& options) {
    std::map<std::string, schema::SourceRecord> removed;
    if (!options.keep_missing) {
        for (auto& source : missing_from_folders(known, files, folders_of(paths))) removed.emplace(source.file, source);
    }
    if (options.prune) {
        for (auto& source : gone_sources(known)) removed.emplace(source.file, source);
    }
    std::vector<schema::SourceRecord> list;
    for (auto& [file, source] : removed) list.push_back(std::move(source));
    return list;
}

// Files gone but kept in the index are not re-read with the new rules: their passages keep what the
// earlier ones gave them.
void warn_of_gone_files_kept(const KnownSources& known, IndexReport& report) {
    std::set<fs::path> removed(report.removed_files.begin(), report.removed_files.end());
    for (const auto& source : gone_sources(known)) {
        if (removed.count(source.file)) continue;
        report.warnings.push_back({source.file, "gone, so not re-read with the new rules: its passages keep what the "
                                                "earlier ones gave them (--prune removes them)"});
    }
}

// The run's changes against what the index knows, written without committing them.
IndexReport write_run(Xapian::WritableDatabase& db, const SourcePaths& sources, const IndexOptions& options,
                      const IndexingRules& rules) {
    IndexWriter writer(db, rules);
    if (options.rebuild) writer.remove_all();
    auto known = known_sources(db);
    const bool reread_all = db.get_metadata(std::string(schema::analysis_key)) != analysis_fingerprint(rules.tagger);
    const std::vector<FileChange> plan = plan_changes(sources.files, known, reread_all);
    RunProgress progress(options.progress, plan.size(), options.interrupted);
    IndexReport report = write_changes(plan, writer, progress);
    for (const auto& source : sources_to_remove(known, sources.files, sources.paths, options)) {
        writer.remove(source);
        report.removed_files.emplace_back(source.file);
    }
    report.communiques_removed = report.removed_files.size();
    if (reread_all) warn_of_gone_files_kept(known, report);
    writer.finish();
    progress.check_interrupted();
    return report;
}

// An update of the index, or a first build on one thread, in one transaction.
IndexReport update_in_place(const SourcePaths& sources, const IndexOptions& options, const IndexingRules& rules) {
    Xapian::WritableDatabase db = open_writable_index(options.index_dir, options.rebuild);
    IndexReport report;
    db.begin_transaction();
    try {
        report = write_run(db, sources, options, rules);
        db.commit_transaction();
    } catch (const Xapian::Error& error) {
        cancel(db);
        throw std::runtime_error(index_error_message(options.index_dir, error));
    } catch (...) {
        cancel(db);
        throw;
    }
    db.close();
    return report;
}

} // namespace

IndexReport update_index(const std::vector<fs::path>& paths, const IndexOptions& options) {
    auto started = std::chrono::steady_clock::now();
    UnsupportedFiles unsupported;
    auto files = find_source_files(paths, &unsupported);
    const IndexingRules rules = load_indexing_rules(options);
    prepare_index_folder(options.index_dir);
    IndexLock lock(options.index_dir);
    IndexReport report;
    if (builds_on_all_cores(files, options)) {
        try {
            report = build_on_all_cores(files, options, rules);
        } catch (const Xapian::Error& error) {
            throw std::runtime_error(index_error_message(options.index_dir, error));
        }
    } else {
        report = update_in_place({paths, files}, options, rules);
    }
    report.files_seen = files.size();
    report.unsupported = std::move(unsupported);
    report.elapsed = std::chrono::steady_clock::now() - started;
    return report;
}

} // namespace plenary
