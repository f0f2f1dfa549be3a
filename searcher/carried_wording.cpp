#include "carried_wording.h"

#include <algorithm>
#include <vector>

#include "plenary/word_diff.h"

namespace plenary {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Where each sentence of text starts, and text's size last: a sentence ends with a word that
// ends in '.', '!' or '?' (an abbreviation's dot ends one too, which only adds runs to try).
std::vector<std::size_t> sentence_starts(std::string_view text) {
    std::vector<std::size_t> starts{0};
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        bool ends_sentence = (text[i] == '.' || text[i] == '!' || text[i] == '?') && is_space(text[i + 1]);
        if (ends_sentence) starts.push_back(i + 1);
    }
    starts.push_back(text.size());
    return starts;
}

std::size_t word_count(std::string_view text) {
    std::size_t words = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!is_space(text[i]) && (i == 0 || is_space(text[i - 1]))) ++words;
    }
    return words;
}

// The highest similarity two texts of these lengths can have: all the shorter one's words common.
double similarity_bound(std::size_t a, std::size_t b) {
    return a + b == 0 ? 1.0 : 2.0 * static_cast<double>(std::min(a, b)) / static_cast<double>(a + b);
}

} // namespace

CarriedWording carried_wording(std::string_view a, std::string_view b) {
    const bool a_is_shorter = word_count(a) <= word_count(b);
    const std::string_view shorter = a_is_shorter ? a : b;
    const std::string_view longer = a_is_shorter ? b : a;
    const std::size_t shorter_words = word_count(shorter);
    const std::vector<std::size_t> starts = sentence_starts(longer);
    const WordDiff whole = diff_words(shorter, longer);
    CarriedWording best{whole.similarity(), whole.common_words};
    for (std::size_t first = 0; first + 1 < starts.size(); ++first) {
        for (std::size_t end = first + 1; end < starts.size(); ++end) {
            if (first == 0 && end + 1 == starts.size()) continue;  // the whole passage, weighed above
            std::string_view run = longer.substr(starts[first], starts[end] - starts[first]);
            std::size_t run_words = word_count(run);
            if (run_words > shorter_words && similarity_bound(shorter_words, run_words) <= best.similarity) break;  // longer runs only lose
            if (similarity_bound(shorter_words, run_words) <= best.similarity) continue;
            best.similarity = std::max(best.similarity, diff_words(shorter, run).similarity());
        }
    }
    return best;
}

} // namespace plenary
