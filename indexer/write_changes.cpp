#include "write_changes.h"

#include <fmt/format.h>

#include <optional>

#include "plenary/communique.h"

namespace plenary {

namespace {

// The communiqué of a file the plan reads, under the id the plan gave it; nullopt, with the reason
// in report, when the file cannot be read or parsed.
std::optional<Communique> load(const FileChange& change, IndexReport& report) {
    const std::filesystem::path file = change.source.file;
    try {
        Communique communique = load_communique(file);
        communique.id = change.source.communique_id;
        report.bytes_read += change.source.size;
        if (communique.invalid_bytes > 0) {
            report.warnings.push_back({file, fmt::format("{} invalid {} bytes replaced by spaces", communique.invalid_bytes,
                                                         communique.encoding)});
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

} // namespace plenary
