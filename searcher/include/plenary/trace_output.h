// How plenary-trace shows a formula's history and the paragraphs carried over: text for people
// (the word differences coloured as `git diff --word-diff=color` shows them, or marked
// [-removed-]{+added+} without colour) and JSON Lines for scripts.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

#include "plenary/formula_trace.h"

namespace plenary {

struct TraceStyle {
    bool color = false;
    std::size_t width = 0;  // wrap text at this many columns; 0: a paragraph per line (a pipe)
};

// The new text with the diff's removed words struck through in red and added words underlined in
// green, or without colour as [-removed-] and {+added+}.
std::string render_diff(std::string_view old_text, std::string_view new_text, const WordDiff& diff, bool color);

// A summary line (how many communiqués carry it, first and last appearance), then per communiqué
// in time order a heading and the passage: whole for the first version, as a word diff from the
// previous version after it; an absent communiqué in one line, with its closest passage.
void print_trace(std::ostream& out, const FormulaTrace& trace, const TraceStyle& style);

// One object per communiqué ({"type":"version"...} or {"type":"absent"...}), the diff as
// operations with byte offsets into the previous and this version's text, then a summary object.
void print_trace_json(std::ostream& out, const FormulaTrace& trace);

// Each carried-over paragraph: the two passages, the similarity and the word diff.
void print_carried_over(std::ostream& out, const std::vector<CarriedOver>& carried, const TraceStyle& style);
void print_carried_over_json(std::ostream& out, const std::vector<CarriedOver>& carried);

} // namespace plenary
