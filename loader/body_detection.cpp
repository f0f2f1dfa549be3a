#include "body_detection.h"

#include <algorithm>

namespace plenary::loader {
namespace {

// An unterminated block longer than this is a paragraph missing its full stop, not a heading.
constexpr std::size_t heading_max_words = 30;
constexpr std::size_t title_max_blocks = 3;

bool opens_body(const Block& block) {
    return block.kind == BlockKind::prose ||
           (block.kind == BlockKind::unterminated && block.words > heading_max_words);
}

struct Run {
    std::size_t first;
    std::size_t last;
};

// Runs of consecutive non-chrome blocks; a second short line in a row starts a new run.
std::vector<Run> split_runs(const std::vector<Block>& blocks) {
    std::vector<Run> runs;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (is_chrome(blocks[i].kind)) continue;
        const bool continues_run = !runs.empty() && runs.back().last + 1 == i;
        const bool second_short_line = continues_run && blocks[i].kind == BlockKind::short_line &&
                                       blocks[i - 1].kind == BlockKind::short_line;
        if (continues_run && !second_short_line)
            runs.back().last = i;
        else
            runs.push_back({i, i});
    }
    return runs;
}

// The run without its leading headings and trailing short lines; nullopt if nothing is left.
std::optional<Run> body_of(const std::vector<Block>& blocks, const Run& run) {
    std::size_t first = run.first;
    while (first <= run.last && !opens_body(blocks[first])) ++first;
    if (first > run.last) return std::nullopt;
    std::size_t last = run.last;
    while (blocks[last].kind == BlockKind::short_line) --last;
    return Run{first, last};
}

std::size_t words_in(const std::vector<Block>& blocks, const Run& run) {
    std::size_t words = 0;
    for (std::size_t i = run.first; i <= run.last; ++i) words += blocks[i].words;
    return words;
}

// Heading blocks before the body, back to the nearest chrome line or prose; link lists
// (a bureau name over a press date) are passed over.
std::vector<std::size_t> title_blocks_before(const std::vector<Block>& blocks, std::size_t body_start) {
    std::vector<std::size_t> titles;
    for (std::size_t i = body_start; i-- > 0 && titles.size() < title_max_blocks;) {
        const BlockKind kind = blocks[i].kind;
        if (kind == BlockKind::link_list) continue;
        if (kind == BlockKind::chrome || kind == BlockKind::prose || blocks[i].words > heading_max_words) break;
        titles.insert(titles.begin(), i);
    }
    return titles;
}

} // namespace

std::optional<BodyLayout> find_body(const std::vector<Block>& blocks) {
    std::optional<Run> best;
    std::size_t best_words = 0;
    for (const Run& run : split_runs(blocks)) {
        const std::optional<Run> body = body_of(blocks, run);
        if (!body) continue;
        const std::size_t words = words_in(blocks, *body);
        if (!best || words > best_words) {
            best = body;
            best_words = words;
        }
    }
    if (!best) return std::nullopt;
    return BodyLayout{best->first, best->last, title_blocks_before(blocks, best->first)};
}

BlockRoleAndReason role_of_block(const std::vector<Block>& blocks, std::size_t i, const std::optional<BodyLayout>& body) {
    if (body && i >= body->first_block && i <= body->last_block) return {BlockRole::body, ""};
    if (body && std::find(body->title_blocks.begin(), body->title_blocks.end(), i) != body->title_blocks.end())
        return {BlockRole::heading, "heading just before the statement"};
    if (blocks[i].kind == BlockKind::chrome) return {BlockRole::chrome, "a line of links or menu items"};
    if (blocks[i].kind == BlockKind::link_list)
        return {BlockRole::chrome, "short capitalised lines in a row (a menu or page header)"};
    if (!body) return {BlockRole::chrome, "no statement found (no block reads as prose)"};
    return {BlockRole::chrome, i < body->first_block ? "outside the statement: before it, past chrome or short lines"
                                                     : "outside the statement: after it, past chrome or short lines"};
}

} // namespace plenary::loader
