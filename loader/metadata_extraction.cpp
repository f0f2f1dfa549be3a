#include "metadata_extraction.h"

#include "utf8_text.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>
#include <string_view>

namespace plenary::loader {
namespace {

constexpr std::size_t lead_passages = 2;
// The meeting is stated at the start; a bound keeps regex searches cheap on huge passages.
constexpr std::size_t lead_text_max_bytes = 4096;
constexpr std::size_t fallback_title_words = 10;

const std::string month_pattern =
    "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

// Meeting dates as communiqués write them: "14 to 18 October 2013", "4th to 8th October 2021",
// "6-8 October 2004", "30 September to 2 October 2015", "September 25-28, 2001".
const std::regex& dates_regex() {
    static const std::string day = R"(\d{1,2}(?:st|nd|rd|th)?)";
    static const std::string range = R"(\s*(?:-|–|—|to|and|until)\s*)";
    static const std::string day_first = day + R"((?:\s+)" + month_pattern + ")?(?:" + range + day +
                                         R"()?\s+)" + month_pattern + R"(,?\s+\d{4})";
    static const std::string month_first = month_pattern + R"(\s+)" + day + "(?:" + range + "(?:" +
                                           month_pattern + R"(\s+)?)" + day + R"()?,?\s+\d{4})";
    static const std::regex regex(R"(\b(?:)" + day_first + "|" + month_first + ")");
    return regex;
}

// The texts the meeting is described in: the headings, then the first passages.
struct Lead {
    std::vector<std::string> texts;
    std::size_t headings = 0;  // texts[0, headings) are the heading lines
};

struct Mention {
    std::size_t text = 0;   // index into Lead::texts
    std::size_t after = 0;  // offset just after the mention
};

bool is_abbreviation(std::string_view word) {
    static constexpr std::array<std::string_view, 9> titles{"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.",
                                                            "St.", "Amb.", "Jr.", "Sr."};
    const bool initials = word.size() >= 2 && word.find('.') < word.size() - 1;  // "H.E.", "J."
    return initials || (word.size() == 2 && word[1] == '.') ||
           std::find(titles.begin(), titles.end(), word) != titles.end();
}

bool is_one_of(std::string_view word, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

template <typename Strings>
std::string join(const Strings& parts, std::string_view separator) {
    std::string joined;
    for (const auto& part : parts) joined.append(joined.empty() ? "" : separator).append(part);
    return joined;
}

// The capitalised words at the start of text ("Buenos Aires from ..." -> "Buenos Aires"),
// with lowercase particles between capitalised words and honorific abbreviations kept.
std::string proper_name_at(std::string_view text, std::initializer_list<std::string_view> particles) {
    std::vector<std::string_view> words;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t space = std::min(text.find(' ', at), text.size());
        std::string_view word = text.substr(at, space - at);
        at = space + 1;
        bool closes_name = false;
        while (!word.empty() && std::string_view(",;:)").find(word.back()) != std::string_view::npos) {
            word.remove_suffix(1);
            closes_name = true;
        }
        if (word.ends_with('.') && !is_abbreviation(word)) {
            word.remove_suffix(1);
            closes_name = true;
        }
        const bool particle = is_one_of(word, particles) && !closes_name && !words.empty() &&
                              starts_uppercase(text.substr(std::min(at, text.size())));
        if (word.empty() || (!starts_uppercase(word) && !particle)) break;
        words.push_back(word);
        if (closes_name) break;
    }
    return join(words, " ");
}

std::string title_case_if_all_capitals(const std::string& name) {
    const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(name);
    icu::UnicodeString lower(unicode);
    lower.toLower();
    if (lower == unicode) return name;
    icu::UnicodeString upper(unicode);
    upper.toUpper();
    if (upper != unicode) return name;
    std::string titled;
    lower.toTitle(nullptr).toUTF8String(titled);
    return titled;
}

std::optional<std::smatch> search_lead(const Lead& lead, const std::regex& regex, Mention& where) {
    for (std::size_t i = 0; i < lead.texts.size(); ++i) {
        std::smatch match;
        if (std::regex_search(lead.texts[i], match, regex)) {
            where = {i, static_cast<std::size_t>(match.position(0) + match.length(0))};
            return match;
        }
    }
    return std::nullopt;
}

struct Ordinal {
    int number = 0;
    std::string written;  // "27th"
    Mention mention;
};

std::optional<Ordinal> find_plenary_ordinal(const Lead& lead) {
    static const std::regex regex(R"(\b(\d{1,3})(st|nd|rd|th) Plenary)", std::regex::icase);
    Ordinal ordinal;
    const std::optional<std::smatch> match = search_lead(lead, regex, ordinal.mention);
    if (!match) return std::nullopt;
    ordinal.number = std::stoi((*match)[1].str());
    ordinal.written = (*match)[1].str() + (*match)[2].str();
    return ordinal;
}

struct City {
    std::string name;
    Mention mention;
};

// "Plenary Meeting in Buenos Aires from ..." -> "Buenos Aires".
std::optional<City> find_city(const Lead& lead) {
    static const std::regex regex(R"(\bPlenary(?: Meeting| Session)?(?: was held)? in )", std::regex::icase);
    City city;
    if (!search_lead(lead, regex, city.mention)) return std::nullopt;
    const std::string_view text(lead.texts[city.mention.text]);
    city.name = title_case_if_all_capitals(
        proper_name_at(text.substr(city.mention.after), {"de", "del", "la", "le", "am", "upon", "on"}));
    if (city.name.empty()) return std::nullopt;
    return city;
}

bool equals_ignoring_ascii_case(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

// "Rome, Italy – ..." or "SEOUL, Republic of Korea – ..." -> the country after the city.
std::string find_country(const Lead& lead, const std::string& city) {
    static const std::regex month(month_pattern);
    const std::string city_then_comma = city + ", ";
    for (const std::string_view text : lead.texts) {
        for (std::size_t at = 0; at + city_then_comma.size() <= text.size(); ++at) {
            if (!equals_ignoring_ascii_case(text.substr(at, city_then_comma.size()), city_then_comma)) continue;
            if (at > 0 && std::isalnum(static_cast<unsigned char>(text[at - 1]))) continue;
            const std::string country = proper_name_at(text.substr(at + city_then_comma.size()), {"of", "the", "and"});
            if (!country.empty() && !std::regex_match(country.substr(0, country.find(' ')), month)) return country;
        }
    }
    return {};
}

std::string find_dates(const Lead& lead, const Mention& meeting) {
    std::smatch match;
    const std::string after_meeting = lead.texts[meeting.text].substr(meeting.after);
    if (std::regex_search(after_meeting, match, dates_regex())) return match.str();
    for (std::size_t i = 0; i < lead.headings; ++i)
        if (std::regex_search(lead.texts[i], match, dates_regex())) return match.str();
    return {};
}

std::optional<int> last_year_in(const std::string& text) {
    static const std::regex year(R"(\b(1[89]|20)\d{2}\b)");
    std::optional<int> found;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), year); it != std::sregex_iterator(); ++it)
        found = std::stoi(it->str());
    return found;
}

