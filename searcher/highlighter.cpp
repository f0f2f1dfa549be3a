#include "plenary/highlighter.h"

#include <algorithm>

namespace plenary {

namespace {

std::vector<Highlight> merged(std::vector<Highlight> spans) {
    std::sort(spans.begin(), spans.end());
    std::vector<Highlight> out;
    for (const auto& span : spans) {
        if (!out.empty() && span.first <= out.back().second) {
            out.back().second = std::max(out.back().second, span.second);
        } else {
            out.push_back(span);
        }
    }
    return out;
}

} // namespace

AnalyzedText::AnalyzedText(std::string_view text, Analyzer& analyzer) {
    analyzer.analyze(text, [&](const Token& token) {
        words_.push_back({token.term, token.stem, token.marked_stem, {token.begin, token.end}});
    });
}

bool AnalyzedText::phrase_at(std::size_t first, const std::vector<std::string>& phrase) const {
    if (first + phrase.size() > words_.size()) return false;
    for (std::size_t i = 0; i < phrase.size(); ++i) {
        if (!words_[first + i].has_stem(phrase[i])) return false;
    }
    return true;
}

std::vector<Highlight> AnalyzedText::highlights(const MatchPlan& plan) const {
    std::vector<Highlight> spans;
    for (std::size_t i = 0; i < words_.size(); ++i) {
        const Word& word = words_[i];
        bool prefixed = std::any_of(plan.prefixes.begin(), plan.prefixes.end(), [&](const std::string& prefix) {
            return word.term.compare(0, prefix.size(), prefix) == 0 || word.stem.compare(0, prefix.size(), prefix) == 0;
        });
        if (prefixed || plan.stems.count(word.stem) || (!word.marked_stem.empty() && plan.stems.count(word.marked_stem))) {
            spans.push_back(word.span);
        }
        for (const auto& phrase : plan.phrases) {
            if (phrase_at(i, phrase)) spans.push_back({word.span.first, words_[i + phrase.size() - 1].span.second});
        }
    }
    return merged(std::move(spans));
}

std::vector<Highlight> find_highlights(std::string_view text, const MatchPlan& plan, Analyzer& analyzer) {
    return AnalyzedText(text, analyzer).highlights(plan);
}

} // namespace plenary
