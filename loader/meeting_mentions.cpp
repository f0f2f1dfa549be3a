#include "meeting_mentions.h"

#include "plenary/strings.h"

#include <algorithm>
#include <cctype>

namespace plenary::loader {
namespace {

bool is_word_character(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// The first occurrence of name in text as whole words: as written for a one-word name, in any
// ASCII case for a longer one.
std::optional<std::size_t> find_name(std::string_view text, std::string_view name) {
    const bool exact = is_one_word(name);
    const auto same = [exact](char a, char b) {
        return exact ? a == b : std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
    };
    for (auto at = text.begin();; ++at) {
        at = std::search(at, text.end(), name.begin(), name.end(), same);
        if (at == text.end()) return std::nullopt;
        const auto after = at + static_cast<std::ptrdiff_t>(name.size());
        if ((at == text.begin() || !is_word_character(at[-1])) && (after == text.end() || !is_word_character(*after)))
            return static_cast<std::size_t>(at - text.begin());
    }
}

// Whether text holds, in any ASCII case, the first word of a meeting word ("plenary", "regular"):
// both regexes below match only where it does, and this test costs a fraction of theirs.
bool may_name_a_meeting(std::string_view text) {
    static const std::vector<std::string> first_words = [] {
        std::vector<std::string> words;
        for (const std::string& meeting : metadata_rules().meeting_words) words.push_back(lowercase_ascii(meeting.substr(0, meeting.find(' '))));
        return words;
    }();
    const std::string lower = lowercase_ascii(text);
    return std::any_of(first_words.begin(), first_words.end(),
                       [&](const std::string& word) { return lower.find(word) != std::string::npos; });
}

std::string words_of(const std::map<std::string, int>& numbered) {
    std::vector<std::string> words;
    for (const auto& [word, number] : numbered) words.push_back(word);
    return alternation(words);
}

// Groups: 1 the ordinal in digits, 2 a tens word, 3 an ordinal word.
const std::regex& ordinal_regex() {
    static const std::regex regex = [] {
        const MetadataRules& rules = metadata_rules();
        const std::string ordinal = R"((\d{1,3})(?:st|nd|rd|th)|(?:()" + words_of(rules.tens_words) + R"()[-\s]?)?()" +
                                    words_of(rules.ordinal_words) + ")";
        return std::regex(R"(\b(?:)" + ordinal + R"()\s+(?:(?:)" + alternation(rules.qualifiers) + R"()\s+)?(?:)" +
                              alternation(rules.meeting_words) + R"()\b)",
                          std::regex::icase);
    }();
    return regex;
}

int number_of(const std::smatch& groups) {
    if (groups[1].matched) return std::stoi(groups[1].str());
    const MetadataRules& rules = metadata_rules();
    const int units = rules.ordinal_words.at(lowercase_ascii(groups[3].str()));
    return groups[2].matched ? rules.tens_words.at(lowercase_ascii(groups[2].str())) + units : units;
}

} // namespace

std::optional<OrganisationMention> find_organisation(const Lead& lead) {
    std::optional<OrganisationMention> first;
    for (const Organisation& organisation : metadata_rules().organisations) {
        for (const std::string& name : organisation.names) {
            for (std::size_t i = 0; i < lead.texts.size(); ++i) {
                const std::optional<std::size_t> at = find_name(lead.texts[i], name);
                if (!at) continue;
                const Mention mention{i, *at, *at + name.size()};
                if (!first || earlier(mention, first->mention)) first = OrganisationMention{&organisation, mention};
                break;
            }
        }
    }
    return first;
}

std::optional<Ordinal> find_plenary_ordinal(const Lead& lead) {
    const std::optional<LeadMatch> match = search_lead(lead, ordinal_regex(), may_name_a_meeting);
    if (!match) return std::nullopt;
    return Ordinal{number_of(match->groups), match->mention};
}

std::string ordinal_in_digits(int number) {
    const int tens = number % 100;
    const char* suffix = "th";
    if (tens < 11 || tens > 13) {
        if (number % 10 == 1) suffix = "st";
        if (number % 10 == 2) suffix = "nd";
        if (number % 10 == 3) suffix = "rd";
    }
    return std::to_string(number) + suffix;
}

bool names_a_meeting(const Lead& lead) {
    static const std::regex meeting(R"(\b(?:)" + alternation(metadata_rules().meeting_words) + R"()\b)",
                                    std::regex::icase);
    return search_lead(lead, meeting, may_name_a_meeting).has_value();
}

} // namespace plenary::loader
