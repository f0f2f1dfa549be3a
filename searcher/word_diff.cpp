#include "plenary/word_diff.h"

#include <dtl/dtl.hpp>

#include <optional>

namespace plenary {

namespace {

struct Word {
    std::string_view text;
    ByteRange range;
};

std::vector<Word> words_of(std::string_view text) {
    std::vector<Word> words;
    auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && is_space(text[i])) ++i;
        std::size_t begin = i;
        while (i < text.size() && !is_space(text[i])) ++i;
        if (i > begin) {
            words.push_back({text.substr(begin, i - begin), {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(i)}});
        }
    }
    return words;
}

std::vector<std::string_view> texts_of(const std::vector<Word>& words) {
    std::vector<std::string_view> texts;
    texts.reserve(words.size());
    for (const auto& word : words) texts.push_back(word.text);
    return texts;
}

// Where the next word of a side starts (its end when no word is left): the empty place of a run
// that has no word on that side.
ByteRange place_before(const std::vector<Word>& words, std::size_t next, std::size_t text_size) {
    auto at = static_cast<std::uint32_t>(next < words.size() ? words[next].range.begin : text_size);
    return {at, at};
}

// Extends the last run when it is of this kind, else starts a new one.
void add_word(std::vector<DiffRun>& runs, DiffKind kind, const ByteRange& old_range, const ByteRange& new_range) {
    if (!runs.empty() && runs.back().kind == kind) {
        if (kind != DiffKind::added) runs.back().old_text.end = old_range.end;
        if (kind != DiffKind::removed) runs.back().new_text.end = new_range.end;
        return;
    }
    runs.push_back({kind, old_range, new_range});
}

// The removed and added runs between two equal runs as one removed run then one added run, as git
// shows a change: [-old words-]{+new words+}. The removed words of a stretch are contiguous in
// the old text and its added words in the new one.
std::vector<DiffRun> removed_before_added(const std::vector<DiffRun>& runs) {
    std::vector<DiffRun> ordered;
    for (std::size_t i = 0; i < runs.size();) {
        if (runs[i].kind == DiffKind::equal) {
            ordered.push_back(runs[i++]);
            continue;
        }
        const ByteRange old_place{runs[i].old_text.begin, runs[i].old_text.begin};
        const ByteRange new_place{runs[i].new_text.begin, runs[i].new_text.begin};
        std::optional<DiffRun> removed, added;
        for (; i < runs.size() && runs[i].kind != DiffKind::equal; ++i) {
            auto& merged = runs[i].kind == DiffKind::removed ? removed : added;
            if (!merged) merged = runs[i];
            else if (runs[i].kind == DiffKind::removed) merged->old_text.end = runs[i].old_text.end;
            else merged->new_text.end = runs[i].new_text.end;
        }
        if (removed) ordered.push_back({DiffKind::removed, removed->old_text, new_place});
        if (added) {
            auto after_removed = removed ? removed->old_text.end : old_place.begin;
            ordered.push_back({DiffKind::added, {after_removed, after_removed}, added->new_text});
        }
    }
    return ordered;
}

} // namespace

double WordDiff::similarity() const {
    if (old_words + new_words == 0) return 1.0;
    return 2.0 * static_cast<double>(common_words) / static_cast<double>(old_words + new_words);
}

WordDiff diff_words(std::string_view old_text, std::string_view new_text) {
    const std::vector<Word> old_words = words_of(old_text);
    const std::vector<Word> new_words = words_of(new_text);
    dtl::Diff<std::string_view> script(texts_of(old_words), texts_of(new_words));
    script.compose();

    WordDiff diff;
    diff.old_words = old_words.size();
    diff.new_words = new_words.size();
    std::size_t i = 0;  // next old word
    std::size_t j = 0;  // next new word
    for (const auto& [word, info] : script.getSes().getSequence()) {
        (void)word;
        if (info.type == dtl::SES_COMMON) {
            add_word(diff.runs, DiffKind::equal, old_words[i++].range, new_words[j++].range);
            ++diff.common_words;
        } else if (info.type == dtl::SES_DELETE) {
            add_word(diff.runs, DiffKind::removed, old_words[i++].range, place_before(new_words, j, new_text.size()));
        } else {
            add_word(diff.runs, DiffKind::added, place_before(old_words, i, old_text.size()), new_words[j++].range);
        }
    }
    diff.runs = removed_before_added(diff.runs);
    return diff;
}

std::string_view kind_name(DiffKind kind) {
    switch (kind) {
    case DiffKind::equal: return "equal";
    case DiffKind::removed: return "removed";
    case DiffKind::added: return "added";
    }
    return "equal";
}

std::string apply_diff(std::string_view old_text, std::string_view new_text, const WordDiff& diff) {
    std::string text;
    auto append = [&](std::string_view source, const ByteRange& range) {
        for (const auto& word : words_of(source.substr(range.begin, range.end - range.begin))) {
            if (!text.empty()) text += ' ';
            text += word.text;
        }
    };
    for (const auto& run : diff.runs) {
        if (run.kind == DiffKind::equal) append(old_text, run.old_text);
        if (run.kind == DiffKind::added) append(new_text, run.new_text);
    }
    return text;
}

} // namespace plenary
