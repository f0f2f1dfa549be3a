#include "matched_words.h"

#include <algorithm>

#include "plenary/index_schema.h"

namespace plenary {

namespace {

bool in_fields(const MatchPlan& plan, const std::set<std::string>& field_terms) {
    return std::any_of(plan.stems.begin(), plan.stems.end(), [&](const std::string& stem) {
        return std::any_of(schema::field_word_prefixes.begin(), schema::field_word_prefixes.end(),
                           [&](std::string_view prefix) { return field_terms.count(std::string(prefix) + stem) > 0; });
    });
}

} // namespace

std::set<std::string> field_terms(const Xapian::Document& document) {
    auto prefixes = schema::field_word_prefixes;
    std::sort(prefixes.begin(), prefixes.end());  // one pass over the term list, which is sorted
    std::set<std::string> terms;
    Xapian::TermIterator term = document.termlist_begin();
    for (std::string_view prefix : prefixes) {
        for (term.skip_to(std::string(prefix)); term != document.termlist_end(); ++term) {
            const std::string& name = *term;
            if (name.compare(0, prefix.size(), prefix) != 0) break;
            terms.insert(name);
        }
    }
    return terms;
}

std::vector<std::string> matched_words(const std::vector<WrittenWord>& words, const AnalyzedText& text,
                                       const std::set<std::string>& field_terms) {
    std::vector<std::string> matched;
    for (const auto& word : words) {
        if (text.contains(word.plan) || in_fields(word.plan, field_terms)) matched.push_back(word.text);
    }
    return matched;
}

} // namespace plenary
