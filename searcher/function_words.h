// Words of a query that say how it is asked, not what it is about: English function words
// (the analyzer's stopwords, which hold the interrogatives what, when, where, who, which,
// why, how and the auxiliaries did, does, will) and the verbs that frame a question
// ("what did the regime say about brokering", "tell me about"). They never block a match
// and are never corrected.
#pragma once

#include <string_view>

namespace plenary {

// say, said, tell, describe, mention, explain, know, whose, ... (folded, unstemmed).
bool is_question_frame_word(std::string_view folded_term);

// A stopword, or with question_words a question frame word too.
bool is_function_word(std::string_view folded_term, bool question_words = true);

} // namespace plenary
