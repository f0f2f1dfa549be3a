// Where the index lives: --index DIR, else $PLENARY_INDEX, else
// $XDG_DATA_HOME/plenary/index, else ~/.local/share/plenary/index.
#pragma once

#include <filesystem>
#include <string>

namespace plenary {

std::filesystem::path resolve_index_dir(const std::string& index_option);

} // namespace plenary
