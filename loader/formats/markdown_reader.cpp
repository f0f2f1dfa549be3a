// read_markdown: a Markdown note (.md) parsed by cmark (CommonMark) with source positions.
// Paragraphs, list items (one block per item, in order) and the paragraphs of block quotes are
// body blocks; hard-wrapped lines join; links keep their text, emphasis and heading marks go.
// Headings, and datelines or a short wholly emphasised line (20 words at most) before the
// first paragraph, are heading blocks. Code blocks are kept as text (four-space indented paragraphs are code blocks to
// CommonMark), one block per run of lines between blank lines; raw HTML blocks are dropped as
// chrome. Lists made of links and paragraphs of links alone are chrome; so is YAML front
// matter, whose title: is the Document's title.
#include "block_text.h"
#include "datelines.h"
#include "markdown_front_matter.h"
#include "readers.h"
#include "utf8_text.h"

#include <plenary/communique.h>

#include <cmark.h>

#include <algorithm>
#include <memory>
#include <string>

namespace plenary::loader {
namespace {

// cmark's time and memory grow with the input; this bounds them (a note is a few kilobytes).
constexpr std::size_t max_markdown_bytes = 8 << 20;

struct NodeFree {
    void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct IterFree {
    void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};

std::string_view literal_of(cmark_node* node) {
    const char* literal = cmark_node_get_literal(node);
    return literal ? std::string_view(literal) : std::string_view();
}

bool is_emphasis(cmark_node* node) {
    return node && (cmark_node_get_type(node) == CMARK_NODE_EMPH || cmark_node_get_type(node) == CMARK_NODE_STRONG);
}

class MarkdownBlocks {
public:
    explicit MarkdownBlocks(std::string_view source) : source_(source), lines_(source), builder_(source.size()) {}

    void enter(cmark_node* node);
    void leave(cmark_node* node);
    std::vector<DocumentBlock> take() {
        mark_datelines(blocks_.begin(), blocks_.end());
        return std::move(blocks_);
    }

private:
    void append_literal(cmark_node* node);
    std::uint64_t find_between(std::string_view piece, std::uint64_t from, std::uint64_t to) const;
    void flush(BlockRole role = BlockRole::body, std::string reason = "");
    void leave_paragraph(cmark_node* paragraph);
    void leave_list(std::size_t first_block);
    void add_code_block(cmark_node* node);
    void add_html_block(cmark_node* node);

