// How hits are shown: JSON Lines for scripts, wrapped and highlighted passages for
// a terminal, one record per line for pipes, path:line:col:text for editors.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <ostream>
#include <string>

#include "plenary/searcher.h"

namespace plenary {

// The contract's JSON object of a hit (rank, score, passage, doc, file, start, end, title, year,
// city, plenary, org, tags, text, highlights, format, line, col, page, highlights_chars, matched).
nlohmann::ordered_json hit_json(const Hit& hit);

// The passages around a hit, for its JSON object: {"before": [...], "after": [...]}, each with
// passage, line, col, page, start, end and text.
nlohmann::ordered_json context_json(const PassageContext& context);

// Where a passage starts, as an editor takes it: "corpus/2013-rome.txt:17" (the path relative to
// the current folder when under it), or "report.pdf, page 3".
std::string source_location(const schema::CommuniqueRecord& communique, const schema::PassageRecord& passage);

// Text is never wider than this, however wide the terminal: long lines are hard to read.
inline constexpr std::size_t max_text_columns = 100;

struct TerminalStyle {
    bool color = false;
    std::size_t width = 80;  // the terminal's columns
    bool full = false;       // whole passages instead of a window around the matches
};

// A heading with the source location, the communiqué, passage id, tags, "2 of 3 words" for a
// partial best match, and score, wrapped at
// word boundaries; then the passage's context before it (dimmed, marked with '|'), the passage
// wrapped with its matches highlighted, and the context after it.
void print_hit(std::ostream& out, const Hit& hit, const TerminalStyle& style, const PassageContext& context = {});

// One line: passage id, score, year, city and text, tab-separated. Context passages around it
// have '-' for a score.
void print_hit_line(std::ostream& out, const Hit& hit, bool color, const PassageContext& context = {});

// One line, path:line:col:text, as Vim's and Emacs' grep formats read it (line and col of the
// passage's start, col in bytes; a PDF passage is at 1:1 with its page before the text).
void print_vimgrep_line(std::ostream& out, const Hit& hit, bool color);

// "10 of 234 passages" when the count is exact, "10 of about 2,300 passages" when estimated,
// "no matching passage" when none matched.
std::string match_count(const SearchResults& results);

// "MTCR · 2013 · Rome · 27th plenary": what a communiqué is called in headings, its regime first,
// since an index may hold several (its title or id when it has no organisation, year, city or number).
std::string communique_label(const schema::CommuniqueRecord& communique);

// "27th"
std::string ordinal(int number);

} // namespace plenary
