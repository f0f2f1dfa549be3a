#include "metadata_lead.h"

#include <algorithm>
#include <tuple>

namespace plenary::loader {
namespace {

std::string phrase_pattern(const std::string& phrase) {
    static const std::string special = R"(\^$.|?*+()[]{}/)";
    std::string pattern;
    for (const char c : phrase) {
        if (c == ' ') {
            if (!pattern.ends_with(R"(\s+)")) pattern += R"(\s+)";
            continue;
        }
        if (special.find(c) != std::string::npos) pattern += '\\';
        pattern += c;
    }
    return pattern;
}

} // namespace

bool earlier(const Mention& a, const Mention& b) { return std::tie(a.text, a.begin) < std::tie(b.text, b.begin); }

std::optional<LeadMatch> search_lead(const Lead& lead, const std::regex& regex, bool (*may_match)(std::string_view text)) {
    for (std::size_t i = 0; i < lead.texts.size(); ++i) {
        if (may_match && !may_match(lead.texts[i])) continue;
        LeadMatch match;
        if (!std::regex_search(lead.texts[i], match.groups, regex)) continue;
        const auto begin = static_cast<std::size_t>(match.groups.position(0));
        match.mention = {i, begin, begin + static_cast<std::size_t>(match.groups.length(0))};
        return match;
    }
    return std::nullopt;
}

std::string alternation(std::vector<std::string> phrases) {
    std::stable_sort(phrases.begin(), phrases.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    std::string pattern;
    for (const std::string& phrase : phrases) {
        if (!pattern.empty()) pattern += '|';
        pattern += phrase_pattern(phrase);
    }
    return pattern;
}

} // namespace plenary::loader
