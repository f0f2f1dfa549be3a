// Reading a whole file into memory, with the reason when it cannot be.
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

// The bytes of file. Throws FileReadError for a folder, a missing or unreadable file.
std::string read_file(const std::filesystem::path& file);

} // namespace plenary
