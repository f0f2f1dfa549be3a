// plenary-search's output of one query's results, in the form the command line and stdout ask for.
#pragma once

#include <cstddef>
#include <ostream>

#include "plenary/hit_output.h"
#include "plenary/searcher.h"

namespace plenary::cli {

enum class OutputMode {
    json,      // --json: JSON Lines
    vimgrep,   // --vimgrep: path:line:col:text
    terminal,  // a terminal, or -p: headings, wrapped text, a count
    lines,     // a pipe: one tab-separated line per hit
};

struct OutputSettings {
    OutputMode mode = OutputMode::lines;
    TerminalStyle style;      // style.color: matches in colour (never for JSON)
    std::size_t context = 0;  // -C N: passages shown before and after each hit
};

// The hits, each with its context; for a terminal the count; then the facets if asked (JSON: a
// final summary object; a terminal: a block after a blank line; a pipe: a block after a blank line
// and a "# facets" line, so that line-by-line readers can stop there).
void write_results(std::ostream& out, const SearchResults& results, const OutputSettings& settings, Searcher& searcher);

} // namespace plenary::cli
