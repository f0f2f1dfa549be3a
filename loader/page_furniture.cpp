#include "page_furniture.h"

#include "utf8_text.h"

#include <cctype>
#include <map>
#include <regex>

namespace plenary::loader {
namespace {

constexpr std::size_t running_head_max_words = 15;
constexpr std::size_t bare_page_numbers_min = 2;

std::string_view line_text(std::string_view text, const TextLine& line) {
    return text.substr(line.start, line.end - line.start);
}

// The nearest non-blank line before (step -1) or after (step +1) line i, or lines.size().
std::size_t neighbour(const std::vector<TextLine>& lines, std::size_t i, int step) {
    for (std::size_t at = i + static_cast<std::size_t>(step); at < lines.size(); at += static_cast<std::size_t>(step))
        if (!lines[at].blank()) return at;
    return lines.size();
}

std::vector<bool> page_number_lines(std::string_view text, const std::vector<TextLine>& lines) {
    std::vector<PageNumberForm> forms;
    std::size_t bare = 0;
    for (const TextLine& line : lines) {
        forms.push_back(line.blank() ? PageNumberForm::none : page_number_form(line_text(text, line)));
        bare += forms.back() == PageNumberForm::bare;
    }
    std::vector<bool> numbers;
    for (const PageNumberForm form : forms)
        numbers.push_back(form == PageNumberForm::labelled || (form == PageNumberForm::bare && bare >= bare_page_numbers_min));
    return numbers;
}

bool next_to_page_number(const std::vector<TextLine>& lines, const std::vector<bool>& numbers, std::size_t i) {
    for (const int step : {-1, 1}) {
        const std::size_t at = neighbour(lines, i, step);
        if (at < lines.size() && numbers[at]) return true;
    }
    return false;
}

} // namespace

PageNumberForm page_number_form(std::string_view line) {
    static const std::regex labelled(R"((?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}\s*(?:of|/)\s*\d{1,4}|(?:-|–|—)\s*\d{1,4}\s*(?:-|–|—)))",
                                     std::regex::icase);
    static const std::regex bare(R"(\d{1,4})");
    const std::string trimmed(trim_whitespace(line));
    if (trimmed.size() > 24) return PageNumberForm::none;
    if (std::regex_match(trimmed, labelled)) return PageNumberForm::labelled;
    return std::regex_match(trimmed, bare) ? PageNumberForm::bare : PageNumberForm::none;
}

std::string furniture_key(std::string_view line) {
    std::string key;
    for (const char c : collapse_whitespace(line)) {
        const auto byte = static_cast<unsigned char>(c);
        key.push_back(std::isdigit(byte) ? '#' : byte < 0x80 ? static_cast<char>(std::tolower(byte)) : c);
    }
    return key;
}

std::vector<std::string> find_page_furniture(std::string_view text, const std::vector<TextLine>& lines) {
    const std::vector<bool> numbers = page_number_lines(text, lines);
    std::map<std::string, std::size_t> repeats;
    std::map<std::string, bool> beside_numbers;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].blank()) continue;
        const std::string key = furniture_key(line_text(text, lines[i]));
        ++repeats[key];
        beside_numbers[key] = beside_numbers[key] || next_to_page_number(lines, numbers, i);
    }
    std::vector<std::string> reasons(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const TextLine& line = lines[i];
        if (numbers[i]) reasons[i] = "page number";
        if (numbers[i] || line.blank() || line.ends_sentence || line.words > running_head_max_words) continue;
        const std::string key = furniture_key(line_text(text, line));
        if (repeats[key] >= 2 && beside_numbers[key])
            reasons[i] = "running head or footer (repeated " + std::to_string(repeats[key]) + " times, beside page numbers)";
    }
    return reasons;
}

} // namespace plenary::loader
