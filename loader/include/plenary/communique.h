// A communiqué as plenary sees it: the body of a source file split into passages,
// with the metadata its text states.
#pragma once

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "plenary/communique_metadata.h"

namespace plenary {

// One paragraph (or, for text without line breaks, a window of whole sentences).
struct Passage {
    std::uint32_t ordinal;  // 1-based position among the communiqué's passages
    std::uint64_t start;    // byte offsets in the source file: [start, end) holds the passage,
    std::uint64_t end;      // across a stray blank line when one was rejoined
    std::string text;       // the passage, whitespace collapsed to single spaces
};

struct Communique {
    std::string id;                  // stable id, from the file name ("2013-rome-27th-plenary")
    std::filesystem::path file;      // absolute path of the source
    CommuniqueMetadata metadata;
    std::vector<Passage> passages;
    std::size_t invalid_bytes = 0;   // invalid UTF-8 bytes, replaced by spaces in passage text
};

// A file that cannot be read or is not text. what() names the reason, not the path.
class LoadError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Reads and parses a source file; a sidecar "<file>.meta.json" overrides metadata
// fields it names. Throws LoadError for unreadable, binary or empty files and for
// pages with no communiqué text (only headings, links or menus).
Communique load_communique(const std::filesystem::path& file);

// Parses the bytes of a source file (no I/O; file is recorded as given).
Communique parse_communique(std::string_view bytes, const std::filesystem::path& file);

// The stable communiqué id for a file name: lowercase slug of its stem.
std::string communique_id_for(const std::filesystem::path& file);

} // namespace plenary
