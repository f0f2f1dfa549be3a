// The texts in which a statement describes its meeting (its heading lines, then its first
// passages) and how the metadata finders search them.
#pragma once

#include <cstddef>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

namespace plenary::loader {

struct Lead {
    std::vector<std::string> texts;  // whitespace-collapsed
    std::size_t headings = 0;        // texts[0, headings) are the heading lines
};

// Where something was found: texts[text][begin, end).
struct Mention {
    std::size_t text = 0;
    std::size_t begin = 0;
    std::size_t end = 0;
};

// Whether a comes before b in the lead's reading order.
bool earlier(const Mention& a, const Mention& b);

struct LeadMatch {
    Mention mention;
    std::smatch groups;  // into the lead's text
};

// The first match of regex in the lead's texts, in order; with may_match, only in the texts it
// accepts (a cheap test that every text regex matches passes: std::regex is slow).
std::optional<LeadMatch> search_lead(const Lead& lead, const std::regex& regex,
                                     bool (*may_match)(std::string_view text) = nullptr);

// A regex alternation of phrases, longest first, each with its spaces matching any run of
// spaces and its other characters literal: ("held in", "met in") -> "held\s+in|met\s+in".
std::string alternation(std::vector<std::string> phrases);

} // namespace plenary::loader
