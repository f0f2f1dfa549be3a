#include "page_furniture.h"

#include "utf8_text.h"

#include <cctype>
#include <map>
#include <regex>
#include <set>

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

// The first and last pieces of a line set off by a gap of two spaces or a tab.
std::vector<std::string> pieces_beside_gaps(const std::string& line) {
    static const std::regex gap(R"(\s{2,}|\t)");
    std::vector<std::string> pieces;
    std::sregex_token_iterator piece(line.begin(), line.end(), gap, -1);
    for (; piece != std::sregex_token_iterator(); ++piece) pieces.push_back(*piece);
    if (pieces.size() < 2) return {};
    return {pieces.front(), pieces.back()};
}

// A footer or head that holds its page's number beside its text: "Australia Group Plenary 2018
// Page 1 of 2", "3    Public Statement". "Page 3" may follow the text after a space; other
// forms ("- 3 -", "3 of 7", a bare 3) need a wider gap, so that "Decision 12/3" is text, and a
// bare number more than three digits is a year.
bool holds_page_number(std::string_view line) {
    static const std::regex page_word(R"((?:.*\S\s+page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s+\S.*))",
                                      std::regex::icase);
    const std::string trimmed(trim_whitespace(line));
    if (std::regex_match(trimmed, page_word)) return true;
    for (const std::string& piece : pieces_beside_gaps(trimmed)) {
        const PageNumberForm form = page_number_form(piece);
        if (form == PageNumberForm::labelled || (form == PageNumberForm::bare && piece.size() <= 3)) return true;
    }
    return false;
}

// A line short enough and open enough to be a running head or footer.
bool may_be_furniture(const TextLine& line) {
    return !line.blank() && !line.ends_sentence && line.words <= running_head_max_words;
}

bool next_to_furniture(const std::vector<TextLine>& lines, const std::vector<bool>& furniture, std::size_t i) {
    for (const int step : {-1, 1}) {
        const std::size_t at = neighbour(lines, i, step);
        if (at < lines.size() && furniture[at]) return true;
    }
    return false;
}

// Line i is right above or below a furniture line, no blank line between: the next line of a
// running head or footer of several lines.
bool stacked_on_furniture(const std::vector<bool>& furniture, std::size_t i) {
    return (i > 0 && furniture[i - 1]) || (i + 1 < furniture.size() && furniture[i + 1]);
}

class FurnitureFinder {
public:
    FurnitureFinder(std::string_view text, const std::vector<TextLine>& lines)
        : lines_(lines), furniture_(lines.size()), reasons_(lines.size()) {
        for (const TextLine& line : lines) {
            keys_.push_back(line.blank() ? std::string() : furniture_key(line_text(text, line)));
            if (!line.blank()) ++repeats_[keys_.back()];
        }
        const std::vector<bool> numbers = page_number_lines(text, lines);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            if (numbers[i])
                mark(i, "page number");
            else if (repeated(i) && holds_page_number(line_text(text, lines[i])))
                mark(i, "running head or footer with its page number (repeated " + times(i) + ")");
        }
    }

    std::vector<std::string> find() {
        std::set<std::string> beside_numbers;
        for (std::size_t i = 0; i < lines_.size(); ++i)
            if (repeated(i) && next_to_furniture(lines_, furniture_, i)) beside_numbers.insert(keys_[i]);
        mark_all(beside_numbers, ", beside page numbers)");
        for (;;) {
            std::set<std::string> stacked;
            for (std::size_t i = 0; i < lines_.size(); ++i)
                if (repeated(i) && stacked_on_furniture(furniture_, i)) stacked.insert(keys_[i]);
            if (stacked.empty()) return std::move(reasons_);
            mark_all(stacked, ", in a head or footer of several lines)");
        }
    }

private:
    bool repeated(std::size_t i) const {
        return !furniture_[i] && may_be_furniture(lines_[i]) && repeats_.at(keys_[i]) >= 2;
    }

    std::string times(std::size_t i) const { return std::to_string(repeats_.at(keys_[i])) + " times"; }

    void mark(std::size_t i, std::string reason) {
        furniture_[i] = true;
        reasons_[i] = std::move(reason);
    }

    void mark_all(const std::set<std::string>& keys, const char* why) {
        for (std::size_t i = 0; i < lines_.size(); ++i)
            if (repeated(i) && keys.count(keys_[i])) mark(i, "running head or footer (repeated " + times(i) + why);
    }

    const std::vector<TextLine>& lines_;
    std::vector<std::string> keys_;
    std::map<std::string, std::size_t> repeats_;
    std::vector<bool> furniture_;
    std::vector<std::string> reasons_;
};

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
    return FurnitureFinder(text, lines).find();
}

} // namespace plenary::loader
