// Passage tags from weighted cue rules (indexer/tag_rules.conf): a passage gets a tag when the
// weights of the tag's cues that occur in it add up to the tag's threshold. Cues are words or
// phrases written in plain text and analyzed by the one Analyzer, so they match as the index does.
#pragma once

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "plenary/analyzer.h"
#include "plenary/communique_metadata.h"
#include "plenary/embedded_files.h"

namespace plenary {

// A malformed rules file: "origin:line: reason".
class TagRulesError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A passage's words as the analyzer gave them: stems with their positions.
struct AnalyzedWord {
    std::string stem;
    std::uint32_t position = 0;
};

struct TagScore {
    std::string tag;
    double score = 0;
    bool tagged = false;
    std::vector<std::string> cues;  // the cues that occurred, as written in the rules (of
                                    // alternatives, the first that occurred)
};

// Where a passage comes from, for the tags whose rules say "scope regime": a regime's statement
// is a communiqué whose organisation is known (CommuniqueMetadata::org).
enum class TextSource { other, regime_statement };
TextSource text_source(const CommuniqueMetadata& metadata);

class PassageTagger {
public:
    // Parses rules text (origin names it in errors). Throws TagRulesError. Text without rules
    // gives a tagger that tags nothing.
    PassageTagger(std::string_view rules, std::string_view origin, Analyzer& analyzer);

    // The tags of an analyzed passage, in the order of the rules. Thread-safe.
    std::vector<std::string> tags(const std::vector<AnalyzedWord>& words, TextSource source) const;

    // Every tag's score and the cues behind it, in the order of the rules; a tag whose scope the
    // source is outside of is never tagged.
    std::vector<TagScore> scores(const std::vector<AnalyzedWord>& words, TextSource source) const;

    // The tag names, in the order of the rules.
    std::vector<std::string> tag_names() const;

    // Identifies the rules' content: an index tagged with other rules must be re-tagged.
    const std::string& fingerprint() const { return fingerprint_; }

    // Where the rules came from: a path, or "indexer/tag_rules.conf (built in)".
    const std::string& origin() const { return origin_; }

private:
    // A word or phrase: per position, the stems that match it.
    using Phrase = std::vector<std::vector<std::string>>;
    struct Alternative {
        std::string text;  // as written in the rules
        Phrase words;
    };
    struct Cue {
        std::vector<Alternative> alternatives;  // the cue occurs when one of them does
        double weight = 0;
    };
    struct Rule {
        std::string tag;
        double threshold = 0;
        bool regime_only = false;  // "scope regime": only in a regime's statement
        std::uint32_t window = 0;  // "window N": cues count together within N words; 0: the passage
        std::vector<Cue> cues;
    };
    class RulesParser;

    std::vector<Rule> rules_;
    std::string fingerprint_;
    std::string origin_;
};

// indexer/tag_rules.conf, compiled in.
std::vector<EmbeddedFile> builtin_tag_rules();

// The rules in file, or the built-in ones when file is empty. Throws TagRulesError, or
// runtime_error when the file cannot be read.
PassageTagger load_tag_rules(const std::filesystem::path& file, Analyzer& analyzer);

} // namespace plenary