// "chaired by Ambassador Carlo Trezza, who ..." -> "Ambassador Carlo Trezza".
std::string find_chair(const Lead& lead) {
    static constexpr std::string_view marker = "chaired by ";
    for (const std::string_view text : lead.texts) {
        const std::size_t at = text.find(marker);
        if (at == std::string_view::npos) continue;
        const std::string chair = proper_name_at(
            text.substr(at + marker.size()),
            {"de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "dos", "das", "la", "le", "bin", "al"});
        if (!chair.empty()) return chair;
    }
    return {};
}

std::vector<std::string_view> split_words(std::string_view text) {
    std::vector<std::string_view> words;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t space = std::min(text.find(' ', at), text.size());
        if (space > at) words.push_back(text.substr(at, space - at));
        at = space + 1;
    }
    return words;
}

// "The Missile Technology Control Regime (MTCR) held its ..." -> "Missile Technology Control Regime".
std::string find_organisation(const Lead& lead, const Mention& meeting) {
    const std::string_view text(lead.texts[meeting.text]);
    const std::size_t held = text.find(" held its ");
    if (held == std::string_view::npos || held > meeting.after) return {};
    std::vector<std::string_view> words = split_words(text.substr(0, held));
    if (!words.empty() && words.back().starts_with('(') && words.back().ends_with(')')) words.pop_back();
    std::size_t first = words.size();
    while (first > 0 && !words[first - 1].ends_with('.') &&
           (starts_uppercase(words[first - 1]) || is_one_of(words[first - 1], {"of", "for", "on", "the", "and"})))
        --first;
    while (first < words.size() && (!starts_uppercase(words[first]) || words[first] == "The")) ++first;
    words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(first));
    return join(words, " ");
}

