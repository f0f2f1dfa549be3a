#include "html_blocks.h"

#include "block_text.h"
#include "html_chrome.h"
#include "utf8_text.h"

#include <string>
#include <utility>

namespace plenary::loader {
namespace {

// Appends a text node, anchored to its source word by word.
void append_text_node(BlockTextBuilder& builder, const GumboNode& node, const HtmlTree& tree) {
    const GumboStringPiece& piece = node.v.text.original_text;
    const std::string_view original = piece.data ? std::string_view(piece.data, piece.length) : std::string_view();
    builder.append_aligned(node.v.text.text, original, tree.offset_of(piece));
}

bool is_item_tag(GumboTag tag) {
    return tag == GUMBO_TAG_LI || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH || tag == GUMBO_TAG_DD ||
           tag == GUMBO_TAG_DT;
}

class BlockExtractor {
public:
    BlockExtractor(const HtmlTree& tree, LinkCountMap counts)
        : tree_(tree), counts_(std::move(counts)), builder_(tree.size()) {}

    bool enter(const GumboNode& node) {
        if (is_text(node)) enter_text(node);
        if (is_element(node)) return enter_element(node);
        return node.type == GUMBO_NODE_DOCUMENT;
    }

    void leave(const GumboNode& node) {
        if (!is_element(node)) return;
        const GumboTag tag = node.v.element.tag;
        if (is_block_tag(tag)) {
            flush();
            containers_.pop_back();
            out_.ranges[&node].last = out_.blocks.size();
        }
        if (is_link(node)) --link_depth_;
        if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) --content_depth_;
    }

    HtmlBlocks take() {
        flush();
        return std::move(out_);
    }

private:
    bool enter_element(const GumboNode& node);
    void enter_text(const GumboNode& node);
    void resolve_breaks();
    void flush();
    void emit_chrome(const GumboNode& node, std::string reason);

    const HtmlTree& tree_;
    const LinkCountMap counts_;
    HtmlBlocks out_;
    BlockTextBuilder builder_;
    std::vector<const GumboNode*> containers_;
    int pending_breaks_ = 0;
    int link_depth_ = 0;
    int content_depth_ = 0;
    LinkCounts block_links_;
};

bool BlockExtractor::enter_element(const GumboNode& node) {
    if (std::string reason = chrome_reason(node, counts_, content_depth_ > 0); !reason.empty()) {
        emit_chrome(node, std::move(reason));
        return false;
    }
    const GumboTag tag = node.v.element.tag;
    if (tag == GUMBO_TAG_BR) {
        ++pending_breaks_;
        return false;
    }
    if (is_block_tag(tag)) {
        flush();
        containers_.push_back(&node);
        out_.ranges[&node].first = out_.blocks.size();
    }
    if (is_link(node)) {
        resolve_breaks();
        ++link_depth_;
        ++block_links_.links;
    }
    if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) ++content_depth_;
    if (tag == GUMBO_TAG_ARTICLE) out_.articles.push_back(&node);
    if (tag == GUMBO_TAG_MAIN) out_.mains.push_back(&node);
    if (tag == GUMBO_TAG_BODY) out_.body = &node;
    return true;
}

void BlockExtractor::enter_text(const GumboNode& node) {
    const std::string_view decoded = node.v.text.text;
    if (!trim_whitespace(decoded).empty()) {
        resolve_breaks();
        const std::size_t words = count_text_words(decoded);
        block_links_.words += words;
        if (link_depth_ > 0) block_links_.link_words += words;
    }
    append_text_node(builder_, node, tree_);
}

// <br><br> ends a block; a single <br> is a line break within it.
void BlockExtractor::resolve_breaks() {
    if (pending_breaks_ >= 2) flush();
    if (pending_breaks_ == 1) builder_.append_space();
    pending_breaks_ = 0;
}

void BlockExtractor::flush() {
    const GumboTag container = containers_.empty() ? GUMBO_TAG_UNKNOWN : containers_.back()->v.element.tag;
    if (!builder_.empty()) {
        DocumentBlock block = builder_.take();
        if (const int level = heading_level(container)) {
            block.role = BlockRole::heading;
            block.reason = "<h" + std::to_string(level) + ">";
        } else if (std::string reason = link_line_reason(block_links_); !reason.empty() && !is_item_tag(container)) {
            block.role = BlockRole::chrome;
            block.reason = std::move(reason);
        }
        out_.blocks.push_back(std::move(block));
    }
    pending_breaks_ = 0;
    block_links_ = {};
}

void BlockExtractor::emit_chrome(const GumboNode& node, std::string reason) {
    flush();
    BlockTextBuilder chrome(tree_.size());
    const auto break_words = [&](const GumboNode& inner) {
        if (is_element(inner) && (is_block_tag(inner.v.element.tag) || inner.v.element.tag == GUMBO_TAG_BR))
            chrome.append_space();
    };
    walk_tree(
        node,
        [&](const GumboNode& inner) {
            if (is_text(inner)) append_text_node(chrome, inner, tree_);
            break_words(inner);
            return is_element(inner);
        },
        break_words);
    if (chrome.empty()) return;
    DocumentBlock block = chrome.take();
    block.role = BlockRole::chrome;
    block.reason = std::move(reason);
    out_.blocks.push_back(std::move(block));
}

} // namespace

HtmlBlocks extract_blocks(const HtmlTree& tree) {
    BlockExtractor extractor(tree, count_links(tree.root()));
    walk_tree(
        tree.root(), [&](const GumboNode& node) { return extractor.enter(node); },
        [&](const GumboNode& node) { extractor.leave(node); });
    return extractor.take();
}

} // namespace plenary::loader
