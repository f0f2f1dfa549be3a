// Word-level differences between two versions of a passage, as `git diff --word-diff` shows
// them: words are runs of non-space characters compared exactly, so a changed comma or capital
// is a changed word. Computed with dtl's O(NP) shortest edit script (libdtl-dev).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plenary {

enum class DiffKind { equal, removed, added };

// Bytes [begin, end) of a text; empty where a run has no words on that side.
struct ByteRange {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};

// A run of consecutive words of one kind: equal words are in both texts, removed words only in
// the old one (their new range is the empty place they were taken from), added words only in the
// new one (their old range is the empty place they went in).
struct DiffRun {
    DiffKind kind = DiffKind::equal;
    ByteRange old_text;
    ByteRange new_text;
};

struct WordDiff {
    std::vector<DiffRun> runs;  // in text order; never two runs of one kind side by side
    std::size_t old_words = 0;
    std::size_t new_words = 0;
    std::size_t common_words = 0;

    // 2 × common words / (old words + new words), as difflib's ratio: 1 for the same words,
    // 0 for none in common (1 for two empty texts).
    double similarity() const;
};

WordDiff diff_words(std::string_view old_text, std::string_view new_text);

// "equal", "removed" or "added".
std::string_view kind_name(DiffKind kind);

// The new version rebuilt from the old one: its equal runs taken from old_text, its added runs
// from new_text, single-spaced (the new text itself when it is whitespace-normalized, as
// passages are). What the tests check a diff against.
std::string apply_diff(std::string_view old_text, std::string_view new_text, const WordDiff& diff);

} // namespace plenary
