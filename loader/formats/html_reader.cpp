// read_html: an HTML page (.html, .htm, .xhtml) parsed by gumbo, its chrome dropped with the
// reasons, its main text as body blocks, its headings and datelines as heading blocks.
#include "block_text.h"
#include "html_blocks.h"
#include "html_body.h"
#include "html_title.h"
#include "readers.h"

namespace plenary::loader {

Document read_html(const DecodedText& text) {
    require_text(text);
    const HtmlTree tree(text.text);
    HtmlBlocks page = extract_blocks(tree);
    mark_main_text(page);
    Document document;
    document.format = "html";
    document.title = page_title(tree.root());
    document.blocks = std::move(page.blocks);
    set_positions(document.blocks, LineIndex(text.text));
    require_body(document);
    return document;
}

} // namespace plenary::loader
