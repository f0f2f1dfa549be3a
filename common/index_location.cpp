#include "plenary/index_location.h"

#include <cstdlib>
#include <stdexcept>

namespace plenary {

namespace {
std::string environment(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}
} // namespace

std::filesystem::path resolve_index_dir(const std::string& index_option) {
    if (!index_option.empty()) return index_option;
    if (auto dir = environment("PLENARY_INDEX"); !dir.empty()) return dir;
    if (auto data = environment("XDG_DATA_HOME"); !data.empty()) return std::filesystem::path(data) / "plenary" / "index";
    if (auto home = environment("HOME"); !home.empty()) return std::filesystem::path(home) / ".local" / "share" / "plenary" / "index";
    throw std::runtime_error("no index location: pass --index DIR or set PLENARY_INDEX");
}

} // namespace plenary
