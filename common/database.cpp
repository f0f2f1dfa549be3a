#include "plenary/database.h"

#include <system_error>

namespace plenary {

bool holds_xapian_database(const std::filesystem::path& dir) {
    std::error_code error;
    for (const char* version_file : {"iamglass", "iamchert", "iamhoney"}) {
        if (std::filesystem::exists(dir / version_file, error) || error) return true;  // unsure: never overwrite
    }
    return false;
}

} // namespace plenary
