// Words and proper names in the collapsed text of headings and passages: the capitalised name at a
// point ("Buenos Aires from ..." -> "Buenos Aires"), case fixes for names in capitals, word lists.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace plenary::loader {

// The capitalised words at the start of text, with the lowercase particles given kept between
// capitalised words ("Republic of Korea") and honorific abbreviations ("H.E.") kept; a comma,
// semicolon, colon, parenthesis or sentence-ending full stop closes the name. Empty if text does
// not start with a capitalised word.
std::string proper_name_at(std::string_view text, std::initializer_list<std::string_view> particles);

// "THE HAGUE" -> "The Hague"; a name in mixed case is returned as it is.
std::string title_case_if_all_capitals(const std::string& name);

// The space-separated words of text (text is whitespace-collapsed).
std::vector<std::string_view> split_words(std::string_view text);

bool is_one_of(std::string_view word, std::initializer_list<std::string_view> words);

bool equals_ignoring_ascii_case(std::string_view a, std::string_view b);

template <typename Strings>
std::string join(const Strings& parts, std::string_view separator) {
    std::string joined;
    for (const auto& part : parts) joined.append(joined.empty() ? "" : separator).append(part);
    return joined;
}

} // namespace plenary::loader
