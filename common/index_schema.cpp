#include "plenary/index_schema.h"

#include "plenary/strings.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <stdexcept>

namespace plenary::schema {

namespace {

constexpr char field_separator = '\n';

std::string_view next_field(std::string_view& data) {
    auto cut = data.find(field_separator);
    if (cut == std::string_view::npos) throw std::runtime_error("truncated passage record");
    std::string_view field = data.substr(0, cut);
    data.remove_prefix(cut + 1);
    return field;
}

std::uint64_t to_number(std::string_view field) {
    std::uint64_t value = 0;
    auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), value);
    if (error != std::errc() || end != field.data() + field.size()) throw std::runtime_error("bad number in passage record");
    return value;
}

std::optional<std::uint64_t> to_optional_number(std::string_view field) {
    if (field.empty()) return std::nullopt;
    return to_number(field);
}

std::string optional_field(const std::optional<std::uint64_t>& value) { return value ? std::to_string(*value) : ""; }

void put(nlohmann::json& json, const char* key, const std::string& value) { json[key] = value; }

void put(nlohmann::json& json, const char* key, const std::optional<int>& value) {
    if (value) json[key] = *value; else json[key] = nullptr;
}

// A field that a record written before it existed lacks is empty.
void get(const nlohmann::json& json, const char* key, std::string& value) {
    auto found = json.find(key);
    value = found == json.end() ? std::string() : found->get<std::string>();
}

void get(const nlohmann::json& json, const char* key, std::optional<int>& value) {
    auto found = json.find(key);
    if (found == json.end() || found->is_null()) value = std::nullopt; else value = found->get<int>();
}

} // namespace

// Newline-separated fields, the text last: passage text never holds a newline, and
// this is cheaper to read per hit than JSON. A missing offset is an empty field.
std::string encode(const PassageRecord& record) {
    return fmt::format("{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}", record.passage_id, record.communique_id,
                       optional_field(record.start), optional_field(record.end), record.line, record.column, record.page,
                       tags_value(record.tags), record.text);
}

PassageRecord decode_passage(std::string_view data) {
    PassageRecord record;
    record.passage_id = next_field(data);
    record.communique_id = next_field(data);
    record.start = to_optional_number(next_field(data));
    record.end = to_optional_number(next_field(data));
    record.line = static_cast<std::uint32_t>(to_number(next_field(data)));
    record.column = static_cast<std::uint32_t>(to_number(next_field(data)));
    record.page = static_cast<std::uint32_t>(to_number(next_field(data)));
    record.tags = tags_from_value(next_field(data));
    record.text = data;
    return record;
}

std::string encode(const CommuniqueRecord& record) {
    nlohmann::json json{{"id", record.id}, {"file", record.file}, {"format", record.format}, {"passages", record.passages}};
    for_each_field(record.metadata, [&](const char* key, const auto& field) { put(json, key, field); });
    return json.dump();
}

CommuniqueRecord decode_communique(std::string_view text) {
    auto json = nlohmann::json::parse(text);
    CommuniqueRecord record;
    record.id = json.at("id").get<std::string>();
    record.file = json.at("file").get<std::string>();
    record.format = json.value("format", "text");
    record.passages = json.at("passages").get<std::uint32_t>();
    for_each_field(record.metadata, [&](const char* key, auto& field) { get(json, key, field); });
    return record;
}

std::string encode(const SourceRecord& record) {
    return nlohmann::json{{"file", record.file},
                          {"communique", record.communique_id},
                          {"size", record.size},
                          {"mtime_ns", record.mtime_ns},
                          {"sidecar_mtime_ns", record.sidecar_mtime_ns}}
        .dump();
}

SourceRecord decode_source(std::string_view text) {
    auto json = nlohmann::json::parse(text);
    return SourceRecord{json.at("file").get<std::string>(), json.at("communique").get<std::string>(),
                        json.at("size").get<std::uint64_t>(), json.at("mtime_ns").get<std::int64_t>(),
                        json.at("sidecar_mtime_ns").get<std::int64_t>()};
}

// Metadata keys are limited in length, paths are not: key by a hash of the path
// (FNV-1a), the path itself is in the record.
std::string source_key(std::string_view file) {
    return fmt::format("{}{:016x}", source_key_prefix, fnv1a(file));
}

std::string city_term(std::string_view folded_city_words) {
    std::string term(city_prefix);
    for (char c : folded_city_words) term += (c == ' ' ? '-' : c);
    return term;
}

std::string tags_value(const std::vector<std::string>& tags) {
    std::string value;
    for (const auto& tag : tags) {
        if (!value.empty()) value += ' ';
        value += tag;
    }
    return value;
}

std::vector<std::string> tags_from_value(std::string_view value) {
    std::vector<std::string> tags;
    while (!value.empty()) {
        auto cut = value.find(' ');
        tags.emplace_back(value.substr(0, cut));
        value.remove_prefix(cut == std::string_view::npos ? value.size() : cut + 1);
    }
    return tags;
}

std::string year_value(int year) { return fmt::format("{:04d}", year); }

std::string sort_value(std::string_view communique_id, std::uint32_t ordinal) {
    return fmt::format("{}#{:08d}", communique_id, ordinal);
}

std::string passage_id_of_sort_value(std::string_view value) {
    auto hash = value.rfind('#');
    auto ordinal = value.substr(hash + 1);
    ordinal.remove_prefix(std::min(ordinal.find_first_not_of('0'), ordinal.size() - 1));
    return std::string(value.substr(0, hash + 1)) + std::string(ordinal);
}

} // namespace plenary::schema
