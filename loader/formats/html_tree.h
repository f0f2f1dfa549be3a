// An HTML page parsed by gumbo (an HTML5 parser: damaged markup is repaired as browsers do),
// with the bounds that keep a hostile file cheap, and the small questions the HTML reader asks
// of its elements.
#pragma once

#include <gumbo.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace plenary::loader {

// gumbo's time grows with the number of tags times the depth of the open elements, so a page
// of nested tags is quadratic: 30,000 nested list items take about 3 s. Pages beyond these
// bounds are refused with a reason (a statement's page has a few thousand tags).
inline constexpr std::size_t max_html_bytes = 8 << 20;
inline constexpr std::size_t max_html_tags = 30000;

class HtmlTree {
public:
    // Parses text (UTF-8); throws LoadError for a page beyond the bounds.
    explicit HtmlTree(std::string_view text);
    ~HtmlTree();
    HtmlTree(const HtmlTree&) = delete;
    HtmlTree& operator=(const HtmlTree&) = delete;

    const GumboNode& root() const { return *output_->root; }
    std::size_t size() const { return text_.size(); }
    // Offset in the parsed text of a piece gumbo points into it with, clamped to the text.
    std::size_t offset_of(const GumboStringPiece& piece) const;

private:
    std::string_view text_;
    GumboOutput* output_ = nullptr;
};

inline bool is_element(const GumboNode& node) { return node.type == GUMBO_NODE_ELEMENT || node.type == GUMBO_NODE_TEMPLATE; }
inline bool is_element(const GumboNode& node, GumboTag tag) { return is_element(node) && node.v.element.tag == tag; }
inline bool is_text(const GumboNode& node) {
    return node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_WHITESPACE || node.type == GUMBO_NODE_CDATA;
}

// An <a> with an href.
inline bool is_link(const GumboNode& node) {
    return is_element(node, GUMBO_TAG_A) && gumbo_get_attribute(&node.v.element.attributes, "href");
}

// The children of an element or of the document; empty for other nodes.
const GumboVector* children_of(const GumboNode& node);

// An attribute's value, empty when the element has none.
std::string_view attribute(const GumboNode& element, const char* name);

// The lowercase words of an element's class, id and aria-label ("main-menu" gives main, menu).
std::vector<std::string> naming_words(const GumboNode& element);

// Elements that start and end a block of text (p, li, headings, table cells, div, ...).
bool is_block_tag(GumboTag tag);

// 1 to 6 for h1 to h6, else 0.
int heading_level(GumboTag tag);

// "<div class="content">": how --explain names an element.
std::string describe(const GumboNode& element);

// Visits the nodes under root (root included) in document order without recursion, so that
// no nesting depth overflows the stack: enter(node) returns whether to visit the node's
// children, and leave(node) follows them.
template <typename Enter, typename Leave>
void walk_tree(const GumboNode& root, Enter&& enter, Leave&& leave) {
    struct Frame {
        const GumboNode* node;
        unsigned next_child;
    };
    std::vector<Frame> stack;
    if (enter(root)) stack.push_back({&root, 0});
    while (!stack.empty()) {
        Frame& frame = stack.back();
        const GumboVector* children = children_of(*frame.node);
        if (!children || frame.next_child >= children->length) {
            const GumboNode* done = frame.node;
            stack.pop_back();
            leave(*done);
            continue;
        }
        const auto* child = static_cast<const GumboNode*>(children->data[frame.next_child++]);
        if (enter(*child)) stack.push_back({child, 0});
    }
}

} // namespace plenary::loader
