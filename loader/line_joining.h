// Lines of a paragraph joined into its text: whitespace collapsed, and a word that a hyphen
// splits at a line end rejoined ("Resolu-" + "tion") unless it is a compound that keeps its
// hyphen ("non-" + "proliferation"), with anchors back to the lines' offsets.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"

namespace plenary::loader {

// Decides whether a hyphen at a line end belongs to the word: first from the document itself
// (the word written elsewhere with or without its hyphen), then from a list of compound parts
// (loader/data/hyphenated_compounds.txt); a word split without evidence is rejoined.
class LineEndHyphens {
public:
    explicit LineEndHyphens(std::string_view document_text);

    // before: the line's last word without its final hyphen; after: the next line's first word.
    bool keeps_hyphen(std::string_view before, std::string_view after) const;

private:
    std::set<std::string> words_;  // lowercased, outer punctuation stripped, inner hyphens kept
};

struct SourceLine {
    std::string_view text;       // trimmed
    std::uint64_t offset = 0;    // where text[0] is in the source the anchors point into
};

struct JoinedText {
    std::string text;
    std::vector<OffsetAnchor> anchors;  // exact under linear mapping: a pair wherever the offsets shift
};

JoinedText join_lines(const std::vector<SourceLine>& lines, const LineEndHyphens& hyphens);

} // namespace plenary::loader
