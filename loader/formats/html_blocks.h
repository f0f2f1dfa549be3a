// An HTML page's text as blocks in reading order: paragraphs, list items, table cells, headings
// and runs of text between <br><br>, each with its source span and anchors, and the page's
// chrome as blocks with the reason; the main text is chosen afterwards (html_body.h).
#pragma once

#include "document.h"
#include "html_tree.h"

#include <cstddef>
#include <unordered_map>
#include <vector>

namespace plenary::loader {

struct HtmlBlocks {
    struct Range {
        std::size_t first = 0;  // the blocks [first, last) lie inside an element
        std::size_t last = 0;
    };
    std::vector<DocumentBlock> blocks;                        // roles: body, heading (<h1>..<h6>), chrome
    std::unordered_map<const GumboNode*, Range> ranges;       // of every block-level element outside chrome
    std::vector<const GumboNode*> articles;                   // <article> and <main> outside chrome,
    std::vector<const GumboNode*> mains;                      // in document order
    const GumboNode* body = nullptr;
};

// Spans and anchors are offsets into the text the tree was parsed from.
HtmlBlocks extract_blocks(const HtmlTree& tree);

} // namespace plenary::loader
