// carried_over: the paragraphs a communiqué repeats from the one before it.
#include <algorithm>
#include <map>

#include "plenary/formula_trace.h"

namespace plenary {

namespace {

std::size_t word_count(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + (text.empty() ? 0 : 1);
}

// The highest similarity two texts of these lengths can have: all the shorter one's words common.
double similarity_bound(std::size_t a, std::size_t b) {
    return a + b == 0 ? 1.0 : 2.0 * static_cast<double>(std::min(a, b)) / static_cast<double>(a + b);
}

// The earlier passage most similar to later, when at least min_similarity.
std::optional<std::pair<const schema::PassageRecord*, WordDiff>> source_of(
    const schema::PassageRecord& later, const std::vector<schema::PassageRecord>& earlier, double min_similarity) {
    std::optional<std::pair<const schema::PassageRecord*, WordDiff>> best;
    const std::size_t later_words = word_count(later.text);
    for (const auto& candidate : earlier) {
        if (similarity_bound(later_words, word_count(candidate.text)) < min_similarity) continue;
        WordDiff diff = diff_words(candidate.text, later.text);
        double similarity = diff.similarity();
        if (similarity >= min_similarity && (!best || similarity > best->second.similarity())) {
            best.emplace(&candidate, std::move(diff));
        }
    }
    return best;
}

} // namespace

// A communiqué repeats the one before it of its own regime (organisation), not another regime's.
std::vector<CarriedOver> carried_over(Searcher& searcher, double min_similarity) {
    struct Previous {
        std::shared_ptr<const schema::CommuniqueRecord> communique;
        std::vector<schema::PassageRecord> passages;
    };
    std::vector<CarriedOver> carried;
    std::map<std::string, Previous> previous_of_org;
    for (auto& communique : searcher.communiques()) {
        std::vector<schema::PassageRecord> passages = searcher.passages_of(*communique);
        Previous& previous = previous_of_org[communique->metadata.org];
        for (const auto& later : passages) {
            if (auto source = source_of(later, previous.passages, min_similarity)) {
                carried.push_back({previous.communique, communique, *source->first, later, std::move(source->second)});
            }
        }
        previous = {communique, std::move(passages)};
    }
    return carried;
}

} // namespace plenary