std::string month_and_year(const std::string& dates, std::optional<int> year) {
    static const std::regex month(month_pattern);
    std::string last_month;
    for (auto it = std::sregex_iterator(dates.begin(), dates.end(), month); it != std::sregex_iterator(); ++it)
        last_month = it->str();
    if (!year) return last_month;
    return last_month.empty() ? std::to_string(*year) : last_month + " " + std::to_string(*year);
}

// "33rd Plenary Meeting of the Missile Technology Control Regime, Sochi, October 2021".
std::string plenary_title(const CommuniqueMetadata& metadata, const std::optional<Ordinal>& ordinal,
                          const std::string& organisation) {
    std::string title = ordinal ? ordinal->written + " Plenary Meeting" : "Plenary Meeting";
    if (!organisation.empty()) title += " of the " + organisation;
    if (!metadata.city.empty()) title += ", " + metadata.city;
    const std::string when = month_and_year(metadata.dates, metadata.year);
    if (!when.empty()) title += ", " + when;
    return title;
}

std::string lead_text(std::string_view text) {
    if (text.size() <= lead_text_max_bytes) return std::string(text);
    return std::string(text.substr(0, text.rfind(' ', lead_text_max_bytes)));
}

// A heading without its markdown marks ("## Title" -> "Title").
std::string heading_text(std::string_view line) {
    const std::size_t text_start = line.find_first_not_of("# ");
    return text_start == std::string_view::npos ? std::string() : std::string(line.substr(text_start));
}

std::string first_words(std::string_view text, std::size_t count) {
    const std::vector<std::string_view> words = split_words(text);
    if (words.size() <= count) return std::string(text);
    return std::string(text.substr(0, static_cast<std::size_t>(words[count - 1].end() - text.begin()))) + " …";
}

} // namespace

CommuniqueMetadata extract_metadata(const std::vector<std::string>& title_lines, const std::vector<Passage>& passages) {
    Lead lead;
    for (const std::string& line : title_lines) lead.texts.push_back(lead_text(heading_text(line)));
    lead.headings = lead.texts.size();
    CommuniqueMetadata metadata;
    metadata.title = join(lead.texts, " – ");
    for (std::size_t i = 0; i < std::min(lead_passages, passages.size()); ++i)
        lead.texts.push_back(lead_text(passages[i].text));

    const std::optional<Ordinal> ordinal = find_plenary_ordinal(lead);
    const std::optional<City> city = find_city(lead);
    if (!ordinal && !city) {
        if (metadata.title.empty() && !passages.empty())
            metadata.title = first_words(passages.front().text, fallback_title_words);
        return metadata;
    }
    const Mention meeting = city ? city->mention : ordinal->mention;
    if (ordinal) metadata.plenary = ordinal->number;
    if (city) {
        metadata.city = city->name;
        metadata.country = find_country(lead, city->name);
    }
    metadata.dates = find_dates(lead, meeting);
    metadata.year = last_year_in(metadata.dates);
    metadata.chair = find_chair(lead);
    if (metadata.title.empty()) metadata.title = plenary_title(metadata, ordinal, find_organisation(lead, meeting));
    return metadata;
}

} // namespace plenary::loader
