// How much room text takes in a terminal, and where its code points are.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace plenary {

// Terminal columns of UTF-8 text: East Asian wide and full-width characters take two, combining
// marks and other zero-width characters none, every other character one.
std::size_t display_width(std::string_view text);

// The number of code points in the first `bytes` bytes of UTF-8 text (a byte offset as a
// character offset).
std::uint32_t code_points_before(std::string_view text, std::uint32_t bytes);

} // namespace plenary
