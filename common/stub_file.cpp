#include "plenary/stub_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <optional>

#include "plenary/strings.h"

namespace plenary {

namespace fs = std::filesystem;

namespace {

std::optional<ShardLocation> tcp_location(std::string_view address) {
    auto colon = address.rfind(':');
    if (colon == std::string_view::npos || colon == 0) return std::nullopt;
    std::string_view host = address.substr(0, colon);
    std::string_view digits = address.substr(colon + 1);
    unsigned port = 0;
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), port);
    if (error != std::errc() || end != digits.data() + digits.size() || port == 0 || port > 65535) return std::nullopt;
    if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    ShardLocation location;
    location.kind = ShardLocation::Kind::tcp;
    location.host = host;
    location.port = port;
    return location;
}

std::optional<ShardLocation> remote_location(std::string_view rest) {
    if (!rest.starts_with(':')) return tcp_location(rest);
    rest.remove_prefix(1);
    auto space = rest.find(' ');
    ShardLocation location;
    location.kind = ShardLocation::Kind::program;
    location.program = rest.substr(0, space);
    if (space != std::string_view::npos) location.arguments = trim(rest.substr(space + 1));
    if (location.program.empty()) return std::nullopt;
    return location;
}

// The database a line lists; nullopt for a line of no known kind.
std::optional<ShardLocation> parse_line(std::string_view line, const fs::path& folder) {
    auto space = line.find(' ');
    if (space == std::string_view::npos) return std::nullopt;
    std::string_view kind = line.substr(0, space);
    std::string_view rest = trim(line.substr(space + 1));
    if (rest.empty()) return std::nullopt;
    if (kind == "remote") return remote_location(rest);
    if (kind != "auto" && kind != "glass") return std::nullopt;
    ShardLocation location;
    location.path = (folder / fs::path(std::string(rest))).lexically_normal();
    return location;
}

} // namespace

std::string ShardLocation::name() const {
    switch (kind) {
    case Kind::local: return path.string();
    case Kind::tcp: return host.find(':') != std::string::npos ? fmt::format("[{}]:{}", host, port) : fmt::format("{}:{}", host, port);
    case Kind::program: return arguments.empty() ? program : program + " " + arguments;
    }
    return {};
}

std::vector<ShardLocation> read_stub(const fs::path& stub) {
    std::ifstream in(stub);
    if (!in) throw StubError(fmt::format("cannot read the stub {}", stub.string()));
    const fs::path folder = fs::absolute(stub).parent_path();
    std::vector<ShardLocation> shards;
    std::string text;
    for (std::size_t number = 1; std::getline(in, text); ++number) {
        std::string_view line = trim(text);
        if (line.empty() || line.starts_with('#')) continue;
        auto location = parse_line(line, folder);
        if (!location) {
            throw StubError(fmt::format("{}:{}: not a database line (auto PATH, remote HOST:PORT or remote :PROGRAM ARGS)",
                                        stub.string(), number));
        }
        location->line = number;
        shards.push_back(std::move(*location));
    }
    if (shards.empty()) throw StubError(fmt::format("the stub {} lists no database", stub.string()));
    return shards;
}

void write_stub(const fs::path& stub, const std::vector<std::string>& relative_paths) {
    fs::path temporary = stub;
    temporary += ".new";
    std::string text;
    for (const auto& path : relative_paths) text += "auto " + path + "\n";
    int fd = open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    bool written = fd >= 0 && write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && fsync(fd) == 0;
    if (fd >= 0) close(fd);
    if (!written) throw StubError(fmt::format("cannot write the stub {}: {}", temporary.string(), std::strerror(errno)));
    fs::rename(temporary, stub);
}

} // namespace plenary