    std::string_view source_;
    LineIndex lines_;
    BlockTextBuilder builder_;
    std::vector<DocumentBlock> blocks_;
    std::vector<LinkCounts> links_;  // per block
    std::vector<std::size_t> open_lists_;
    LinkCounts current_links_;
    int link_depth_ = 0;
    bool body_seen_ = false;
    std::uint64_t literal_end_ = 0;  // where the last piece of text ended in the source
};

void MarkdownBlocks::enter(cmark_node* node) {
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
        if (cmark_node_get_type(cmark_node_parent(node)) == CMARK_NODE_ITEM) builder_.append_space();
        else flush();
        break;
    case CMARK_NODE_LIST:
        flush();
        open_lists_.push_back(blocks_.size());
        break;
    case CMARK_NODE_HEADING: case CMARK_NODE_ITEM: case CMARK_NODE_BLOCK_QUOTE: case CMARK_NODE_THEMATIC_BREAK:
        flush();
        break;
    case CMARK_NODE_CODE_BLOCK: add_code_block(node); break;
    case CMARK_NODE_HTML_BLOCK: add_html_block(node); break;
    case CMARK_NODE_TEXT: case CMARK_NODE_CODE: append_literal(node); break;
    case CMARK_NODE_SOFTBREAK: case CMARK_NODE_LINEBREAK: builder_.append_space(); break;
    case CMARK_NODE_LINK: case CMARK_NODE_IMAGE:
        ++link_depth_;
        ++current_links_.links;
        break;
    default: break;
    }
}

void MarkdownBlocks::leave(cmark_node* node) {
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_HEADING:
        flush(BlockRole::heading, std::string(static_cast<std::size_t>(cmark_node_get_heading_level(node)), '#') +
                                      " heading");
        break;
    case CMARK_NODE_PARAGRAPH: leave_paragraph(node); break;
    case CMARK_NODE_ITEM: case CMARK_NODE_BLOCK_QUOTE: flush(); break;
    case CMARK_NODE_LIST:
        flush();
        leave_list(open_lists_.back());
        open_lists_.pop_back();
        break;
    case CMARK_NODE_LINK: case CMARK_NODE_IMAGE: --link_depth_; break;
    default: break;
    }
}

// A piece of text, anchored where cmark places it when the source there reads the same; else
// where it next occurs on that line (cmark misplaces lazy continuation lines of block quotes);
// else word by word from cmark's place (entities, escapes and code spans read differently).
void MarkdownBlocks::append_literal(cmark_node* node) {
    const std::string_view piece = literal_of(node);
    const std::size_t words = count_text_words(piece);
    current_links_.words += words;
    if (link_depth_ > 0) current_links_.link_words += words;
    const int line = cmark_node_get_start_line(node);
    const std::uint64_t start = std::max(lines_.offset_of(line, cmark_node_get_start_column(node)), literal_end_);
    const std::uint64_t end = std::min<std::uint64_t>(
        lines_.offset_of(cmark_node_get_end_line(node), cmark_node_get_end_column(node)) + 1, source_.size());
    const std::uint64_t found = source_.compare(start, piece.size(), piece) == 0
                                    ? start
                                    : find_between(piece, literal_end_, lines_.offset_of(line + 1, 1));
    if (found != std::string_view::npos) {
        builder_.append_verbatim(piece, found);
        literal_end_ = found + piece.size();
    } else if (end > start) {
        builder_.append_aligned(piece, source_.substr(start, end - start), start);
        literal_end_ = end;
    } else {
        builder_.append_mapped(piece, literal_end_, literal_end_ + 1);
    }
}

// Where piece occurs in the source within [from, to), or npos: bounded, so that text cmark
// changed (entities, escapes) costs no search through the rest of the file.
std::uint64_t MarkdownBlocks::find_between(std::string_view piece, std::uint64_t from, std::uint64_t to) const {
    if (from >= to || to > source_.size()) return std::string_view::npos;
    const std::size_t found = source_.substr(from, to - from).find(piece);
    return found == std::string_view::npos ? found : from + found;
}

void MarkdownBlocks::flush(BlockRole role, std::string reason) {
    if (!builder_.empty()) {
        DocumentBlock block = builder_.take();
        block.role = role;
        block.reason = std::move(reason);
        body_seen_ = body_seen_ || role == BlockRole::body;
        blocks_.push_back(std::move(block));
        links_.push_back(current_links_);
    }
    current_links_ = {};
}

void MarkdownBlocks::leave_paragraph(cmark_node* paragraph) {
    if (cmark_node_get_type(cmark_node_parent(paragraph)) == CMARK_NODE_ITEM) return;
    const bool top_level = cmark_node_get_type(cmark_node_parent(paragraph)) == CMARK_NODE_DOCUMENT;
    cmark_node* first = cmark_node_first_child(paragraph);
    constexpr std::size_t most_note_words = 20;
    if (top_level && first == cmark_node_last_child(paragraph) && is_emphasis(first) && !body_seen_ &&
        count_text_words(builder_.text()) <= most_note_words)
        return flush(BlockRole::heading, "emphasised line before the text");
    if (std::string reason = link_line_reason(current_links_); !reason.empty())
        return flush(BlockRole::chrome, std::move(reason));
    flush();
}

void MarkdownBlocks::leave_list(std::size_t first_block) {
    const std::string reason =
        link_list_reason(std::vector<LinkCounts>(links_.begin() + static_cast<std::ptrdiff_t>(first_block), links_.end()));
    if (reason.empty()) return;
    for (std::size_t i = first_block; i < blocks_.size(); ++i) {
        blocks_[i].role = BlockRole::chrome;
        blocks_[i].reason = reason;
    }
}

// One body block per run of non-blank lines, each line anchored where it occurs in the source.
void MarkdownBlocks::add_code_block(cmark_node* node) {
    flush();
    const std::string_view code = literal_of(node);
    const std::uint64_t block_end = lines_.offset_of(cmark_node_get_end_line(node) + 1, 1);
    std::size_t line_start = 0;
    while (line_start < code.size()) {
        const std::size_t newline = code.find('\n', line_start);
        const std::size_t line_end = newline == std::string_view::npos ? code.size() : newline;
        const std::string_view line = code.substr(line_start, line_end - line_start);
        if (trim_whitespace(line).empty()) {
            flush();
        } else if (const std::uint64_t at = find_between(line, literal_end_, block_end); at != std::string_view::npos) {
            builder_.append_verbatim(line, at);
            literal_end_ = at + line.size();
        } else {
            builder_.append_mapped(line, literal_end_, literal_end_ + 1);
        }
        builder_.append_space();
        line_start = line_end + 1;
    }
    flush();
}

void MarkdownBlocks::add_html_block(cmark_node* node) {
    flush();
    const std::string_view html = literal_of(node);
    const std::uint64_t at = lines_.offset_of(cmark_node_get_start_line(node), cmark_node_get_start_column(node));
    builder_.append_mapped(html, at, at + html.size());
    flush(BlockRole::chrome, "HTML in Markdown");
}

std::vector<DocumentBlock> markdown_blocks(std::string_view source) {
    const std::unique_ptr<cmark_node, NodeFree> root(cmark_parse_document(source.data(), source.size(), CMARK_OPT_SOURCEPOS));
    if (!root) throw LoadError("Markdown that the parser could not read");
    MarkdownBlocks blocks(source);
    const std::unique_ptr<cmark_iter, IterFree> iter(cmark_iter_new(root.get()));
    for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
        if (event == CMARK_EVENT_ENTER) blocks.enter(cmark_iter_get_node(iter.get()));
        else blocks.leave(cmark_iter_get_node(iter.get()));
    }
    return blocks.take();
}

DocumentBlock front_matter_block(std::string_view text, const FrontMatter& front_matter) {
    BlockTextBuilder builder(text.size());
    builder.append_verbatim(text.substr(0, front_matter.end), 0);
    DocumentBlock block = builder.take();
    block.role = BlockRole::chrome;
    block.reason = "front matter";
    return block;
}

} // namespace

Document read_markdown(const DecodedText& text) {
    require_text(text);
    if (text.text.size() > max_markdown_bytes)
        throw LoadError("Markdown file too large (" + std::to_string(text.text.size() >> 20) + " MiB; at most " +
                        std::to_string(max_markdown_bytes >> 20) + " MiB are read)");
    Document document;
    document.format = "markdown";
    if (const std::optional<FrontMatter> front_matter = find_front_matter(text.text)) {
        document.title = front_matter->title;
        document.blocks = markdown_blocks(without_front_matter(text.text, *front_matter));
        document.blocks.insert(document.blocks.begin(), front_matter_block(text.text, *front_matter));
    } else {
        document.blocks = markdown_blocks(text.text);
    }
    set_positions(document.blocks, LineIndex(text.text));
    require_body(document);
    return document;
}

} // namespace plenary::loader
