#include "metadata_rules.h"

#include "plenary/embedded_files.h"
#include "plenary/strings.h"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

namespace plenary {
std::vector<EmbeddedFile> builtin_metadata_rules();  // cmake: plenary_embed_files
}

namespace plenary::loader {
namespace {

// A rules file as '='-separated entries per [section] ("" before the first section).
using Sections = std::map<std::string, std::vector<std::vector<std::string>>>;

Sections read_sections(const EmbeddedFile& file) {
    Sections sections;
    std::string section;
    for (const std::string_view raw : split_lines(file.text)) {
        const std::string_view line = trim(raw);
        if (line.empty() || line.front() == '#') continue;
        if (line.front() == '[' && line.back() == ']') {
            section = std::string(line.substr(1, line.size() - 2));
            continue;
        }
        std::vector<std::string> entry;
        for (const std::string_view name : split(line, '=')) entry.emplace_back(trim(name));
        sections[section].push_back(std::move(entry));
    }
    return sections;
}

[[noreturn]] void malformed(const EmbeddedFile& file, const std::string& reason) {
    throw std::logic_error(fmt::format("loader/metadata_rules/{}: {}", file.name, reason));
}

std::vector<Organisation> organisations_of(const EmbeddedFile& file) {
    std::vector<Organisation> organisations;
    Sections sections = read_sections(file);
    for (const auto& names : sections[""]) {
        const auto full = std::find_if(names.begin(), names.end(), [](const auto& name) { return !is_one_word(name); });
        if (full == names.end()) malformed(file, names.front() + " has no full name");
        organisations.push_back({names.front(), *full, names});
    }
    return organisations;
}

int number_of(const EmbeddedFile& file, const std::vector<std::string>& entry) {
    if (entry.size() == 2) {
        try {
            std::size_t used = 0;
            const int number = std::stoi(entry[0], &used);
            if (used == entry[0].size()) return number;
        } catch (const std::logic_error&) {  // not a number, or out of range
        }
    }
    malformed(file, "expected NUMBER = word");
}

std::map<std::string, int> numbered_words(const EmbeddedFile& file, const std::vector<std::vector<std::string>>& entries) {
    std::map<std::string, int> words;
    for (const auto& entry : entries) words[lowercase_ascii(entry.back())] = number_of(file, entry);
    return words;
}

std::vector<std::string> single_names(const std::vector<std::vector<std::string>>& entries) {
    std::vector<std::string> names;
    for (const auto& entry : entries) names.insert(names.end(), entry.begin(), entry.end());
    return names;
}

const EmbeddedFile& file_named(const std::vector<EmbeddedFile>& files, std::string_view name) {
    const auto found = std::find_if(files.begin(), files.end(), [&](const auto& file) { return file.name == name; });
    if (found == files.end()) throw std::logic_error(fmt::format("loader/metadata_rules/{} is not built in", name));
    return *found;
}

MetadataRules parse_rules() {
    const std::vector<EmbeddedFile> files = builtin_metadata_rules();
    MetadataRules rules;
    rules.organisations = organisations_of(file_named(files, "organisations.txt"));
    const EmbeddedFile& ordinals = file_named(files, "ordinals.txt");
    Sections numbers = read_sections(ordinals);
    rules.ordinal_words = numbered_words(ordinals, numbers["ordinals"]);
    rules.tens_words = numbered_words(ordinals, numbers["tens"]);
    Sections meetings = read_sections(file_named(files, "meetings.txt"));
    rules.meeting_words = single_names(meetings["meetings"]);
    rules.qualifiers = single_names(meetings["qualifiers"]);
    rules.place_cues = single_names(meetings["place cues"]);
    for (const std::string& country : single_names(read_sections(file_named(files, "countries.txt"))[""]))
        rules.countries.insert(country);
    std::uint64_t hash = 0;
    for (const EmbeddedFile& file : files) hash = hash * 31 + fnv1a(file.text);
    rules.fingerprint = fmt::format("{:016x}", hash);
    return rules;
}

} // namespace

bool is_one_word(std::string_view name) { return name.find(' ') == std::string_view::npos; }

const MetadataRules& metadata_rules() {
    static const MetadataRules rules = parse_rules();
    return rules;
}

} // namespace plenary::loader
