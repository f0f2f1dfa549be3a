#include "plenary/passage_tagger.h"

#include "plenary/files.h"
#include "plenary/strings.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_map>

namespace plenary {

namespace {

std::string_view trim_line(std::string_view text) { return trim(text, " \t\r"); }

bool valid_tag_name(std::string_view name) {
    return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

// Locale-independent, and the whole field must be the number.
bool parse_number(std::string_view field, double& value) {
    auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), value);
    return error == std::errc() && end == field.data() + field.size();
}

std::string read_rules_file(const std::string& path) {
    try {
        return read_file(path);
    } catch (const FileReadError&) {
        throw std::runtime_error(fmt::format("cannot read the tag rules {} (named by $PLENARY_TAG_RULES)", path));
    }
}

// A cue word "#" stands for any number.
constexpr std::string_view any_number = "#";

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
    : fingerprint_(fmt::format("{:016x}", fnv1a(rules))), origin_(origin) {
    auto fail = [&](std::size_t line, const std::string& reason) {
        throw TagRulesError(fmt::format("{}:{}: {}", origin, line, reason));
    };
    std::map<std::string, std::size_t> tag_lines;
    std::map<std::vector<std::vector<std::string>>, std::size_t> cue_lines;  // of the current tag
    std::size_t section_line = 0;
    auto finish_section = [&] {
        if (rules_.empty()) return;
        const Rule& rule = rules_.back();
        if (rule.threshold <= 0) fail(section_line, fmt::format("[{}] has no threshold line", rule.tag));
        if (rule.cues.empty()) fail(section_line, fmt::format("[{}] has no cues", rule.tag));
    };

    std::size_t number = 0;
    std::istringstream lines{std::string(rules)};
    for (std::string raw; std::getline(lines, raw);) {
        ++number;
        std::string_view line = trim_line(raw);
        if (line.empty() || line.front() == '#') continue;

        if (line.front() == '[') {
            if (line.back() != ']') fail(number, "a section line is [tag-name]");
            std::string tag(trim_line(line.substr(1, line.size() - 2)));
            if (!valid_tag_name(tag)) fail(number, fmt::format("bad tag name \"{}\": use a-z, 0-9 and -", tag));
            if (auto [at, fresh] = tag_lines.emplace(tag, number); !fresh) {
                fail(number, fmt::format("[{}] is already defined on line {}", tag, at->second));
            }
            finish_section();
            rules_.push_back(Rule{tag, 0, {}});
            cue_lines.clear();
            section_line = number;
            continue;
        }

        auto cut = line.find_first_of(" \t");
        std::string_view first = line.substr(0, cut);
        std::string_view rest = cut == std::string_view::npos ? std::string_view() : trim_line(line.substr(cut));
        if (rules_.empty()) fail(number, "a rule line before the first [tag-name]");
        Rule& rule = rules_.back();

        double value = 0;
        if (first == "threshold") {
            if (!parse_number(rest, value) || value <= 0) fail(number, "the threshold must be a number above 0");
            rule.threshold = value;
            continue;
        }
        if (!parse_number(first, value)) {
            fail(number, fmt::format("expected \"threshold N\" or \"WEIGHT cue words\", not \"{}\"", line));
        }
        if (value == 0) fail(number, "a cue's weight must not be 0");
        Cue cue{std::string(rest), {}, value};
        std::istringstream pieces{std::string(rest)};
        for (std::string piece; pieces >> piece;) {
            if (piece == any_number) {
                cue.words.push_back({std::string(any_number)});
                continue;
            }
            std::size_t first_word = cue.words.size();
            std::uint32_t last = 0;
            analyzer.analyze(piece, [&](const Token& token) {
                if (cue.words.size() == first_word || token.position != last) cue.words.emplace_back();
                cue.words.back().push_back(token.stem);
                last = token.position;
            });
        }
        if (cue.words.empty()) fail(number, "a cue needs at least one word");
        if (auto [at, fresh] = cue_lines.emplace(cue.words, number); !fresh) {
            fail(number, fmt::format("\"{}\" matches the same words as the cue on line {}", cue.text, at->second));
        }
        rule.cues.push_back(std::move(cue));
    }
    finish_section();
}

const PassageTagger& PassageTagger::standard() {
    static const PassageTagger tagger = [] {
        Analyzer analyzer;
        const char* path = std::getenv("PLENARY_TAG_RULES");
        if (path && *path) return PassageTagger(read_rules_file(path), path, analyzer);
        return PassageTagger(builtin_tag_rules().front().text, "indexer/tag_rules.conf (built in)", analyzer);
    }();
    return tagger;
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
