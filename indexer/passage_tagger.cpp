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

// Whether the words after the first of a cue occur at the positions after start.
bool follows(const WordPositions& positions, const std::vector<std::vector<std::string>>& words, std::uint32_t start) {
    for (std::size_t i = 1; i < words.size(); ++i) {
        if (!at_position(positions, words[i], start + static_cast<std::uint32_t>(i))) return false;
    }
    return true;
}

} // namespace

PassageTagger::PassageTagger(std::string_view rules, std::string_view origin, Analyzer& analyzer)
    : rules_(RulesParser(origin, analyzer).parse(rules)), fingerprint_(fmt::format("{:016x}", fnv1a(rules))), origin_(origin) {}

PassageTagger load_tag_rules(const std::filesystem::path& file, Analyzer& analyzer) {
    if (file.empty()) return PassageTagger(builtin_tag_rules().front().text, "indexer/tag_rules.conf (built in)", analyzer);
    try {
        return PassageTagger(read_file(file), file.string(), analyzer);
    } catch (const FileReadError& error) {
        throw std::runtime_error(fmt::format("cannot read the tag rules {}: {}", file.string(), error.reason()));
    }
}

std::vector<TagScore> PassageTagger::scores(const std::vector<AnalyzedWord>& words) const {
    WordPositions positions = positions_of(words);
    std::vector<TagScore> out;
    for (const auto& rule : rules_) {
        TagScore score{rule.tag, 0, false, {}};
        for (const auto& cue : rule.cues) {
            bool occurs = false;
            for (const auto& stem : cue.words.front()) {
                auto found = positions.find(stem);
                if (found == positions.end()) continue;
                occurs = std::any_of(found->second.begin(), found->second.end(), [&](std::uint32_t start) {
                    return follows(positions, cue.words, start);
                });
                if (occurs) break;
            }
            if (!occurs) continue;
            score.score += cue.weight;
            score.cues.push_back(cue.text);
        }
        // Weights such as 0.1 do not add up exactly in binary.
        score.tagged = score.score >= rule.threshold - 1e-9;
        out.push_back(std::move(score));
    }
    return out;
}

std::vector<std::string> PassageTagger::tags(const std::vector<AnalyzedWord>& words) const {
    std::vector<std::string> out;
    for (auto& score : scores(words)) {
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
