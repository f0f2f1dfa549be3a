#include "plenary/indexer.h"

#include <fnmatch.h>

#include <algorithm>
#include <map>
#include <stdexcept>
#include <system_error>

#include "plenary/communique.h"
#include "plenary/files.h"
#include "plenary/strings.h"

namespace plenary {

namespace fs = std::filesystem;

namespace {

// A sidecar "<file>.meta.json" belongs to its communiqué and is read with it.
bool is_sidecar(const fs::path& path) { return path.filename().string().ends_with(".meta.json"); }

void count_unsupported(const fs::path& path, UnsupportedFiles* unsupported) {
    if (!unsupported || is_sidecar(path)) return;
    const std::string extension = path.extension().string();
    ++(*unsupported)[extension.empty() ? "(no extension)" : extension];
}

bool is_hidden(const fs::path& path) {
    auto name = path.filename().string();
    return name.size() > 1 && name.front() == '.';
}

// The file-name patterns of a folder's .plenaryignore (one glob a line, '#' comments), as
// ripgrep's .ignore: a README or notes kept beside the communiqués are not communiqués.
class IgnoreFiles {
public:
    bool ignored(const fs::path& file) {
        const auto& patterns = patterns_of(file.parent_path());
        std::string name = file.filename().string();
        return std::any_of(patterns.begin(), patterns.end(),
                           [&](const std::string& pattern) { return fnmatch(pattern.c_str(), name.c_str(), 0) == 0; });
    }

private:
    const std::vector<std::string>& patterns_of(const fs::path& folder) {
        auto [found, inserted] = patterns_.try_emplace(folder);
        if (!inserted) return found->second;
        std::error_code error;
        if (!fs::is_regular_file(folder / ignore_file_name, error)) return found->second;
        const std::string text = read_text_file(folder / ignore_file_name);
        for (auto line : split_lines(text)) {
            line = trim(line);
            if (!line.empty() && line.front() != '#') found->second.emplace_back(line);
        }
        return found->second;
    }

    std::map<fs::path, std::vector<std::string>> patterns_;
};

// Whether the walk can list the folder; if not, it is recorded as a failure of the run, since the
// walk would skip it without a word and the communiqués of its files would look deleted.
bool readable_folder(const fs::path& folder, std::vector<FileFailure>* unreadable) {
    std::error_code error;
    fs::directory_iterator probe(folder, error);
    if (!error) return true;
    if (unreadable) unreadable->push_back({fs::absolute(folder).lexically_normal(), "cannot read folder: " + error.message()});
    return false;
}

} // namespace

std::vector<fs::path> find_source_files(const std::vector<fs::path>& paths, UnsupportedFiles* unsupported,
                                        std::vector<FileFailure>* unreadable) {
    std::vector<fs::path> files;
    IgnoreFiles ignore;
    for (const auto& path : paths) {
        std::error_code error;
        auto status = fs::status(path, error);
        if (error || !fs::exists(status)) throw std::runtime_error(path.string() + ": no such file or folder");
        if (!fs::is_directory(status)) {
            files.push_back(fs::absolute(path).lexically_normal());
            continue;
        }
        if (!readable_folder(path, unreadable)) continue;
        // Symlinked folders are not followed, so a link loop cannot trap the walk.
        fs::recursive_directory_iterator walk(path, fs::directory_options::skip_permission_denied, error);
        for (; !error && walk != fs::recursive_directory_iterator(); walk.increment(error)) {
            if (is_hidden(walk->path())) {
                if (walk->is_directory(error)) walk.disable_recursion_pending();
                continue;
            }
            std::error_code folder_error;
            if (walk->is_directory(folder_error) && !walk->is_symlink(folder_error) && !readable_folder(walk->path(), unreadable)) {
                walk.disable_recursion_pending();
                continue;
            }
            // A link loop or a dangling link is kept: reading it fails, and that is reported.
            std::error_code status_error;
            bool regular = walk->is_regular_file(status_error);
            if (!(regular || status_error) || ignore.ignored(walk->path())) continue;
            if (has_supported_extension(walk->path()))
                files.push_back(fs::absolute(walk->path()).lexically_normal());
            else
                count_unsupported(walk->path(), unsupported);
        }
        if (error) throw std::runtime_error(path.string() + ": " + error.message());
    }
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    return files;
}

} // namespace plenary
