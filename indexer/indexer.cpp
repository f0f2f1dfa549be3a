#include "plenary/indexer.h"

#include <xapian.h>

#include <optional>
#include <stdexcept>

#include "change_plan.h"
#include "first_build.h"
#include "index_lock.h"
#include "index_writer.h"
#include "indexing_rules.h"
#include "plenary/index_schema.h"
#include "build_beside.h"
#include "sharded_index.h"
#include "writable_index.h"
#include "write_changes.h"

namespace plenary {

namespace fs = std::filesystem;

namespace {

// An update of the index, or a first build on one thread, in one transaction.
IndexReport update_in_place(const SourcePaths& sources, const IndexOptions& options, const IndexingRules& rules) {
    Xapian::WritableDatabase db = open_writable_index(options.index_dir, options.rebuild);
    IndexReport report;
    db.begin_transaction();
    try {
        IndexWriter writer(db, rules);
        report = write_run(writer, db, sources, options, rules);
        db.commit_transaction();
    } catch (const Xapian::Error& error) {
        cancel_transaction(db);
        throw std::runtime_error(index_error_message(options.index_dir, error));
    } catch (...) {
        cancel_transaction(db);
        throw;
    }
    db.close();
    return report;
}

// A first build, a --rebuild or a large update on all cores where the run qualifies; nullopt otherwise.
std::optional<IndexReport> build_beside_or_anew(const SourcePaths& sources, const IndexOptions& options,
                                                const IndexingRules& rules) {
    try {
        if (builds_on_all_cores(sources.files, options)) return build_on_all_cores(sources.files, options, rules);
        if (!builds_beside(sources.files, options)) return std::nullopt;
        return options.rebuild ? rebuild_beside(sources.files, options, rules) : update_beside(sources, options, rules);
    } catch (const Xapian::Error& error) {
        throw std::runtime_error(index_error_message(options.index_dir, error));
    }
}

} // namespace

IndexReport update_index(const std::vector<fs::path>& paths, const IndexOptions& options) {
    auto started = std::chrono::steady_clock::now();
    UnsupportedFiles unsupported;
    std::vector<FileFailure> unreadable_folders;
    auto files = find_source_files(paths, &unsupported, &unreadable_folders);
    std::vector<fs::path> out_of_reach;
    for (const auto& folder : unreadable_folders) out_of_reach.push_back(folder.file);
    const IndexingRules rules = load_indexing_rules(options);
    const IndexLayout layout = index_layout(options.index_dir);
    const bool sharded = writes_sharded(layout, options);
    if (!layout.sharded()) prepare_index_folder(options.index_dir);
    IndexLock lock(layout.sharded() ? layout.stub.parent_path() : options.index_dir);
    IndexReport report;
    if (sharded) {
        report = layout.sharded() ? update_sharded({paths, files, out_of_reach}, options, rules, layout) : build_sharded(files, options, rules);
    } else if (auto built = build_beside_or_anew({paths, files, out_of_reach}, options, rules)) {
        report = std::move(*built);
    } else {
        report = update_in_place({paths, files, out_of_reach}, options, rules);
    }
    report.files_seen = files.size();
    report.failures.insert(report.failures.begin(), unreadable_folders.begin(), unreadable_folders.end());
    report.unsupported = std::move(unsupported);
    report.elapsed = std::chrono::steady_clock::now() - started;
    return report;
}

} // namespace plenary
