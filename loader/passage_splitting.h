// Cutting a communiqué's body into passages with their byte offsets.
#pragma once

#include "text_blocks.h"

#include <plenary/communique.h>

#include <string_view>
#include <vector>

namespace plenary::loader {

// One passage per block of blocks[first, last]; a block longer than about 250 words
// (a text without line breaks, say) becomes windows of whole sentences of 100-200 words.
// Offsets are into text; passages are numbered from 1.
std::vector<Passage> split_passages(std::string_view text, const std::vector<Block>& blocks,
                                    std::size_t first, std::size_t last);

} // namespace plenary::loader
