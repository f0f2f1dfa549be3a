#include "change_plan.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <set>
#include <system_error>

#include "plenary/communique.h"

namespace plenary {

namespace fs = std::filesystem;

namespace {

std::int64_t mtime_ns(const fs::path& file) {
    std::error_code error;
    auto time = fs::last_write_time(file, error);
    if (error) return 0;
    return std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count();
}

bool same_state(const schema::SourceRecord& known, const schema::SourceRecord& now) {
    return known.size == now.size && known.mtime_ns == now.mtime_ns && known.sidecar_mtime_ns == now.sidecar_mtime_ns;
}

// Two files with the same name in different folders get distinct ids.
std::string unused_id(const fs::path& file, std::set<std::string>& taken) {
    const std::string base = communique_id_for(file);
    std::string id = base;
    for (int n = 2; taken.count(id); ++n) id = fmt::format("{}-{}", base, n);
    taken.insert(id);
    return id;
}

// Known to be gone (not merely out of reach).
bool is_gone(const std::string& file) {
    std::error_code error;
    return !fs::exists(file, error) && !error;
}

void add_other_known_files(const std::vector<fs::path>& files, const KnownSources& known, std::vector<FileChange>& plan) {
    std::set<std::string> named;
    for (const auto& file : files) named.insert(file.string());
    for (const auto& [file, source] : known) {
        if (named.count(file) || is_gone(file)) continue;
        FileChange change{FileChange::Kind::reread, source_state(file)};
        change.source.communique_id = source.communique_id;
        plan.push_back(std::move(change));
    }
}

} // namespace

KnownSources known_sources(const Xapian::Database& db) {
    KnownSources sources;
    std::string prefix(schema::source_key_prefix);
    for (auto key = db.metadata_keys_begin(prefix); key != db.metadata_keys_end(prefix); ++key) {
        auto record = schema::decode_source(db.get_metadata(*key));
        sources.emplace(record.file, std::move(record));
    }
    return sources;
}

schema::SourceRecord source_state(const fs::path& file) {
    schema::SourceRecord state;
    state.file = file.string();
    std::error_code error;
    state.size = fs::file_size(file, error);
    if (error) state.size = 0;
    state.mtime_ns = mtime_ns(file);
    fs::path sidecar = file;
    sidecar += ".meta.json";
    state.sidecar_mtime_ns = fs::exists(sidecar, error) ? mtime_ns(sidecar) : 0;
    return state;
}

std::vector<FileChange> plan_changes(const std::vector<fs::path>& files, const KnownSources& known, bool reread_all) {
    std::set<std::string> taken;
    for (const auto& [file, source] : known) taken.insert(source.communique_id);
    std::vector<FileChange> plan;
    for (const auto& file : files) {
        FileChange change{FileChange::Kind::added, source_state(file)};
        auto previous = known.find(change.source.file);
        if (previous == known.end()) {
            change.source.communique_id = unused_id(file, taken);
        } else {
            change.source.communique_id = previous->second.communique_id;
            bool skip = !reread_all && same_state(previous->second, change.source);
            change.kind = skip ? FileChange::Kind::unchanged : FileChange::Kind::changed;
        }
        plan.push_back(std::move(change));
    }
    if (reread_all) add_other_known_files(files, known, plan);
    return plan;
}

std::vector<schema::SourceRecord> gone_sources(const KnownSources& known) {
    std::vector<schema::SourceRecord> gone;
    for (const auto& [file, source] : known)
        if (is_gone(file)) gone.push_back(source);
    return gone;
}

namespace {

bool is_under(const fs::path& file, const fs::path& folder) {
    auto relative = file.lexically_relative(folder);
    return !relative.empty() && *relative.begin() != ".." && relative != ".";
}

// A file of another type that a walk never finds: it was indexed by naming it on its own.
bool named_on_its_own(const fs::path& file) {
    std::error_code error;
    return !has_supported_extension(file) && fs::exists(file, error);
}

} // namespace

std::vector<schema::SourceRecord> missing_from_folders(const KnownSources& known, const std::vector<fs::path>& files,
                                                       const std::vector<fs::path>& folders,
                                                       const std::vector<fs::path>& unreadable_folders) {
    std::set<std::string> found;
    for (const auto& file : files) found.insert(file.string());
    std::vector<schema::SourceRecord> missing;
    for (const auto& [file, source] : known) {
        auto under = [&](const std::vector<fs::path>& of) {
            return std::any_of(of.begin(), of.end(), [&](const fs::path& folder) { return is_under(file, folder); });
        };
        if (under(folders) && !under(unreadable_folders) && !found.count(file) && !named_on_its_own(file)) missing.push_back(source);
    }
    return missing;
}

} // namespace plenary
