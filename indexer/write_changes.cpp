#include "write_changes.h"

#include <fmt/format.h>

#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <system_error>

#include "document_builder.h"
#include "plenary/communique.h"

namespace plenary {

namespace fs = std::filesystem;

namespace {

// The communiqué of a file the plan reads, under the id the plan gave it; nullopt, with the reason
// in report, when the file cannot be read or parsed.
std::optional<Communique> load(const FileChange& change, IndexReport& report) {
    const fs::path file = change.source.file;
    try {
        Communique communique = load_communique(file);
        communique.id = change.source.communique_id;
        report.bytes_read += change.source.size;
        if (communique.invalid_bytes > 0) {
            report.warnings.push_back({file, fmt::format("{} invalid {} bytes replaced by spaces{}", communique.invalid_bytes,
                                                         communique.encoding,
                                                         communique.first_invalid ? ", the first at " + describe(*communique.first_invalid) : "")});
        }
        if (communique.encoding_guessed)
            report.warnings.push_back({file, fmt::format("encoding guessed: read as {}", communique.encoding)});
        return communique;
    } catch (const LoadError& error) {
        report.failures.push_back({file, error.what()});
        return std::nullopt;
    }
}

std::size_t& counter_of(FileChange::Kind kind, IndexReport& report) {
    if (kind == FileChange::Kind::added) return report.files_added;
    return kind == FileChange::Kind::reread ? report.files_reread : report.files_changed;
}

} // namespace

void RunProgress::check_interrupted() const {
    if (interrupted_ && interrupted_->load()) throw IndexInterrupted();
}

void RunProgress::file_done(std::size_t passages) {
    check_interrupted();
    if (!report_) return;
    std::lock_guard lock(mutex_);
    passages_ += passages;
    report_(++done_, files_, passages_);
}

IndexReport write_changes(const std::vector<FileChange>& plan, IndexWriter& writer, RunProgress& progress) {
    IndexReport report;
    for (const auto& change : plan) {
        std::size_t passages = 0;
        if (change.kind == FileChange::Kind::unchanged) {
            ++report.files_unchanged;
        } else if (auto communique = load(change, report)) {
            writer.write(*communique, change);
            passages = communique->passages.size();
            ++counter_of(change.kind, report);
        }
        report.passages_written += passages;
        progress.file_done(passages);
    }
    return report;
}

void add_up(IndexReport& total, IndexReport&& part) {
    total.files_unchanged += part.files_unchanged;
    total.files_added += part.files_added;
    total.files_changed += part.files_changed;
    total.files_reread += part.files_reread;
    total.communiques_removed += part.communiques_removed;
    std::move(part.removed_files.begin(), part.removed_files.end(), std::back_inserter(total.removed_files));
    total.passages_written += part.passages_written;
    total.bytes_read += part.bytes_read;
    std::move(part.failures.begin(), part.failures.end(), std::back_inserter(total.failures));
    std::move(part.warnings.begin(), part.warnings.end(), std::back_inserter(total.warnings));
}

namespace {

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
std::vector<schema::SourceRecord> sources_to_remove(const KnownSources& known, const SourcePaths& sources,
                                                    const IndexOptions& options) {
    std::map<std::string, schema::SourceRecord> removed;
    if (!options.keep_missing) {
        for (auto& source : missing_from_folders(known, sources.files, folders_of(sources.paths), sources.unreadable_folders)) removed.emplace(source.file, source);
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

} // namespace

RunPlan plan_run(const Xapian::Database& catalog, const SourcePaths& sources, const IndexOptions& options,
                 const IndexingRules& rules) {
    RunPlan run;
    run.known = known_sources(catalog);
    run.reread_all = catalog.get_metadata(std::string(schema::analysis_key)) != analysis_fingerprint(rules.tagger);
    run.changes = plan_changes(sources.files, run.known, run.reread_all);
    run.removals = sources_to_remove(run.known, sources, options);
    return run;
}

void remove_sources(const RunPlan& run, IndexWriter& writer, IndexReport& report) {
    for (const auto& source : run.removals) {
        writer.remove(source);
        report.removed_files.emplace_back(source.file);
    }
    report.communiques_removed = report.removed_files.size();
    if (run.reread_all) warn_of_gone_files_kept(run.known, report);
}

IndexReport write_run(IndexWriter& writer, const Xapian::Database& catalog, const SourcePaths& sources,
                      const IndexOptions& options, const IndexingRules& rules) {
    if (options.rebuild) writer.remove_all();
    const RunPlan run = plan_run(catalog, sources, options, rules);
    RunProgress progress(options.progress, run.changes.size(), options.interrupted);
    IndexReport report = write_changes(run.changes, writer, progress);
    remove_sources(run, writer, report);
    writer.finish();
    progress.check_interrupted();
    return report;
}

} // namespace plenary
