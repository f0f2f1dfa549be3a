#include "tag_rules_parser.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <sstream>

#include "plenary/strings.h"

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

} // namespace

std::vector<PassageTagger::Rule> PassageTagger::RulesParser::parse(std::string_view text) {
    std::istringstream lines{std::string(text)};
    for (std::string raw; std::getline(lines, raw);) {
        ++line_;
        std::string_view line = trim_line(raw);
        if (line.empty() || line.front() == '#') continue;
        if (line.front() == '[') {
            start_section(line);
        } else {
            read_rule(line);
        }
    }
    check_section();
    return std::move(rules_);
}

void PassageTagger::RulesParser::fail(std::size_t line, const std::string& reason) const {
    throw TagRulesError(fmt::format("{}:{}: {}", origin_, line, reason));
}

void PassageTagger::RulesParser::start_section(std::string_view line) {
    if (line.back() != ']') fail(line_, "a section line is [tag-name]");
    std::string tag(trim_line(line.substr(1, line.size() - 2)));
    if (!valid_tag_name(tag)) fail(line_, fmt::format("bad tag name \"{}\": use a-z, 0-9 and -", tag));
    if (auto [at, fresh] = tag_lines_.emplace(tag, line_); !fresh) {
        fail(line_, fmt::format("[{}] is already defined on line {}", tag, at->second));
    }
    check_section();
    rules_.push_back(Rule{tag, 0, false, 0, {}});
    cue_lines_.clear();
    section_line_ = line_;
}

// The section that ends is complete.
void PassageTagger::RulesParser::check_section() const {
    if (rules_.empty()) return;
    const Rule& rule = rules_.back();
    if (rule.threshold <= 0) fail(section_line_, fmt::format("[{}] has no threshold line", rule.tag));
    if (rule.cues.empty()) fail(section_line_, fmt::format("[{}] has no cues", rule.tag));
}

// "threshold N", "scope regime|any", "window N" or "WEIGHT cue words".
void PassageTagger::RulesParser::read_rule(std::string_view line) {
    auto cut = line.find_first_of(" \t");
    std::string_view first = line.substr(0, cut);
    std::string_view rest = cut == std::string_view::npos ? std::string_view() : trim_line(line.substr(cut));
    if (rules_.empty()) fail(line_, "a rule line before the first [tag-name]");
    double value = 0;
    if (first == "scope") {
        if (rest != "regime" && rest != "any") fail(line_, "the scope is \"regime\" or \"any\"");
        rules_.back().regime_only = rest == "regime";
        return;
    }
    if (first == "window") {
        if (!parse_number(rest, value) || value < 1 || value != static_cast<std::uint32_t>(value))
            fail(line_, "the window is a number of words, 1 or more");
        rules_.back().window = static_cast<std::uint32_t>(value);
        return;
    }
    if (first == "threshold") {
        if (!parse_number(rest, value) || value <= 0) fail(line_, "the threshold must be a number above 0");
        rules_.back().threshold = value;
        return;
    }
    if (!parse_number(first, value)) {
        fail(line_, fmt::format("expected \"threshold N\", \"scope regime|any\" or \"WEIGHT cue words\", not \"{}\"", line));
    }
    if (value == 0) fail(line_, "a cue's weight must not be 0");
    add_cue(value, rest);
}

// "words" or "words | other words | ...": alternatives that count once.
void PassageTagger::RulesParser::add_cue(double weight, std::string_view text) {
    Cue cue{{}, weight};
    for (const std::string_view written : split(text, '|')) {
        Alternative alternative{std::string(trim_line(written)), analyzed(written)};
        if (alternative.words.empty()) fail(line_, "a cue needs at least one word");
        if (auto [at, fresh] = cue_lines_.emplace(alternative.words, line_); !fresh) {
            fail(line_, fmt::format("\"{}\" matches the same words as the cue on line {}", alternative.text, at->second));
        }
        cue.alternatives.push_back(std::move(alternative));
    }
    rules_.back().cues.push_back(std::move(cue));
}

// Per position, the stems that match it; "#" stands for any number.
PassageTagger::Phrase PassageTagger::RulesParser::analyzed(std::string_view text) {
    Phrase words;
    std::istringstream pieces{std::string(text)};
    for (std::string piece; pieces >> piece;) {
        if (piece == any_number) {
            words.push_back({std::string(any_number)});
            continue;
        }
        std::size_t first_word = words.size();
        std::uint32_t last = 0;
        analyzer_.analyze(piece, [&](const Token& token) {
            if (words.size() == first_word || token.position != last) words.emplace_back();
            words.back().push_back(token.stem);
            last = token.position;
        });
    }
    return words;
}

} // namespace plenary
