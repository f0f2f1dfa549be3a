// Where a communiqué's body lies among a page's blocks, and which heading lines precede it.
#pragma once

#include "document.h"
#include "text_blocks.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace plenary::loader {

struct BodyLayout {
    std::size_t first_block = 0;             // the body is blocks [first_block, last_block]
    std::size_t last_block = 0;
    std::vector<std::size_t> title_blocks;  // heading blocks just before the body, in order
};

// The body is the run of blocks with the most words between pieces of web chrome
// (link or menu lines, link lists, two short lines in a row), without the run's leading
// headings and trailing short lines. Empty when no block reads as prose.
std::optional<BodyLayout> find_body(const std::vector<Block>& blocks);

struct BlockRoleAndReason {
    BlockRole role;
    const char* reason;  // why a heading or chrome block is one, for --explain
};

// What block i is in a document whose body find_body found (or did not).
BlockRoleAndReason role_of_block(const std::vector<Block>& blocks, std::size_t i, const std::optional<BodyLayout>& body);

} // namespace plenary::loader
