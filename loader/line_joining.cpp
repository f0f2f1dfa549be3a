#include "line_joining.h"

#include "utf8_text.h"
#include "plenary/embedded_files.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>

namespace plenary {
std::vector<EmbeddedFile> builtin_hyphenated_compounds();
}

namespace plenary::loader {
namespace {

constexpr std::size_t compound_second_part_min_letters = 3;

struct CompoundParts {
    std::set<std::string> first, second, endings;
};

const CompoundParts& compound_parts() {
    static const CompoundParts parts = [] {
        CompoundParts read;
        std::set<std::string>* section = nullptr;
        const std::string_view text = builtin_hyphenated_compounds().front().text;
        for (std::size_t at = 0; at < text.size();) {
            std::size_t end = text.find('\n', at);
            if (end == std::string_view::npos) end = text.size();
            const std::string_view line = trim_whitespace(text.substr(at, end - at));
            at = end + 1;
            if (line == "[first]") section = &read.first;
            else if (line == "[second]") section = &read.second;
            else if (line == "[endings]") section = &read.endings;
            else if (section && !line.empty() && line.front() != '#') section->emplace(line);
        }
        return read;
    }();
    return parts;
}

bool is_letter_at(std::string_view word, std::size_t at) {
    UChar32 c;
    auto offset = static_cast<std::int32_t>(at);
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(word.data()), offset, static_cast<std::int32_t>(word.size()), c);
    return u_isalpha(c);
}

// The word without leading and trailing characters that are not letters or digits, ASCII lowercased.
std::string word_key(std::string_view word) {
    const auto inner = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); };
    while (!word.empty() && !inner(word.front())) word.remove_prefix(1);
    while (!word.empty() && !inner(word.back())) word.remove_suffix(1);
    std::string key(word);
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return key;
}

// A letter or digit before a line-end hyphen ("Resolu-", "2004-"), not a dash standing alone.
bool is_word_character(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); }

std::string last_part(const std::string& word) { return word.substr(word.rfind('-') + 1); }

} // namespace

LineEndHyphens::LineEndHyphens(std::string_view document_text) {
    for_each_word(document_text, [&](std::size_t, std::string_view word) { words_.insert(word_key(word)); });
}

bool LineEndHyphens::keeps_hyphen(std::string_view before, std::string_view after) const {
    if (before.empty() || after.empty() || !is_letter_at(after, 0) || starts_uppercase(after)) return true;
    const std::string first = word_key(before), second = word_key(after);
    if (words_.contains(first + "-" + second)) return true;
    if (words_.contains(first + second)) return false;
    const CompoundParts& parts = compound_parts();
    if (parts.second.contains(second)) return true;
    return parts.first.contains(last_part(first)) && second.size() >= compound_second_part_min_letters &&
           !parts.endings.contains(second);
}

namespace {

class Joiner {
public:
    explicit Joiner(const LineEndHyphens& hyphens) : hyphens_(hyphens) {}

    void add_line(const SourceLine& line) {
        for_each_word(line.text, [&](std::size_t at, std::string_view word) { add_word(word, line.offset + at); });
        line_start_ = true;
    }

    JoinedText finish() {
        if (!joined_.text.empty()) joined_.anchors.push_back({static_cast<std::uint32_t>(joined_.text.size()), last_end_});
        return std::move(joined_);
    }

private:
    // A word that opens a line may finish the word the last line's hyphen split.
    void add_word(std::string_view word, std::uint64_t source) {
        std::string& text = joined_.text;
        const bool hyphen_split = line_start_ && !text.empty() && text.back() == '-' && last_word_.size() > 1 &&
                                  is_word_character(last_word_[last_word_.size() - 2]);
        const bool rejoin = hyphen_split && !hyphens_.keeps_hyphen(last_word_.substr(0, last_word_.size() - 1), word);
        if (rejoin) text.pop_back();
        else if (!text.empty() && !hyphen_split) text.push_back(' ');  // "non-" + "proliferation": no space
        const auto offset = static_cast<std::uint32_t>(text.size());
        if (joined_.anchors.empty() || source - offset != shift_) {
            if (!joined_.anchors.empty()) joined_.anchors.push_back({static_cast<std::uint32_t>(offset_before(rejoin)), last_end_});
            joined_.anchors.push_back({offset, source});
            shift_ = source - offset;
        }
        text.append(word);
        last_word_ = hyphen_split ? last_word_ + std::string(word) : std::string(word);
        last_end_ = source + word.size();
        line_start_ = false;
    }

    // Where the previous word ends in the text: before the separating space, or (rejoined) where
    // the new word starts.
    std::size_t offset_before(bool rejoined) const {
        return rejoined || joined_.text.back() != ' ' ? joined_.text.size() : joined_.text.size() - 1;
    }

    const LineEndHyphens& hyphens_;
    JoinedText joined_;
    std::string last_word_;
    std::uint64_t last_end_ = 0;
    std::uint64_t shift_ = 0;
    bool line_start_ = false;
};

} // namespace

JoinedText join_lines(const std::vector<SourceLine>& lines, const LineEndHyphens& hyphens) {
    Joiner joiner(hyphens);
    for (const SourceLine& line : lines) joiner.add_line(line);
    return joiner.finish();
}

} // namespace plenary::loader
