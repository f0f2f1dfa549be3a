// A communiqué as plenary sees it: the body of a source file split into passages,
// with the metadata its text states.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "plenary/communique_metadata.h"

namespace plenary {

// One paragraph (or, for text without line breaks, a window of whole sentences).
struct Passage {
    std::uint32_t ordinal = 0;           // 1-based position among the communiqué's passages
    std::optional<std::uint64_t> start;  // byte offsets in the source file: [start, end) holds the passage,
    std::optional<std::uint64_t> end;    // across a stray blank line when one was rejoined; none for PDF
    std::uint32_t line = 0;              // 1-based line and byte column of the start in the source
    std::uint32_t column = 0;            // (0 for PDF)
    std::uint32_t page = 0;              // 1-based first page of a PDF's passage (0 for text formats)
    std::string text;                    // the passage, whitespace collapsed to single spaces
};

// Where a byte of a text source is: 1-based line and byte column of the decoded text, and the offset
// in the source file.
struct TextPosition {
    std::size_t line = 0;
    std::size_t column = 0;
    std::uint64_t offset = 0;
};

// "line 3, column 17 (byte offset 52)".
std::string describe(const TextPosition& position);

struct Communique {
    std::string id;                  // stable id, from the file name ("2013-rome-27th-plenary")
    std::filesystem::path file;      // absolute path of the source
    CommuniqueMetadata metadata;
    std::vector<Passage> passages;
    std::string format;              // "text", "markdown", "html" or "pdf"
    std::string encoding;            // as read ("UTF-8", "UTF-16LE", "windows-1252", ...); empty for PDF
    bool encoding_guessed = false;   // found by the charset detector, not stated by the bytes
    bool encoding_declared = false;  // the charset an HTML page declares (<meta charset>)
    std::size_t invalid_bytes = 0;   // bytes that did not decode, replaced by spaces in passage text
    std::optional<TextPosition> first_invalid;  // where the first of them was
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

// The full name of an organisation that the metadata rules know by its stored name
// ("Missile Technology Control Regime" for "MTCR"); empty for one they do not know.
std::string organisation_full_name(std::string_view org);

// Identifies the rules metadata is read with (loader/metadata_rules/, compiled in): an index
// whose communiqués were read with other rules must read them again.
const std::string& metadata_rules_fingerprint();

// The stable communiqué id for a file name: lowercase slug of its stem.
std::string communique_id_for(const std::filesystem::path& file);

// Whether a file in a folder is read as a communiqué: .txt, .md, .html, .htm, .xhtml, .pdf.
// A file named on its own is read whatever its extension (as plain text if not one of these).
bool has_supported_extension(const std::filesystem::path& file);

// How a file is read, for plenary-index --explain: format, encoding, metadata, each passage with
// its source lines or page, and every heading or dropped block with the reason. Throws LoadError.
std::string explain_communique(const std::filesystem::path& file);

} // namespace plenary
