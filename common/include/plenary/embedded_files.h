// Data files of the repository compiled into the tools (cmake/EmbedText.cmake), so a
// build tree and an installed copy read the same data without a data path.
#pragma once

#include <string_view>
#include <vector>

namespace plenary {

struct EmbeddedFile {
    std::string_view name;  // file name, without its folder
    std::string_view text;
};

} // namespace plenary
