// The history of a formula across the communiqués: for each communiqué in time order the passage
// that carries it, and between consecutive versions the word-level difference; and the paragraphs
// carried over from one communiqué to the next.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "plenary/searcher.h"
#include "plenary/word_diff.h"

namespace plenary {

struct TraceOptions {
    // A passage traced from its id is carried by another communiqué's passage whose words are at
    // least this similar to it (WordDiff::similarity: 2 × common words / all words), the shorter
    // of the two against the run of whole sentences of the longer most like it.
    double min_similarity = 0.3;
    // Every passage a query matches is looked at, up to this many.
    std::size_t max_passages = 5000;
};

struct TraceVersion {
    std::shared_ptr<const schema::CommuniqueRecord> communique;
    std::optional<Hit> hit;         // the passage that carries the formula; none: absent
    std::optional<Hit> closest;     // absent: the passage nearest to carrying it, if any
    std::size_t also_carried_by = 0;  // the communiqué's other passages that carry it
    std::optional<WordDiff> diff;   // from the previous version (none for the first)
    // What the version was chosen by: its similarity to the traced passage (carried_wording.h),
    // or for a query, to the version before; none for the first version of a query, the traced
    // passage itself.
    std::optional<double> similarity;
};

struct FormulaTrace {
    std::string formula;                // the query, or the passage id traced
    bool from_passage = false;          // formula is a passage id
    // The communiqués in time order, those without a year after the others (a note or a page
    // whose date was not found cannot be placed in the timeline): every one of the index, but only
    // the traced passage's regime (organisation), or only those where the query's fields beside
    // its words hold.
    std::vector<TraceVersion> versions;

    std::size_t present() const;
    // The first and last dated communiqué that carries it (an undated one when no dated one
    // does); nothing when none does.
    const TraceVersion* first() const;
    const TraceVersion* last() const;
};

// A passage id, as plenary-search --json prints it ("2013-rome-27th-plenary#7"): one word holding
// '#', and neither a field (passage:ID, a query) nor a phrase.
bool looks_like_passage_id(const std::string& formula);

// How a trace's searcher ranks: the defaults, but without WordNet's synonyms and related
// concepts, since a trace follows a formula's wording, not its meaning.
RankingOptions wording_ranking();

// The trace of a query or, when formula looks like a passage id, of that passage. With a query,
// a communiqué carries the formula in the passages that match all its words (partial best-match
// hits are only "closest"); the first version is the best-scored, each later one the passage
// of the communiqué whose wording is closest to the version before (the formula followed, not
// found again), the best-scored among equals. With a passage id, each other communiqué's
// passage most like it (like_query.h) that carries the most of its wording, in whole sentences
// when one of the two is merged into the other, kept if similar enough (TraceOptions::min_similarity).
// Throws QueryError for a malformed query, std::invalid_argument for an unknown passage id.
FormulaTrace trace_formula(Searcher& searcher, const std::string& formula, const TraceOptions& options = {});

struct CarriedOver {
    std::shared_ptr<const schema::CommuniqueRecord> from;
    std::shared_ptr<const schema::CommuniqueRecord> to;
    schema::PassageRecord earlier;
    schema::PassageRecord later;
    WordDiff diff;
};

// Paragraphs of each communiqué that repeat one of the communiqué before it (in time order) word
// for word or nearly: the earlier passage most similar to each later one, when at least
// min_similarity (WordDiff::similarity), in time and reading order.
std::vector<CarriedOver> carried_over(Searcher& searcher, double min_similarity = 0.8);

} // namespace plenary
