#include "plenary/indexer.h"

#include <xapian.h>

#include <stdexcept>

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

// A commit that failed has already ended the transaction: nothing is left to cancel.
void cancel(Xapian::WritableDatabase& db) {
    try {
        db.cancel_transaction();
    } catch (const Xapian::InvalidOperationError&) {
    }
}

// The run's changes against what the index knows, written without committing them.
IndexReport write_run(Xapian::WritableDatabase& db, const std::vector<fs::path>& files, const IndexOptions& options,
                      const IndexingRules& rules) {
    IndexWriter writer(db, rules);
    if (options.rebuild) writer.remove_all();
    auto known = known_sources(db);
    const bool reread_all = db.get_metadata(std::string(schema::analysis_key)) != analysis_fingerprint(rules.tagger);
    const std::vector<FileChange> plan = plan_changes(files, known, reread_all);
    RunProgress progress(options.progress, plan.size());
    IndexReport report = write_changes(plan, writer, progress);
    const auto gone = gone_sources(known);
    if (options.prune) {
        for (const auto& source : gone) writer.remove(source);
        report.communiques_removed = gone.size();
    } else if (reread_all) {
        for (const auto& source : gone)
            report.warnings.push_back({source.file, "gone, so not re-read with the new rules: its passages keep what the "
                                                    "earlier ones gave them (--prune removes them)"});
    }
    writer.finish();
    return report;
}

// An update of the index, or a first build on one thread, in one transaction.
IndexReport update_in_place(const std::vector<fs::path>& files, const IndexOptions& options, const IndexingRules& rules) {
    Xapian::WritableDatabase db = open_writable_index(options.index_dir, options.rebuild);
    IndexReport report;
    db.begin_transaction();
    try {
        report = write_run(db, files, options, rules);
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
        report = update_in_place(files, options, rules);
    }
    report.files_seen = files.size();
    report.unsupported = std::move(unsupported);
    report.elapsed = std::chrono::steady_clock::now() - started;
    return report;
}

} // namespace plenary
