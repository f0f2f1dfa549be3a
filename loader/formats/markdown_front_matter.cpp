#include "markdown_front_matter.h"

#include "utf8_text.h"

#include <plenary/strings.h>

#include <cctype>

namespace plenary::loader {
namespace {

std::string title_value(std::string_view line) {
    constexpr std::string_view key = "title:";
    if (line.substr(0, key.size()) != key) return {};
    std::string_view value = trim(line.substr(key.size()));
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
        value = value.substr(1, value.size() - 2);
    return collapse_whitespace(value);
}

// "key:" at the start of a line, as YAML writes a mapping's key.
bool starts_with_key(std::string_view line) {
    const std::size_t colon = line.find(':');
    if (colon == 0 || colon == std::string_view::npos) return false;
    for (const char c : line.substr(0, colon))
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') return false;
    return true;
}

} // namespace

std::optional<FrontMatter> find_front_matter(std::string_view text) {
    std::size_t at = 0;
    FrontMatter front_matter;
    std::size_t lines = 0;
    bool keys_seen = false;
    while (at < text.size()) {
        const std::size_t newline = text.find('\n', at);
        const std::size_t next = newline == std::string_view::npos ? text.size() : newline + 1;
        const std::string_view line = trim(text.substr(at, next - at));
        at = next;
        if (lines++ == 0) {
            if (line != "---") return std::nullopt;
        } else if (keys_seen && (line == "---" || line == "...")) {
            front_matter.end = next;
            return front_matter;
        } else if (!keys_seen && !line.empty()) {
            if (!starts_with_key(line)) return std::nullopt;
            keys_seen = true;
        }
        if (front_matter.title.empty()) front_matter.title = title_value(line);
    }
    return std::nullopt;
}

std::string without_front_matter(std::string_view text, const FrontMatter& front_matter) {
    std::string masked(text);
    for (std::size_t at = 0; at < front_matter.end; ++at)
        if (masked[at] != '\n' && masked[at] != '\r') masked[at] = ' ';
    return masked;
}

} // namespace plenary::loader
