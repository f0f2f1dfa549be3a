#include "matched_words.h"

#include <algorithm>

#include "plenary/index_schema.h"

namespace plenary {

namespace {

bool has_term(const Xapian::Document& document, const std::string& term) {
    Xapian::TermIterator terms = document.termlist_begin();
    terms.skip_to(term);
    return terms != document.termlist_end() && *terms == term;
}

bool in_fields(const MatchPlan& plan, const Xapian::Document& document) {
    return std::any_of(plan.stems.begin(), plan.stems.end(), [&](const std::string& stem) {
        return std::any_of(schema::field_word_prefixes.begin(), schema::field_word_prefixes.end(),
                           [&](std::string_view prefix) { return has_term(document, std::string(prefix) + stem); });
    });
}

} // namespace

std::vector<std::string> matched_words(const std::vector<WrittenWord>& words, const AnalyzedText& text,
                                       const Xapian::Document& document) {
    std::vector<std::string> matched;
    for (const auto& word : words) {
        if (text.contains(word.plan) || in_fields(word.plan, document)) matched.push_back(word.text);
    }
    return matched;
}

} // namespace plenary
