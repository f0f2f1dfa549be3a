#include "meeting_place.h"

#include "meeting_dates.h"
#include "metadata_rules.h"
#include "proper_names.h"
#include "plenary/strings.h"

#include <cctype>

namespace plenary::loader {
namespace {

constexpr std::size_t city_max_words = 4;

std::string place_name_at(std::string_view text) {
    std::string name = title_case_if_all_capitals(proper_name_at(text, {"de", "del", "la", "le", "am", "sur"}));
    return starts_with_month(name) ? std::string() : name;
}

// The rules' spelling of a country name written in any case, or empty.
std::string country_named(const std::string& name) {
    for (const std::string& country : metadata_rules().countries)
        if (equals_ignoring_ascii_case(country, name)) return country;
    return {};
}

std::string country_at(std::string_view text) {
    return country_named(proper_name_at(text, {"of", "the", "and", "OF", "THE", "AND"}));
}

// text without the spaces, commas, dashes and bars around it (whole UTF-8 characters).
std::string_view trim_separators(std::string_view text) {
    static constexpr std::string_view separators[] = {" ", ",", "–", "—", "-", "|"};
    for (bool trimmed = true; trimmed;) {
        trimmed = false;
        for (const std::string_view separator : separators) {
            if (text.starts_with(separator)) {
                text.remove_prefix(separator.size());
                trimmed = true;
            }
            if (text.ends_with(separator)) {
                text.remove_suffix(separator.size());
                trimmed = true;
            }
        }
    }
    return text;
}

// "Plenary Meeting of the MTCR – Rome, Italy –" -> "Rome, Italy".
std::string_view place_segment(std::string_view before_date) {
    before_date = trim_separators(before_date);
    for (const std::string_view separator : {" – ", " — ", " - ", " | "}) {
        const std::size_t at = before_date.rfind(separator);
        if (at != std::string_view::npos) before_date.remove_prefix(at + separator.size());
    }
    return before_date;
}

std::optional<Dateline> dateline_in(const std::string& text) {
    std::smatch date;
    if (!std::regex_search(text, date, dates_regex())) return std::nullopt;
    const std::string_view after = trim(std::string_view(text).substr(date.position(0) + date.length(0)), " ,");
    if (!after.empty() && !after.starts_with("–") && !after.starts_with("—") && !after.starts_with("- ")) return std::nullopt;
    Dateline dateline{{}, {}, dates_as_written(date.str()), {}};
    std::vector<std::string_view> parts = split(place_segment(std::string_view(text).substr(0, date.position(0))), ',');
    for (std::string_view& part : parts) part = trim(part);
    if (parts.size() == 2) dateline.country = country_named(std::string(parts.back()));
    if (parts.size() > 2 || (parts.size() == 2 && dateline.country.empty())) return std::nullopt;
    const std::string_view city = parts.front();
    if (!city.empty()) {
        if (proper_name_at(city, {"de", "la", "le", "am"}) != city || split_words(city).size() > city_max_words)
            return std::nullopt;
        dateline.city = title_case_if_all_capitals(std::string(city));
    }
    return dateline;
}

} // namespace

std::optional<City> find_city_after_cue(const Lead& lead) {
    static const std::regex cue(R"(\b(?:)" + alternation(metadata_rules().place_cues) + R"()\s+)", std::regex::icase);
    for (std::size_t i = 0; i < lead.texts.size(); ++i) {
        const std::string& text = lead.texts[i];
        for (auto it = std::sregex_iterator(text.begin(), text.end(), cue); it != std::sregex_iterator(); ++it) {
            const auto after = static_cast<std::size_t>(it->position(0) + it->length(0));
            City city{place_name_at(std::string_view(text).substr(after)), {i, after, after}};
            city.mention.end = after + city.name.size();
            if (!city.name.empty() && split_words(city.name).size() <= city_max_words) return city;
        }
    }
    return std::nullopt;
}

std::optional<Dateline> find_dateline(const Lead& lead) {
    for (std::size_t i = 0; i < lead.texts.size(); ++i) {
        std::optional<Dateline> dateline = dateline_in(lead.texts[i]);
        if (!dateline) continue;
        dateline->mention = {i, 0, lead.texts[i].size()};
        return dateline;
    }
    return std::nullopt;
}

bool is_only_a_dateline(const std::string& text) {
    if (!dateline_in(text)) return false;
    std::smatch date;
    std::regex_search(text, date, dates_regex());
    const std::string_view before_date = trim_separators(std::string_view(text).substr(0, date.position(0)));
    return place_segment(before_date) == before_date;
}

std::string find_country(const Lead& lead, const std::string& city) {
    const std::string city_then_comma = city + ", ";
    for (const std::string_view text : lead.texts) {
        for (std::size_t at = 0; at + city_then_comma.size() <= text.size(); ++at) {
            if (!equals_ignoring_ascii_case(text.substr(at, city_then_comma.size()), city_then_comma)) continue;
            if (at > 0 && std::isalnum(static_cast<unsigned char>(text[at - 1]))) continue;
            const std::string country = country_at(text.substr(at + city_then_comma.size()));
            if (!country.empty()) return country;
        }
    }
    return {};
}

} // namespace plenary::loader
