// Shared by the tests: temporary folders, running the tools, reading files.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>

namespace plenary::testing {

namespace fs = std::filesystem;

inline const fs::path source_dir{PLENARY_SOURCE_DIR};
inline const fs::path bin_dir{PLENARY_BIN_DIR};
inline const fs::path corpus_dir = source_dir / "corpus";

// A fresh folder removed again at the end of the test.
class TempDir {
public:
    TempDir() {
        std::random_device random;
        path_ = fs::temp_directory_path() / ("plenary-test-" + std::to_string(random()) + std::to_string(random()));
        fs::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const fs::path& path() const { return path_; }
    fs::path operator/(const std::string& name) const { return path_ / name; }

private:
    fs::path path_;
};

inline std::string read_file(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

inline void write_file(const fs::path& file, const std::string& bytes) {
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
}

struct CommandResult {
    int status = -1;
    std::string out;  // stdout and, with stderr_too, stderr
};

inline std::string quote(const std::string& argument) {
    std::string quoted = "'";
    for (char c : argument) quoted += (c == '\'' ? std::string("'\\''") : std::string(1, c));
    return quoted + "'";
}

// Runs a shell command line, returning its exit status and output.
inline CommandResult run(const std::string& command_line, bool stderr_too = true) {
    std::string command = command_line + (stderr_too ? " 2>&1" : " 2>/dev/null");
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) throw std::runtime_error("cannot run " + command);
    CommandResult result;
    std::array<char, 4096> buffer{};
    std::size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.out.append(buffer.data(), n);
    int status = pclose(pipe);
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

// One of plenary's tools with arguments already quoted as needed.
inline std::string tool(const std::string& name) { return quote((bin_dir / name).string()); }

// The bundled corpus, indexed by plenary-index once per test program.
inline const fs::path& bundled_index_dir() {
    static TempDir index;
    static const bool built =
        run(tool("plenary-index") + " -q --index " + quote(index.path().string()) + " " + quote(corpus_dir.string())).status == 0;
    if (!built) throw std::runtime_error("plenary-index could not index corpus/");
    return index.path();
}

} // namespace plenary::testing
