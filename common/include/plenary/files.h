// Reading a whole file into memory, with the reason when it cannot be; paths as users read them.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

namespace plenary {

// what() is "PATH: REASON"; callers that phrase their own message use reason().
class FileReadError : public std::runtime_error {
public:
    FileReadError(const std::filesystem::path& file, std::string reason);
    const std::string& reason() const { return reason_; }

private:
    std::string reason_;
};

// A path as a user reads it: relative to the current folder when the file is under it (as
// tools that print "path:line" do, so editors open it from there), else as it is.
std::string path_for_display(const std::filesystem::path& file);

// The bytes of file. Throws FileReadError for a folder, a missing or unreadable file.
std::string read_file(const std::filesystem::path& file);

// The text of a file a user writes (topics, judgments, runs, groups, rules, vocabularies): its
// bytes without the UTF-8 byte order mark an editor may put first, which would otherwise
// become part of the first line's first field. Throws as read_file.
std::string read_text_file(const std::filesystem::path& file);

} // namespace plenary
