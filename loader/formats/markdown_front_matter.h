// The front matter of a Markdown note (Jekyll, Hugo, Obsidian): a first line "---", YAML
// lines, and a closing "---" or "...". CommonMark would read it as a rule and a heading.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace plenary::loader {

struct FrontMatter {
    std::size_t end = 0;  // the front matter is text[0, end), its closing line included
    std::string title;    // the value of its "title:" line, without quotes; empty without one
};

std::optional<FrontMatter> find_front_matter(std::string_view text);

// text with the front matter's bytes, line ends apart, made spaces: the same offsets and lines.
std::string without_front_matter(std::string_view text, const FrontMatter& front_matter);

} // namespace plenary::loader
