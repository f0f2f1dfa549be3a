#include <plenary/communique.h>

#include "document_passages.h"
#include "document_reading.h"
#include "metadata_extraction.h"
#include "plenary/files.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <system_error>

namespace plenary {
namespace {

std::string read_source(const std::filesystem::path& file) {
    try {
        return read_file(file);
    } catch (const FileReadError& error) {
        throw LoadError("cannot read: " + error.reason());
    }
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
    const loader::ReadDocument read = loader::read_document(bytes, file);
    Communique communique;
    communique.id = communique_id_for(file);
    communique.file = file;
    communique.format = read.document.format;
    if (read.decoded) {
        communique.encoding = read.decoded->encoding;
        communique.encoding_guessed = read.decoded->guessed;
        communique.encoding_declared = read.decoded->declared;
        communique.invalid_bytes = read.decoded->invalid_bytes;
    }
    communique.passages = loader::document_passages(read.document, read.decoded ? &*read.decoded : nullptr);
    if (communique.passages.empty()) throw LoadError("no communiqué text found (only headings, links or menus)");
    communique.metadata = loader::extract_metadata(loader::leading_headings(read.document), communique.passages, file,
                                                   read.document.title);
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
