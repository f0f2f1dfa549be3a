#include "plenary/files.h"

#include "plenary/strings.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <system_error>

namespace plenary {

FileReadError::FileReadError(const std::filesystem::path& file, std::string reason)
    : std::runtime_error(file.string() + ": " + reason), reason_(std::move(reason)) {}

std::string path_for_display(const std::filesystem::path& file) {
    std::error_code error;
    static const std::filesystem::path current = std::filesystem::current_path(error);
    if (current.empty() || !file.is_absolute()) return file.string();
    auto relative = file.lexically_relative(current);
    if (relative.empty() || *relative.begin() == "..") return file.string();
    return relative.string();
}

std::string read_file(const std::filesystem::path& file) {
    std::error_code error;
    if (std::filesystem::is_directory(file, error)) throw FileReadError(file, "is a folder, not a file");
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> stream(std::fopen(file.c_str(), "rb"), &std::fclose);
    if (!stream) throw FileReadError(file, std::strerror(errno));
    std::string bytes;
    char buffer[65536];
    std::size_t got;
    while ((got = std::fread(buffer, 1, sizeof buffer, stream.get())) > 0) bytes.append(buffer, got);
    if (std::ferror(stream.get())) throw FileReadError(file, std::strerror(errno));
    return bytes;
}

std::string read_text_file(const std::filesystem::path& file) {
    std::string bytes = read_file(file);
    bytes.erase(0, bytes.size() - without_byte_order_mark(bytes).size());
    return bytes;
}

} // namespace plenary
