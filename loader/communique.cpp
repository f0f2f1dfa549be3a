#include <plenary/communique.h>

#include "document_passages.h"
#include "document_reading.h"
#include "metadata_extraction.h"
#include "plenary/files.h"
#include "plenary/strings.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <limits>
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

// "a string", "a number", ... as a message names a JSON value's type.
std::string type_of(const nlohmann::json& value) {
    if (value.is_string()) return "a string";
    if (value.is_number()) return "a number";
    if (value.is_boolean()) return "true or false";
    if (value.is_array()) return "an array";
    return "an object";
}

// What a sidecar's key holds does not fit its field: the key, what it takes and what it holds.
LoadError wrong_value(const char* key, std::string_view expected, const nlohmann::json& value) {
    return LoadError(fmt::format("key \"{}\": expected {}, got {}", key, expected, type_of(value)));
}

void assign(const char* key, const nlohmann::json& value, std::string& field) {
    if (!value.is_null() && !value.is_string()) throw wrong_value(key, "a string or null", value);
    field = value.is_null() ? std::string() : value.get<std::string>();
}

void assign(const char* key, const nlohmann::json& value, std::optional<int>& field) {
    if (value.is_null()) {
        field = std::nullopt;
        return;
    }
    if (!value.is_number()) throw wrong_value(key, "a number or null", value);
    if (!value.is_number_integer() || value.get<std::int64_t>() < 0 || value.get<std::int64_t>() > std::numeric_limits<int>::max()) {
        throw LoadError(fmt::format("key \"{}\": expected a whole number from 0 to {}, got {}", key,
                                    std::numeric_limits<int>::max(), value.dump()));
    }
    field = value.get<int>();
}

// A key that names no field (a typo such as "colour" or "yaer") would be ignored without a word.
void check_keys(const nlohmann::json& sidecar) {
    const CommuniqueMetadata fields;
    std::string keys;
    for_each_field(fields, [&](const char* key, const auto&) { keys += (keys.empty() ? "" : ", ") + std::string(key); });
    for (const auto& item : sidecar.items()) {
        const std::string& key = item.key();
        bool known = false;
        for_each_field(fields, [&](const char* name, const auto&) { known = known || key == name; });
        if (!known) throw LoadError(fmt::format("unknown key \"{}\" (the keys are {})", printable(key), keys));
    }
}

void apply_sidecar(const nlohmann::json& sidecar, CommuniqueMetadata& metadata) {
    check_keys(sidecar);
    for_each_field(metadata, [&](const char* key, auto& field) {
        if (const auto it = sidecar.find(key); it != sidecar.end()) assign(key, *it, field);
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
    nlohmann::json sidecar;
    try {
        sidecar = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& error) {
        // what() is "[json.exception.parse_error.101] parse error at line 1, column 19: ...".
        const std::string_view what = error.what();
        throw LoadError("malformed sidecar " + name + ": " + std::string(what.substr(what.find("] ") + 2)));
    }
    try {
        if (!sidecar.is_object()) throw LoadError("not a JSON object");
        apply_sidecar(sidecar, communique.metadata);
    } catch (const LoadError& error) {
        throw LoadError("malformed sidecar " + name + ": " + error.what());
    }
}

// Line and column in the decoded text, offset in the source.
TextPosition position_of(const loader::DecodedText& decoded, std::size_t text_offset) {
    const std::string_view before = std::string_view(decoded.text).substr(0, text_offset);
    const auto line_start = before.rfind('\n');
    return {static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n')) + 1,
            text_offset - (line_start == std::string_view::npos ? 0 : line_start + 1) + 1, decoded.source_offset(text_offset)};
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
        if (read.decoded->first_invalid) communique.first_invalid = position_of(*read.decoded, *read.decoded->first_invalid);
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

std::string describe(const TextPosition& position) {
    return fmt::format("line {}, column {} (byte offset {})", position.line, position.column, position.offset);
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
