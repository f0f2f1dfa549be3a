// Cutting a block of a communiqué's body into passages: the whole block, or windows of whole
// sentences when it is long.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace plenary::loader {

struct TextWindow {
    std::size_t start = 0;  // byte offsets into the block's text, trimmed
    std::size_t end = 0;
};

// The block's whole text when it has at most about 250 words (a paragraph), else windows of
// whole sentences of 100-200 words (a text without line breaks, say). Empty for blank text.
std::vector<TextWindow> passage_windows(std::string_view text);

} // namespace plenary::loader
