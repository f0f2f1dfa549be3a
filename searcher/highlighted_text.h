// Passage text with its matches in colour, as the hit printers show it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "match_window.h"
#include "plenary/highlighter.h"

namespace plenary::colors {

inline constexpr std::string_view match = "\033[1;31m";
inline constexpr std::string_view location = "\033[35m";
inline constexpr std::string_view heading = "\033[1m";
inline constexpr std::string_view detail = "\033[2m";
inline constexpr std::string_view tag = "\033[36m";
inline constexpr std::string_view reset = "\033[0m";

} // namespace plenary::colors

namespace plenary {

// text in colour_code, or as it is without colour.
std::string paint(std::string_view text, std::string_view color_code, bool color);

// One word of text with its highlighted parts coloured (as it is without colour).
std::string render_word(std::string_view text, const TextWord& word, const std::vector<Highlight>& highlights, bool color);

// All of text, its matches coloured.
std::string render_text(std::string_view text, const std::vector<Highlight>& highlights, bool color);

} // namespace plenary
