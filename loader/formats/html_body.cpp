#include "html_body.h"

#include "block_text.h"
#include "datelines.h"
#include "text_lines.h"
#include "utf8_text.h"

#include <string>
#include <vector>

namespace plenary::loader {
namespace {

// Words of body text in the blocks before each block: prose of [first, last) is a difference.
class ProseCounts {
public:
    explicit ProseCounts(const HtmlBlocks& page) : page_(page), before_{0} {
        for (const DocumentBlock& block : page.blocks)
            before_.push_back(before_.back() + (block.role == BlockRole::body ? count_text_words(block.text) : 0));
    }
    std::size_t total() const { return before_.back(); }
    std::size_t of(const GumboNode* element) const {
        const auto found = page_.ranges.find(element);
        return found == page_.ranges.end() ? 0 : before_[found->second.last] - before_[found->second.first];
    }

private:
    const HtmlBlocks& page_;
    std::vector<std::size_t> before_;
};

const GumboNode* densest_element(const HtmlBlocks& page, const ProseCounts& prose) {
    const GumboNode* element = page.body;
    while (element) {
        const GumboNode* holder = nullptr;
        const GumboVector& children = element->v.element.children;
        for (unsigned i = 0; i < children.length && !holder; ++i) {
            const auto* child = static_cast<const GumboNode*>(children.data[i]);
            if (prose.of(child) * 5 >= prose.total() * 4) holder = child;
        }
        if (!holder) return element;
        element = holder;
    }
    return nullptr;
}

const GumboNode* main_text_element(const HtmlBlocks& page, const ProseCounts& prose) {
    const GumboNode* best_article = nullptr;
    for (const GumboNode* article : page.articles)
        if (!best_article || prose.of(article) > prose.of(best_article)) best_article = article;
    if (best_article && prose.of(best_article) * 2 >= prose.total()) return best_article;
    for (const GumboNode* main : page.mains)
        if (prose.of(main) * 2 >= prose.total()) return main;
    return densest_element(page, prose);
}

bool is_title_heading(const DocumentBlock& block) {
    return block.role == BlockRole::heading && block.reason == "<h1>";
}

// Old pages set a statement's title and dateline as lines of bold text between <br><br>, not
// as <h1>: like the lines over a plain text's first paragraph, they head it.
constexpr std::size_t lead_line_max_words = 20;
constexpr std::size_t lead_lines_max = 3;

bool is_lead_line(const DocumentBlock& block) {
    return count_text_words(block.text) <= lead_line_max_words && !ends_sentence(trim_whitespace(block.text));
}

void mark_headings(const std::vector<DocumentBlock*>& blocks, const char* reason) {
    for (DocumentBlock* block : blocks) {
        block->role = BlockRole::heading;
        block->reason = reason;
    }
}

// Before the first paragraph of [begin, end), when there is one: its datelines, and its short
// lines not ending a sentence when there are at most three, become headings.
void mark_lines_before_text(std::vector<DocumentBlock>::iterator begin, std::vector<DocumentBlock>::iterator end) {
    std::vector<DocumentBlock*> datelines, short_lines;
    for (auto block = begin; block != end; ++block) {
        if (block->role != BlockRole::body) continue;
        if (is_dateline(block->text)) {
            datelines.push_back(&*block);
        } else if (is_lead_line(*block)) {
            short_lines.push_back(&*block);
        } else {
            mark_headings(datelines, "dateline");
            if (short_lines.size() <= lead_lines_max) mark_headings(short_lines, "short line before the first paragraph");
            return;
        }
    }
}

} // namespace

void mark_main_text(HtmlBlocks& page) {
    const ProseCounts prose(page);
    if (prose.total() == 0) return;
    const GumboNode* element = main_text_element(page, prose);
    if (!element) return;
    const HtmlBlocks::Range range = page.ranges.at(element);
    const std::string outside = "outside " + describe(*element);
    for (std::size_t i = 0; i < page.blocks.size(); ++i) {
        DocumentBlock& block = page.blocks[i];
        const bool inside = i >= range.first && i < range.last;
        if (!inside && element != page.body && block.role != BlockRole::chrome && !is_title_heading(block)) {
            block.role = BlockRole::chrome;
            block.reason = outside;
        }
    }
    mark_lines_before_text(page.blocks.begin() + static_cast<std::ptrdiff_t>(range.first),
                   page.blocks.begin() + static_cast<std::ptrdiff_t>(range.last));
}

} // namespace plenary::loader
