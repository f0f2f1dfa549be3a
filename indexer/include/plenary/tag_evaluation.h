// Measures the passage tagger against hand labels: precision and recall per tag.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "plenary/passage_tagger.h"

namespace plenary {

// Passage id -> tags. Read from a TSV file: passage id <TAB> tags (comma-separated, "-" for none)
// <TAB> rationale; '#' lines are comments. Throws runtime_error "file:line: reason".
using TagAssignments = std::map<std::string, std::set<std::string>>;
TagAssignments read_tag_labels(const std::filesystem::path& file);

// A passage as the tagger saw it: its tags and every tag's score with the cues behind it.
struct TaggedPassage {
    std::string communique_id;
    std::vector<TagScore> scores;
    std::set<std::string> tags;
};

// Tags every passage of the .txt and .md files under paths (passage ids as the index has them).
std::map<std::string, TaggedPassage> tag_passages(const std::vector<std::filesystem::path>& paths,
                                                  const PassageTagger& tagger);

struct TagCounts {
    std::size_t labelled = 0;   // passages the labels give the tag
    std::size_t predicted = 0;  // passages the tagger gives it
    std::size_t agreed = 0;     // both
    // Undefined (nullopt) when nothing was predicted, resp. labelled.
    std::optional<double> precision() const;
    std::optional<double> recall() const;
};

struct TagEvaluation {
    std::map<std::string, TagCounts> per_tag;  // every tag of the labels or the predictions
    TagCounts all;                              // micro-average over tags
    std::size_t passages = 0;
};

// Compares predictions with labels over the passages both hold. Throws runtime_error naming
// a passage that only one of them holds.
TagEvaluation evaluate_tags(const TagAssignments& labels, const TagAssignments& predicted);

} // namespace plenary
