#include "meeting_dates.h"

#include "proper_names.h"

namespace plenary::loader {
namespace {

const std::string& month_pattern() {
    static const std::string months = [] {
        std::string pattern = "(?:";
        for (const char* month : {"January", "February", "March", "April", "May", "June", "July", "August",
                                  "September", "October", "November", "December"}) {
            std::string capitals = month;
            for (char& c : capitals) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            pattern += std::string(pattern.size() > 3 ? "|" : "") + month + "|" + capitals;
        }
        return pattern + ")";
    }();
    return months;
}

const std::regex& month_regex() {
    static const std::regex regex(month_pattern());
    return regex;
}

} // namespace

const std::regex& dates_regex() {
    static const std::regex regex = [] {
        const std::string& month = month_pattern();
        const std::string day = R"(\d{1,2}(?:st|nd|rd|th)?)";
        const std::string range = R"((?:\s*(?:-|–|—)\s*|\s+(?:to|and|until|through)\s+))";
        const std::string year = R"((?:,?\s+\d{4}(?!\d))?)";
        const std::string day_first =
            R"((?:from\s+)?)" + day + R"((?:\s+)" + month + ")?(?:" + range + day + R"()?\s+)" + month + year;
        const std::string month_first =
            month + R"(\s+)" + day + "(?:" + range + "(?:" + month + R"(\s+)?)" + day + ")?" + year;
        return std::regex(R"(\b(?:)" + day_first + "|" + month_first + ")");
    }();
    return regex;
}

std::string dates_as_written(const std::string& match) {
    static const std::regex said_to(R"(\s(?:to|until|through)\s)");
    if (!match.starts_with("from") || std::regex_search(match, said_to)) return match;
    return match.substr(match.find_first_not_of(" ", 4));
}

bool starts_with_month(const std::string& text) {
    std::smatch month;
    return std::regex_search(text, month, month_regex(), std::regex_constants::match_continuous) &&
           (text.size() == static_cast<std::size_t>(month.length(0)) || text[month.length(0)] == ' ');
}

std::optional<int> year_in(const std::string& dates) {
    static const std::regex year(R"(\b\d{4}\b)");
    std::optional<int> found;
    for (auto it = std::sregex_iterator(dates.begin(), dates.end(), year); it != std::sregex_iterator(); ++it)
        found = std::stoi(it->str());
    return found;
}

std::optional<int> year_of_file_name(const std::filesystem::path& file) {
    static const std::regex leading_year(R"(^(1[5-9]|20)\d{2}(?!\d))");
    const std::string stem = file.stem().string();
    std::smatch match;
    if (!std::regex_search(stem, match, leading_year)) return std::nullopt;
    return std::stoi(match.str());
}

std::string month_and_year(const std::string& dates, std::optional<int> year) {
    std::string last_month;
    for (auto it = std::sregex_iterator(dates.begin(), dates.end(), month_regex()); it != std::sregex_iterator(); ++it)
        last_month = title_case_if_all_capitals(it->str());
    if (!year) return last_month;
    return last_month.empty() ? std::to_string(*year) : last_month + " " + std::to_string(*year);
}

} // namespace plenary::loader
