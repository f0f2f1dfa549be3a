#include "function_words.h"

#include <algorithm>
#include <iterator>

#include "plenary/analyzer.h"

namespace plenary {

namespace {

// Sorted for binary search. The verbs of a question's frame in their common forms, as
// in the stoplists of question and description queries (what is asked, not its subject).
constexpr std::string_view question_frame_words[] = {
    "describe", "described", "describes", "explain", "explained", "explains", "know", "knows",
    "mention",  "mentioned", "mentions",  "said",    "say",       "saying",   "says", "tell",
    "tells",    "told",      "whose",
};

} // namespace

bool is_question_frame_word(std::string_view folded_term) {
    return std::binary_search(std::begin(question_frame_words), std::end(question_frame_words), folded_term);
}

bool is_function_word(std::string_view folded_term, bool question_words) {
    return Analyzer::is_stopword(folded_term) || (question_words && is_question_frame_word(folded_term));
}

} // namespace plenary
