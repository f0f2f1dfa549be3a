// Where a first build puts what it makes before moving it into the index folder: a hidden
// folder in the index folder, removed at the end, and by the next build if a run was killed.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace plenary {

// Flushes a file or a folder's entries to disk. Throws system_error.
void sync_path(const std::filesystem::path& path);

// Flushes every file of a folder, and the folder's entries, to disk. Throws system_error.
void sync_folder(const std::filesystem::path& folder);

class WorkFolder {
public:
    // index_dir/<prefix><pid>, created.
    WorkFolder(const std::filesystem::path& index_dir, std::string_view prefix);
    ~WorkFolder();
    WorkFolder(const WorkFolder&) = delete;
    WorkFolder& operator=(const WorkFolder&) = delete;
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
    const std::filesystem::path& path() const { return path_; }

    // Removes the work folders that killed builds with this prefix left in index_dir.
    static void remove_leftovers(const std::filesystem::path& index_dir, std::string_view prefix);

private:
    std::filesystem::path path_;
};

} // namespace plenary
