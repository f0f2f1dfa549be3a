#include <plenary/communique.h>

#include "body_detection.h"
#include "metadata_extraction.h"
#include "passage_splitting.h"
#include "text_blocks.h"
#include "plenary/files.h"
#include "utf8_text.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <system_error>

namespace plenary {
namespace {

constexpr std::size_t binary_probe_bytes = 8192;

std::string read_source(const std::filesystem::path& file) {
    try {
        return read_file(file);
    } catch (const FileReadError& error) {
        throw LoadError("cannot read: " + error.reason());
    }
}

void reject_binary_prefix(std::string_view bytes) {
    if (bytes.substr(0, binary_probe_bytes).find('\0') != std::string_view::npos)
        throw LoadError("binary file (NUL bytes)");
}

// Random bytes are about half invalid UTF-8 and control characters; text is almost none.
void reject_mostly_invalid(const loader::CleanText& clean) {
    if ((clean.invalid_bytes + clean.control_chars) * 10 > clean.bytes.size() * 3)
        throw LoadError("binary file (mostly invalid UTF-8)");
}

std::vector<std::string> collapsed_blocks(std::string_view text, const std::vector<loader::Block>& blocks,
                                          const std::vector<std::size_t>& which) {
    std::vector<std::string> collapsed;
    for (const std::size_t i : which)
        collapsed.push_back(loader::collapse_whitespace(text.substr(blocks[i].start, blocks[i].end - blocks[i].start)));
    return collapsed;
}

void assign(const nlohmann::json& value, std::string& field) {
    field = value.is_null() ? std::string() : value.get<std::string>();
}

void assign(const nlohmann::json& value, std::optional<int>& field) {
    field = value.is_null() ? std::nullopt : std::optional<int>(value.get<int>());
}

void apply_sidecar(const nlohmann::json& sidecar, CommuniqueMetadata& metadata) {
    for_each_field(metadata, [&](const char* key, auto& field) {
        if (const auto it = sidecar.find(key); it != sidecar.end()) assign(*it, field);
    });
}

void apply_sidecar_if_present(const std::filesystem::path& file, Communique& communique) {
    std::filesystem::path sidecar_path = file;
    sidecar_path += ".meta.json";
    std::error_code missing;
    if (!std::filesystem::exists(sidecar_path, missing) && !missing) return;
    const std::string name = sidecar_path.filename().string();
    std::string text;
    try {
        text = read_source(sidecar_path);
    } catch (const LoadError& error) {
        throw LoadError("sidecar " + name + ": " + error.what());
    }
    try {
        const nlohmann::json sidecar = nlohmann::json::parse(text);
        if (!sidecar.is_object()) throw LoadError("malformed sidecar " + name + ": not a JSON object");
        apply_sidecar(sidecar, communique.metadata);
    } catch (const nlohmann::json::exception& error) {
        throw LoadError("malformed sidecar " + name + ": " + error.what());
    }
}

} // namespace

Communique parse_communique(std::string_view bytes, const std::filesystem::path& file) {
    reject_binary_prefix(bytes);
    const loader::CleanText clean = loader::clean_utf8(bytes);
    if (loader::trim_whitespace(clean.bytes).empty()) throw LoadError("empty file");
    reject_mostly_invalid(clean);

    const std::vector<loader::Block> blocks = loader::split_blocks(clean.bytes);
    const std::optional<loader::BodyLayout> body = loader::find_body(blocks);
    if (!body) throw LoadError("no communiqué text found (only headings, links or menus)");

    Communique communique;
    communique.id = communique_id_for(file);
    communique.file = file;
    communique.invalid_bytes = clean.invalid_bytes;
    communique.passages = loader::split_passages(clean.bytes, blocks, body->first_block, body->last_block);
    communique.metadata =
        loader::extract_metadata(collapsed_blocks(clean.bytes, blocks, body->title_blocks), communique.passages);
    return communique;
}

Communique load_communique(const std::filesystem::path& file) {
    const std::filesystem::path absolute = std::filesystem::absolute(file);
    Communique communique = parse_communique(read_source(absolute), absolute);
    apply_sidecar_if_present(absolute, communique);
    return communique;
}

std::string communique_id_for(const std::filesystem::path& file) {
    std::string id;
    bool pending_dash = false;
    for (const char c : file.stem().string()) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80 && std::isalnum(byte)) {
            if (pending_dash && !id.empty()) id.push_back('-');
            pending_dash = false;
            id.push_back(static_cast<char>(std::tolower(byte)));
        } else {
            pending_dash = true;
        }
    }
    return id.empty() ? "doc" : id;
}

} // namespace plenary
