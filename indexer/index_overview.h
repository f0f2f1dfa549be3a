// plenary-index --status and --list: what an index holds, read without changing it.
#pragma once

#include <filesystem>
#include <ostream>

namespace plenary {

// One "name  value" line each: the index folder, communiqués, passages, size on disk, last update,
// format, vocabulary and tag rules in use, and "tags" with the tag names separated by spaces.
// Throws runtime_error when there is no plenary index in dir.
void print_index_status(std::ostream& out, const std::filesystem::path& dir);

// One tab-separated line per communiqué, by id: id, year, city, organisation, passages, file.
void print_index_list(std::ostream& out, const std::filesystem::path& dir);

} // namespace plenary
