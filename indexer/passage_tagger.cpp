#include "plenary/passage_tagger.h"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

#include "plenary/files.h"
#include "plenary/strings.h"
#include "tag_rules_parser.h"

namespace plenary {

namespace {

bool is_number(std::string_view stem) {
    return !stem.empty() && std::all_of(stem.begin(), stem.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Stems by position, for finding words and phrases.
using WordPositions = std::unordered_map<std::string_view, std::vector<std::uint32_t>>;

WordPositions positions_of(const std::vector<AnalyzedWord>& words) {
    WordPositions positions;
    for (const auto& word : words) {
        positions[word.stem].push_back(word.position);
        if (is_number(word.stem)) positions[any_number].push_back(word.position);
    }
    for (auto& [stem, list] : positions) std::sort(list.begin(), list.end());
    return positions;
}

bool at_position(const WordPositions& positions, const std::vector<std::string>& alternatives, std::uint32_t position) {
    for (const auto& stem : alternatives) {
        auto found = positions.find(stem);
        if (found != positions.end() && std::binary_search(found->second.begin(), found->second.end(), position)) return true;
    }
    return false;
}

// Whether the words after the first of a phrase occur at the positions after start.
bool follows(const WordPositions& positions, const std::vector<std::vector<std::string>>& words, std::uint32_t start) {
    for (std::size_t i = 1; i < words.size(); ++i) {
        if (!at_position(positions, words[i], start + static_cast<std::uint32_t>(i))) return false;
    }
    return true;
}

// Where a phrase starts in the passage, in order.
std::vector<std::uint32_t> starts_of(const WordPositions& positions, const std::vector<std::vector<std::string>>& phrase) {
    std::vector<std::uint32_t> starts;
    for (const auto& stem : phrase.front()) {
        auto found = positions.find(stem);
        if (found == positions.end()) continue;
        for (const std::uint32_t start : found->second)
            if (follows(positions, phrase, start)) starts.push_back(start);
    }
    std::sort(starts.begin(), starts.end());
    return starts;
}

// A cue found in a passage: its weight, the alternative that occurred and where it occurs.
struct FoundCue {
    double weight = 0;
    std::string_view text;
    std::vector<std::uint32_t> starts;
};

bool occurs_within(const FoundCue& cue, std::uint32_t from, std::uint32_t window) {
    auto at = std::lower_bound(cue.starts.begin(), cue.starts.end(), from);
    return at != cue.starts.end() && *at - from < window;
}

// The score of the cues that occur in the passage (window 0) or, with a window, of the words
// from the start of the best window on; a negative cue counts wherever it occurs.
TagScore best_score(std::string tag, const std::vector<FoundCue>& found, std::uint32_t window) {
    TagScore best{std::move(tag), 0, false, {}};
    std::vector<std::uint32_t> window_starts{0};
    if (window > 0)
        for (const FoundCue& cue : found) window_starts.insert(window_starts.end(), cue.starts.begin(), cue.starts.end());
    bool first = true;
    for (const std::uint32_t from : window_starts) {
        TagScore score{best.tag, 0, false, {}};
        for (const FoundCue& cue : found) {
            if (window > 0 && cue.weight > 0 && !occurs_within(cue, from, window)) continue;
            score.score += cue.weight;
            score.cues.emplace_back(cue.text);
        }
        if (first || score.score > best.score) best = std::move(score);
        first = false;
    }
    return best;
}

} // namespace

PassageTagger::PassageTagger(std::string_view rules, std::string_view origin, Analyzer& analyzer)
    : rules_(RulesParser(origin, analyzer).parse(rules)), fingerprint_(fmt::format("{:016x}", fnv1a(rules))), origin_(origin) {}

PassageTagger load_tag_rules(const std::filesystem::path& file, Analyzer& analyzer) {
    if (file.empty()) return PassageTagger(builtin_tag_rules().front().text, "indexer/tag_rules.conf (built in)", analyzer);
    try {
        return PassageTagger(read_text_file(file), file.string(), analyzer);
    } catch (const FileReadError& error) {
        throw std::runtime_error(fmt::format("cannot read the tag rules {}: {}", file.string(), error.reason()));
    }
}

TextSource text_source(const CommuniqueMetadata& metadata) {
    return metadata.org.empty() ? TextSource::other : TextSource::regime_statement;
}

std::vector<TagScore> PassageTagger::scores(const std::vector<AnalyzedWord>& words, TextSource source) const {
    WordPositions positions = positions_of(words);
    std::vector<TagScore> out;
    for (const auto& rule : rules_) {
        std::vector<FoundCue> found;
        for (const auto& cue : rule.cues) {
            FoundCue occurrence{cue.weight, {}, {}};
            for (const auto& alternative : cue.alternatives) {
                std::vector<std::uint32_t> starts = starts_of(positions, alternative.words);
                if (!starts.empty() && occurrence.text.empty()) occurrence.text = alternative.text;
                occurrence.starts.insert(occurrence.starts.end(), starts.begin(), starts.end());
            }
            std::sort(occurrence.starts.begin(), occurrence.starts.end());
            if (!occurrence.starts.empty()) found.push_back(std::move(occurrence));
        }
        TagScore score = best_score(rule.tag, found, rule.window);
        const bool in_scope = !rule.regime_only || source == TextSource::regime_statement;
        // Weights such as 0.1 do not add up exactly in binary.
        score.tagged = in_scope && score.score >= rule.threshold - 1e-9;
        out.push_back(std::move(score));
    }
    return out;
}

std::vector<std::string> PassageTagger::tags(const std::vector<AnalyzedWord>& words, TextSource source) const {
    std::vector<std::string> out;
    for (auto& score : scores(words, source)) {
        if (score.tagged) out.push_back(std::move(score.tag));
    }
    return out;
}

std::vector<std::string> PassageTagger::tag_names() const {
    std::vector<std::string> names;
    for (const auto& rule : rules_) names.push_back(rule.tag);
    return names;
}

} // namespace plenary
